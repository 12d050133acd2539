import { css } from 'lit';
import { baseStyles } from '../base.styles.ts';

export const assignmentListStyles = [
  baseStyles,
  css`
    /* Narrow containers scroll the table sideways instead of squeezing it (the region is focusable for keyboards). */
    .table-scroll {
      overflow-x: auto;
    }

    table {
      width: 100%;
      border-collapse: collapse;
      font-size: 15px;
    }

    caption {
      margin-bottom: 8px;
      font-weight: 700;
      text-align: start;
    }

    th,
    td {
      padding: 10px 12px;
      text-align: start;
      vertical-align: top;
      border-bottom: 1px solid var(--hn-assignment-list-border-color, #8c8c8c);
    }

    thead th {
      font-weight: 700;
      white-space: nowrap;
      background-color: var(--hn-assignment-list-header-background-color, #f4f4f4);
    }

    tbody th {
      font-weight: 600;
    }

    .citizen-name,
    .citizen-pid {
      display: block;
    }

    .citizen-name + .citizen-pid {
      font-size: 14px;
      font-variant-numeric: tabular-nums;
    }

    .badge {
      display: inline-block;
      margin-inline-start: 6px;
      padding: 2px 8px;
      font-size: 13px;
      font-weight: 600;
      border-radius: 12px;
    }

    .badge--overdue {
      color: var(--hn-overdue-text-color, #8a1c0f);
      background-color: var(--hn-overdue-background-color, #fdecea);
    }

    td button {
      white-space: nowrap;
    }

    .confirm {
      display: flex;
      flex-direction: column;
      gap: 8px;
      min-width: 220px;
    }

    .confirm p {
      margin: 0;
    }

    .confirm__buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }

    .row-error {
      margin: 8px 0 0;
      padding: 6px 10px;
      font-size: 14px;
      color: var(--hn-error-text-color, #5c0f0a);
      background-color: var(--hn-error-background-color, #fdecea);
      border-left: 4px solid var(--hn-error-border-color, #b3261e);
    }
  `,
];
