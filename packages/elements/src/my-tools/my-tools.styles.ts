import { css } from 'lit';
import { baseStyles } from '../base.styles.ts';
import { toolCardStyles } from '../tool-card.styles.ts';

export const myToolsStyles = [
  baseStyles,
  toolCardStyles,
  css`
    section + section {
      margin-top: 32px;
    }

    .section-heading {
      margin: 0 0 12px;
      font-size: 24px;
      font-weight: 700;
      line-height: 1.3;
    }

    .card__title {
      font-weight: 700;
    }

    .card__message {
      margin: 0;
      padding: 8px 12px;
      white-space: pre-line;
      background-color: var(--hn-my-tools-message-background-color, #f4f4f4);
      border-left: 4px solid var(--hn-my-tools-message-border-color, #8c8c8c);
    }

    .badge--overdue {
      margin-inline-start: 8px;
      color: var(--hn-overdue-text-color, #8a1c0f);
      background-color: var(--hn-overdue-background-color, #fdecea);
    }

    .card__actions {
      align-items: flex-start;
    }

    .card__actions .card__error {
      flex-basis: 100%;
    }
  `,
];
