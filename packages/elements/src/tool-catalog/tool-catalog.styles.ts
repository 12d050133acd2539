import { css } from 'lit';
import { baseStyles } from '../base.styles.ts';
import { toolCardStyles } from '../tool-card.styles.ts';

export const toolCatalogStyles = [
  baseStyles,
  toolCardStyles,
  css`
    form {
      display: flex;
      flex-wrap: wrap;
      gap: var(--hn-tool-catalog-gap, 16px);
      align-items: flex-end;
      margin: 0 0 16px;
    }

    .field--search {
      flex: 1 1 280px;
    }

    .search-row {
      display: flex;
      gap: 8px;
    }
  `,
];
