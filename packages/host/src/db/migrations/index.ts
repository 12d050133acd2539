import type { Migration } from 'kysely';
import { initial } from './0001-initial.ts';
import { assignments } from './0002-assignments.ts';
import { openAssignmentPerOrganisation } from './0003-open-assignment-per-organisation.ts';

/** Every migration in order; names sort in the order they must run. */
export const migrations: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-assignments': assignments,
  '0003-open-assignment-per-organisation': openAssignmentPerOrganisation,
};
