import type { Db } from './database.ts';

export function createPseudonymsRepository(db: Db) {
  return {
    /** Stores the (vendor, subject) → pseudonym mapping once and returns the stored value. */
    async remember(vendorId: string, subjectId: string, pseudonym: string): Promise<string> {
      await db
        .insertInto('pseudonyms')
        .values({ vendor_id: vendorId, subject_id: subjectId, pseudonym, created_at: new Date().toISOString() })
        .onConflict((oc) => oc.columns(['vendor_id', 'subject_id']).doNothing())
        .execute();
      const row = await db
        .selectFrom('pseudonyms')
        .select('pseudonym')
        .where('vendor_id', '=', vendorId)
        .where('subject_id', '=', subjectId)
        .executeTakeFirstOrThrow();
      return row.pseudonym;
    },
  };
}

export type PseudonymsRepository = ReturnType<typeof createPseudonymsRepository>;
