import type { Db } from './database.ts';

export function createSecretsRepository(db: Db) {
  return {
    /** Returns the stored secret, creating it first if absent; concurrent first starts agree on one value. */
    async getOrCreate(name: string, create: () => string | Promise<string>): Promise<string> {
      const existing = await db.selectFrom('secrets').select('value').where('name', '=', name).executeTakeFirst();
      if (existing !== undefined) return existing.value;
      await db
        .insertInto('secrets')
        .values({ name, value: await create(), created_at: new Date().toISOString() })
        .onConflict((oc) => oc.column('name').doNothing())
        .execute();
      const stored = await db.selectFrom('secrets').select('value').where('name', '=', name).executeTakeFirstOrThrow();
      return stored.value;
    },
  };
}

export type SecretsRepository = ReturnType<typeof createSecretsRepository>;
