import { sql, type Kysely, type Migration } from 'kysely';

// One open assignment of a tool per citizen *per organisation*: a duplicate send then only ever meets the sender's own
// organisation's assignment, so the 409 never shows one service what another sent a patient.
export const openAssignmentPerOrganisation: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`DROP INDEX assignments_one_open`.execute(db);
    await sql`CREATE UNIQUE INDEX assignments_one_open_per_organisation
                ON assignments (tool_id, citizen_id, organisation_number) WHERE status IN ('sent', 'opened')`.execute(db);
  },
};
