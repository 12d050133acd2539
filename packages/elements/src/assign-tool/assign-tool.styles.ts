import { css } from 'lit';
import { baseStyles } from '../base.styles.ts';

export const assignToolStyles = [
  baseStyles,
  css`
    form {
      display: flex;
      flex-direction: column;
      gap: var(--hn-assign-tool-gap, 20px);
      max-width: var(--hn-assign-tool-max-width, 640px);
    }

    .field {
      min-width: 0;
    }

    textarea {
      min-height: 120px;
      resize: vertical;
    }

    [aria-invalid='true'] {
      border-color: var(--hn-error-border-color, #b3261e);
    }

    .field .hint {
      margin: 0;
    }

    .field-error {
      margin: 0;
      font-weight: 600;
      color: var(--hn-error-text-color, #5c0f0a);
    }

    /* A text prefix, not only colour, marks the message as an error. */
    .field-error::before {
      content: '⚠ ';
    }

    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      align-items: center;
    }

    .message--success {
      color: var(--hn-success-text-color, #0b3d1c);
      background-color: var(--hn-success-background-color, #e6f4ea);
      border-left: 4px solid var(--hn-success-border-color, #1e7b34);
    }

    .message p:last-child {
      margin-bottom: 0;
    }
  `,
];
