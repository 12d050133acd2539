import type { Db } from './database.ts';

export interface SavedToolRecord {
  toolId: string;
  savedAt: string;
}

/** Tools a citizen chose to keep in "my tools"; saving twice keeps the first time. */
export function createSavedToolsRepository(db: Db) {
  return {
    async save(citizenId: string, toolId: string, at: Date): Promise<SavedToolRecord> {
      await db
        .insertInto('saved_tools')
        .values({ citizen_id: citizenId, tool_id: toolId, saved_at: at.toISOString() })
        .onConflict((oc) => oc.columns(['citizen_id', 'tool_id']).doNothing())
        .execute();
      const row = await db.selectFrom('saved_tools').select('saved_at').where('citizen_id', '=', citizenId).where('tool_id', '=', toolId).executeTakeFirstOrThrow();
      return { toolId, savedAt: row.saved_at };
    },

    async remove(citizenId: string, toolId: string): Promise<void> {
      await db.deleteFrom('saved_tools').where('citizen_id', '=', citizenId).where('tool_id', '=', toolId).execute();
    },

    /** Most recently saved first. */
    async list(citizenId: string): Promise<SavedToolRecord[]> {
      const rows = await db.selectFrom('saved_tools').select(['tool_id', 'saved_at']).where('citizen_id', '=', citizenId).orderBy('saved_at', 'desc').orderBy('tool_id').execute();
      return rows.map((row) => ({ toolId: row.tool_id, savedAt: row.saved_at }));
    },
  };
}

export type SavedToolsRepository = ReturnType<typeof createSavedToolsRepository>;
