import { css } from 'lit';

// Shared by every hn- element: typography, focus, form controls, buttons and messages.
// Sizes are in px so the host page's root font size cannot shrink or blow up the components.
export const baseStyles = css`
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

  a {
    color: var(--hn-link-color, #005b7f);
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


  .field {
    display: flex;
    flex-direction: column;
    gap: 4px;
    min-width: min(100%, 180px);
  }


  label {
    font-weight: 600;
  }

  .hint {
    font-size: 14px;
    color: var(--hn-muted-text-color, #595959);
  }


  input,
  select,
  textarea {
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
