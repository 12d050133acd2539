import type { ToolDatabase } from './database.ts';

/** A user's progress on one resource link: the answers given so far, one score per question. */
export interface ProgressKey {
  userKey: string;
  resourceLinkId: string;
}

export class AnswerStore {
  readonly #select;
  readonly #upsert;
  readonly #clear;

  constructor(db: ToolDatabase, private readonly now: () => number) {
    this.#select = db.prepare<[string, string], { question: number; score: number }>(
      'SELECT question, score FROM answers WHERE user_key = ? AND resource_link_id = ? ORDER BY question',
    );
    this.#upsert = db.prepare<[string, string, number, number, number]>(
      `INSERT INTO answers (user_key, resource_link_id, question, score, answered_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (user_key, resource_link_id, question) DO UPDATE SET score = excluded.score, answered_at = excluded.answered_at`,
    );
    this.#clear = db.prepare<[string, string]>('DELETE FROM answers WHERE user_key = ? AND resource_link_id = ?');
  }

  answers(key: ProgressKey): Map<number, number> {
    return new Map(this.#select.all(key.userKey, key.resourceLinkId).map((row) => [row.question, row.score]));
  }

  /** Saves (or changes) one answer. The caller has checked that the score is valid for the question. */
  save(key: ProgressKey, question: number, score: number): void {
    this.#upsert.run(key.userKey, key.resourceLinkId, question, score, this.now());
  }

  clear(key: ProgressKey): void {
    this.#clear.run(key.userKey, key.resourceLinkId);
  }
}
