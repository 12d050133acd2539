import { randomUUID } from 'node:crypto';
import type { Db } from './database.ts';
import type { Role } from './schema.ts';

/** A user as the API may show it: never the pid. */
export interface UserRecord {
  id: string;
  role: Role;
  name: string;
  organisation: { number: string; name: string } | null;
}

export function createUsersRepository(db: Db) {
  // Only people with a name can act: a citizen created by an assignment gets one when they first sign in.
  const selectUser = () =>
    db
      .selectFrom('users as u')
      .leftJoin('organisations as o', 'o.number', 'u.organisation_number')
      .select(['u.id', 'u.role', 'u.name', 'o.number as org_number', 'o.name as org_name'])
      .where('u.name', 'is not', null)
      .$narrowType<{ name: string }>();
  type Row = { id: string; role: Role; name: string; org_number: string | null; org_name: string | null };
  const toRecord = (row: Row): UserRecord => ({
    id: row.id,
    role: row.role,
    name: row.name,
    organisation: row.org_number !== null && row.org_name !== null ? { number: row.org_number, name: row.org_name } : null,
  });

  return {
    async findById(id: string): Promise<UserRecord | undefined> {
      const row = await selectUser().where('u.id', '=', id).executeTakeFirst();
      return row && toRecord(row);
    },

    async findByPersona(personaId: string): Promise<UserRecord | undefined> {
      const row = await selectUser().where('u.persona_id', '=', personaId).executeTakeFirst();
      return row && toRecord(row);
    },

    /** Finds the citizen with this pid, creating one on first sight; the IdP that vouched for the pid also sets the name. */
    async findOrCreateCitizenByPid(pid: string, name: string): Promise<UserRecord> {
      await db
        .insertInto('users')
        .values({ id: randomUUID(), role: 'citizen', name, pid, hpr_number: null, organisation_number: null, persona_id: null, created_at: new Date().toISOString() })
        .onConflict((oc) => oc.column('pid').doUpdateSet({ name }))
        .execute();
      const row = await selectUser().where('u.pid', '=', pid).executeTakeFirstOrThrow();
      return toRecord(row);
    },

    /** The internal id of the citizen with this pid, creating a nameless one (call inside the sending transaction). */
    async citizenIdForPid(pid: string, at: Date): Promise<string> {
      await db
        .insertInto('users')
        .values({ id: randomUUID(), role: 'citizen', name: null, pid, hpr_number: null, organisation_number: null, persona_id: null, created_at: at.toISOString() })
        .onConflict((oc) => oc.column('pid').doNothing())
        .execute();
      const row = await db.selectFrom('users').select('id').where('pid', '=', pid).executeTakeFirstOrThrow();
      return row.id;
    },
  };
}

export type UsersRepository = ReturnType<typeof createUsersRepository>;
