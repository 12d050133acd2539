import { css } from 'lit';

// Sizes are in px so the host page's root font size cannot shrink or blow up the component.
export const toolCatalogStyles = css`
  :host {
    display: block;
    font-family: var(--hn-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--hn-font-size, 16px);
    line-height: 1.5;
    color: var(--hn-text-color, #1f1f1f);
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  :focus-visible {
    outline: 3px solid var(--hn-focus-outline-color, #0b5cad);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  form {
    display: flex;
    flex-wrap: wrap;
    gap: var(--hn-tool-catalog-gap, 16px);
    align-items: flex-end;
    margin: 0 0 16px;
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: 4px;
    min-width: min(100%, 180px);
  }

  .field--search {
    flex: 1 1 280px;
  }

  label {
    font-weight: 600;
  }

  .hint {
    font-size: 14px;
    color: var(--hn-muted-text-color, #595959);
  }

  .search-row {
    display: flex;
    gap: 8px;
  }

  input,
  select {
    font: inherit;
    font-size: 16px;
    min-height: 44px;
    padding: 8px 12px;
    color: inherit;
    background-color: var(--hn-input-background-color, #ffffff);
    border: 2px solid var(--hn-input-border-color, #6b6b6b);
    border-radius: var(--hn-input-border-radius, 4px);
  }

  input {
    flex: 1 1 auto;
    min-width: 0;
  }

  button {
    font: inherit;
    font-weight: 600;
    min-height: 44px;
    padding: 8px 16px;
    cursor: pointer;
    border-radius: var(--hn-button-border-radius, 4px);
  }

  .button--primary {
    color: var(--hn-button-text-color, #ffffff);
    background-color: var(--hn-button-background-color, #005b7f);
    border: 2px solid var(--hn-button-background-color, #005b7f);
  }

  .button--primary:hover {
    background-color: var(--hn-button-hover-background-color, #00425c);
    border-color: var(--hn-button-hover-background-color, #00425c);
  }

  .button--secondary {
    color: var(--hn-secondary-button-text-color, #005b7f);
    background-color: var(--hn-secondary-button-background-color, #ffffff);
    border: 2px solid currentColor;
  }

  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.8;
  }

  .status {
    margin: 0 0 12px;
    font-weight: 600;
  }

  .list {
    display: grid;
    /* min() keeps one column from overflowing a container narrower than the minimum (WCAG 1.4.10 reflow). */
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--hn-tool-catalog-card-min-width, 280px)), 1fr));
    gap: var(--hn-tool-catalog-gap, 16px);
    margin: 0;
    padding: 0;
    list-style: none;
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

  .card__actions {
    margin-top: auto;
    padding-top: 8px;
  }

  .card__hint {
    margin: 0;
    font-size: 14px;
  }

  .card__hint a {
    color: var(--hn-link-color, #005b7f);
  }

  .message {
    margin: 12px 0;
    padding: 12px 16px;
    border-radius: 4px;
  }

  .message p {
    margin: 0 0 8px;
  }

  .message--error,
  .card__error {
    color: var(--hn-error-text-color, #5c0f0a);
    background-color: var(--hn-error-background-color, #fdecea);
    border-left: 4px solid var(--hn-error-border-color, #b3261e);
  }

  .card__error {
    margin: 0;
    padding: 8px 12px;
    font-size: 14px;
  }

  .message--empty {
    background-color: var(--hn-empty-background-color, #f4f4f4);
  }

  .more {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 8px;
    margin-top: 16px;
  }
`;
