import { css } from 'lit';

// The card grid and tool cards, shared by the catalog and the citizen's tools.
export const toolCardStyles = css`
  .list {
    display: grid;
    /* min() keeps one column from overflowing a container narrower than the minimum (WCAG 1.4.10 reflow). */
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--hn-tool-catalog-card-min-width, 280px)), 1fr));
    gap: var(--hn-tool-catalog-gap, 16px);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  /* Old results while a newer search loads: inert, so dimming them is allowed (WCAG 1.4.3 exempts inactive parts). */
  .list--stale {
    opacity: 0.5;
  }

  .card {
    display: flex;
    flex-direction: column;
    gap: 8px;
    padding: var(--hn-tool-card-padding, 16px);
    background-color: var(--hn-tool-card-background-color, #ffffff);
    border: 1px solid var(--hn-tool-card-border-color, #8c8c8c);
    border-radius: var(--hn-tool-card-border-radius, 8px);
  }

  .card__title {
    margin: 0;
    font-size: 20px;
    line-height: 1.3;
  }

  .card__title-button {
    min-height: 0;
    padding: 0;
    font-size: inherit;
    text-align: start;
    color: var(--hn-link-color, #005b7f);
    text-decoration: underline;
    text-underline-offset: 3px;
    background: none;
    border: 0;
  }

  .card__title-button:hover {
    text-decoration-thickness: 2px;
  }

  .card__vendor,
  .card__updated {
    margin: 0;
    font-size: 14px;
    color: var(--hn-muted-text-color, #595959);
  }

  .card__summary {
    margin: 0;
  }

  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .tag,
  .badge {
    display: inline-block;
    padding: 2px 8px;
    font-size: 14px;
    border-radius: 12px;
  }

  .tag {
    color: var(--hn-tag-text-color, #1f1f1f);
    background-color: var(--hn-tag-background-color, #eeeeee);
  }

  .badge {
    font-weight: 600;
    color: var(--hn-badge-text-color, #00425c);
    background-color: var(--hn-badge-background-color, #e0f0f5);
  }

  .badge--withdrawn {
    color: var(--hn-withdrawn-text-color, #8a1c0f);
    background-color: var(--hn-withdrawn-background-color, #fdecea);
  }

  .card__meta {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    align-items: center;
  }

  /* Room between Start and the save button, side by side or wrapped, so a focus ring never touches the other. */
  .card__actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
    margin-top: auto;
    padding-top: 8px;
  }

  .card__hint {
    margin: 0;
    font-size: 14px;
  }

  /* Marks the title as a disclosure: points right when closed, down when open. */
  .card__chevron {
    display: inline-block;
    width: 8px;
    height: 8px;
    margin-inline-start: 8px;
    vertical-align: 3px;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: rotate(-45deg);
  }

  .card__title-button[aria-expanded='true'] .card__chevron {
    transform: rotate(45deg);
  }

  .card__details {
    display: flex;
    flex-direction: column;
    gap: 8px;
    padding-top: 8px;
    border-top: 1px solid var(--hn-tool-card-border-color, #8c8c8c);
  }

  .card__details[hidden] {
    display: none;
  }

  .card__description {
    margin: 0;
    white-space: pre-line;
  }

  .facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 4px 12px;
    margin: 0;
    font-size: 14px;
  }

  .facts dt {
    font-weight: 600;
  }

  .facts dd {
    margin: 0;
  }

`;
