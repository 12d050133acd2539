import { sql, type RawBuilder } from 'kysely';
import type { Db } from './database.ts';
import type { LaunchMode, OpensIn, ToolStatus } from './schema.ts';
import { norwegianSortKey } from '../catalog/sort-key.ts';
import { splitByTrigramReach, substringExpression, wordPrefixExpression, type SearchTerms } from '../catalog/search-terms.ts';

/** A catalog row as the API needs it: tool columns plus vendor name and the vocabulary lists. */
export interface ToolRecord {
  id: string;
  name: string;
  summary: string;
  description: string;
  keywords: string[];
  status: ToolStatus;
  withdrawnReason: string | null;
  launchMode: LaunchMode;
  opensIn: OpensIn;
  updatedAt: string;
  vendor: { id: string; name: string };
  topics: string[];
  audiences: string[];
  languages: string[];
  sortKey: string;
}

export interface SearchFilters {
  topics: string[];
  audiences: string[];
  launchModes: string[];
  languages: string[];
}

export type SearchPosition = { kind: 'after-name'; sortKey: string; id: string } | { kind: 'offset'; offset: number };

export interface SearchRequest {
  terms: SearchTerms | undefined;
  filters: SearchFilters;
  limit: number;
  position: SearchPosition | undefined;
}

export interface SearchResult {
  items: ToolRecord[];
  total: number;
  hasMore: boolean;
}

/** What a launch needs; includes the LTI secret, so it must never be serialised to a client. */
export interface LaunchTarget {
  id: string;
  name: string;
  status: ToolStatus;
  withdrawnReason: string | null;
  audiences: string[];
  vendor: { id: string; sector: string };
  mode: LaunchMode;
  opensIn: OpensIn;
  directUrl: string | null;
  lti: { launchUrl: string; consumerKey: string; secret: string; custom: Record<string, string> } | null;
}

export type LaunchSettings =
  | { mode: 'direct'; url: string }
  | { mode: 'lti'; launchUrl: string; consumerKey: string; secret: string; custom: Record<string, string> }
  | { mode: 'sso'; initiateLoginUri: string; clientId: string };

export interface NewTool {
  id: string;
  vendorId: string;
  name: string;
  summary: string;
  description: string;
  keywords: string[];
  topics: string[];
  audiences: string[];
  languages: string[];
  status: ToolStatus;
  withdrawnReason: string | null;
  opensIn: OpensIn;
  launch: LaunchSettings;
}

export interface NewVendor {
  id: string;
  name: string;
  sector: string;
  website: string | null;
}

interface ToolRow {
  id: string;
  name: string;
  summary: string;
  description: string;
  keywords: string;
  status: ToolStatus;
  withdrawn_reason: string | null;
  launch_mode: LaunchMode;
  opens_in: OpensIn;
  updated_at: string;
  vendor_id: string;
  vendor_name: string;
  topics: string;
  audiences: string;
  languages: string;
  sort_key: string;
}

const TOOL_COLUMNS = sql`
  t.id, t.name, t.summary, t.description, t.keywords, t.status, t.withdrawn_reason, t.launch_mode, t.opens_in,
  t.updated_at, t.sort_key, v.id AS vendor_id, v.name AS vendor_name,
  (SELECT json_group_array(topic) FROM tool_topics WHERE tool_id = t.id) AS topics,
  (SELECT json_group_array(audience) FROM tool_audiences WHERE tool_id = t.id) AS audiences,
  (SELECT json_group_array(language) FROM tool_languages WHERE tool_id = t.id) AS languages`;

// bm25 column weights: name, summary, description, keywords.
const WORD_SCORE = sql.raw('bm25(tools_words, 10.0, 4.0, 1.0, 6.0)');
const TRIGRAM_SCORE = sql.raw('bm25(tools_trigrams, 10.0, 4.0, 1.0, 6.0)');

export function createCatalogRepository(db: Db) {
  return {
    async findById(id: string): Promise<ToolRecord | undefined> {
      const { rows } = await sql<ToolRow>`SELECT ${TOOL_COLUMNS} FROM tools t JOIN vendors v ON v.id = t.vendor_id WHERE t.id = ${id}`.execute(db);
      return rows[0] && toRecord(rows[0]);
    },

    async findByIds(ids: readonly string[]): Promise<ToolRecord[]> {
      if (ids.length === 0) return [];
      const { rows } = await sql<ToolRow>`SELECT ${TOOL_COLUMNS} FROM tools t JOIN vendors v ON v.id = t.vendor_id WHERE t.id IN (${sql.join([...ids])})`.execute(db);
      return rows.map(toRecord);
    },

    async search(request: SearchRequest): Promise<SearchResult> {
      const where = filterCondition(request.filters);
      const fetch = request.limit + 1;
      let rows: ToolRow[];
      let total: number;
      if (request.terms === undefined) {
        const after = request.position?.kind === 'after-name' ? sql`AND (t.sort_key, t.id) > (${request.position.sortKey}, ${request.position.id})` : sql``;
        ({ rows } = await sql<ToolRow>`
          SELECT ${TOOL_COLUMNS} FROM tools t JOIN vendors v ON v.id = t.vendor_id
          WHERE ${where} ${after}
          ORDER BY t.sort_key, t.id LIMIT ${fetch}`.execute(db));
        total = await count(db, sql`SELECT count(*) AS n FROM tools t WHERE ${where}`);
      } else {
        const matches = matchesCte(request.terms);
        const offset = request.position?.kind === 'offset' ? request.position.offset : 0;
        ({ rows } = await sql<ToolRow>`
          ${matches}
          SELECT ${TOOL_COLUMNS} FROM ranked r JOIN tools t ON t.seq = r.seq JOIN vendors v ON v.id = t.vendor_id
          WHERE ${where}
          ORDER BY r.tier, r.score, t.sort_key, t.id LIMIT ${fetch} OFFSET ${offset}`.execute(db));
        total = await count(db, sql`${matches} SELECT count(*) AS n FROM ranked r JOIN tools t ON t.seq = r.seq WHERE ${where}`);
      }
      return { items: rows.slice(0, request.limit).map(toRecord), total, hasMore: rows.length > request.limit };
    },

    async insertVendor(vendor: NewVendor): Promise<void> {
      await db.insertInto('vendors').values(vendor).execute();
    },

    /** Inserts a tool with its vocabulary rows; call inside a transaction. */
    async insertTool(tool: NewTool, now: Date): Promise<void> {
      const { launch } = tool;
      await db
        .insertInto('tools')
        .values({
          id: tool.id,
          vendor_id: tool.vendorId,
          name: tool.name,
          summary: tool.summary,
          description: tool.description,
          keywords: JSON.stringify(tool.keywords),
          status: tool.status,
          withdrawn_reason: tool.withdrawnReason,
          launch_mode: launch.mode,
          opens_in: tool.opensIn,
          direct_url: launch.mode === 'direct' ? launch.url : null,
          lti_launch_url: launch.mode === 'lti' ? launch.launchUrl : null,
          lti_consumer_key: launch.mode === 'lti' ? launch.consumerKey : null,
          lti_secret: launch.mode === 'lti' ? launch.secret : null,
          lti_custom: launch.mode === 'lti' ? JSON.stringify(launch.custom) : null,
          sso_initiate_login_uri: launch.mode === 'sso' ? launch.initiateLoginUri : null,
          sso_client_id: launch.mode === 'sso' ? launch.clientId : null,
          sort_key: norwegianSortKey(tool.name),
          created_at: now.toISOString(),
          updated_at: now.toISOString(),
        })
        .execute();
      if (tool.topics.length > 0) await db.insertInto('tool_topics').values(tool.topics.map((topic) => ({ tool_id: tool.id, topic }))).execute();
      if (tool.audiences.length > 0) await db.insertInto('tool_audiences').values(tool.audiences.map((audience) => ({ tool_id: tool.id, audience }))).execute();
      if (tool.languages.length > 0) await db.insertInto('tool_languages').values(tool.languages.map((language) => ({ tool_id: tool.id, language }))).execute();
    },

    /** Points an LTI tool at a new launch URL and, when given, new credentials. */
    async updateLtiRegistration(id: string, registration: { launchUrl: string; consumerKey?: string; secret?: string }): Promise<void> {
      await db
        .updateTable('tools')
        .set({
          lti_launch_url: registration.launchUrl,
          ...(registration.consumerKey !== undefined && { lti_consumer_key: registration.consumerKey }),
          ...(registration.secret !== undefined && { lti_secret: registration.secret }),
        })
        .where('id', '=', id)
        .where('launch_mode', '=', 'lti')
        .execute();
    },

    async findLaunchTarget(id: string): Promise<LaunchTarget | undefined> {
      const row = await db
        .selectFrom('tools as t')
        .innerJoin('vendors as v', 'v.id', 't.vendor_id')
        .select([
          't.id', 't.name', 't.status', 't.withdrawn_reason', 't.launch_mode', 't.opens_in', 't.direct_url', 't.lti_launch_url',
          't.lti_consumer_key', 't.lti_secret', 't.lti_custom', 'v.id as vendor_id', 'v.sector as vendor_sector',
        ])
        .where('t.id', '=', id)
        .executeTakeFirst();
      if (row === undefined) return undefined;
      const audiences = await db.selectFrom('tool_audiences').select('audience').where('tool_id', '=', id).execute();
      const lti =
        row.lti_launch_url !== null && row.lti_consumer_key !== null && row.lti_secret !== null
          ? { launchUrl: row.lti_launch_url, consumerKey: row.lti_consumer_key, secret: row.lti_secret, custom: JSON.parse(row.lti_custom ?? '{}') as Record<string, string> }
          : null;
      return {
        id: row.id,
        name: row.name,
        status: row.status,
        withdrawnReason: row.withdrawn_reason,
        audiences: audiences.map((a) => a.audience),
        vendor: { id: row.vendor_id, sector: row.vendor_sector },
        mode: row.launch_mode,
        opensIn: row.opens_in,
        directUrl: row.direct_url,
        lti,
      };
    },
  };
}

export type CatalogRepository = ReturnType<typeof createCatalogRepository>;

/** Published tools passing every filter; values within one filter are alternatives. */
function filterCondition(filters: SearchFilters): RawBuilder<unknown> {
  const parts = [sql`t.status = 'published'`];
  const anyOf = (table: string, column: string, values: string[]) =>
    sql`EXISTS (SELECT 1 FROM ${sql.table(table)} x WHERE x.tool_id = t.id AND ${sql.ref(`x.${column}`)} IN (${sql.join(values)}))`;
  if (filters.topics.length > 0) parts.push(anyOf('tool_topics', 'topic', filters.topics));
  if (filters.audiences.length > 0) parts.push(anyOf('tool_audiences', 'audience', filters.audiences));
  if (filters.languages.length > 0) parts.push(anyOf('tool_languages', 'language', filters.languages));
  if (filters.launchModes.length > 0) parts.push(sql`t.launch_mode IN (${sql.join(filters.launchModes)})`);
  return sql.join(parts, sql` AND `);
}

/**
 * `ranked(seq, tier, score)`: tier 0 when every term starts a word, tier 1 when every term only occurs
 * inside a word (compounds like "styrketrening"); terms too short for trigrams must still start a word.
 * Tier 2 is the rest of the tools of a topic the query names ("røyking", "psykisk helse").
 */
function matchesCte(terms: SearchTerms): RawBuilder<unknown> {
  const { long, short } = splitByTrigramReach(terms.all);
  const words = sql`SELECT rowid AS seq, ${WORD_SCORE} AS score FROM tools_words WHERE tools_words MATCH ${wordPrefixExpression(terms.all)}`;
  const shortCondition =
    short.length > 0 ? sql`AND rowid IN (SELECT rowid FROM tools_words WHERE tools_words MATCH ${wordPrefixExpression(short)})` : sql``;
  const trigrams =
    long.length === 0
      ? sql`SELECT NULL AS seq, 0 AS score WHERE 0`
      : sql`SELECT rowid AS seq, ${TRIGRAM_SCORE} AS score FROM tools_trigrams WHERE tools_trigrams MATCH ${substringExpression(long)} ${shortCondition}`;
  const topicTools =
    terms.topics.length === 0
      ? sql`SELECT NULL AS seq WHERE 0`
      : sql`SELECT t.seq FROM tools t JOIN tool_topics tt ON tt.tool_id = t.id WHERE tt.topic IN (${sql.join(terms.topics)})`;
  return sql`WITH words AS (${words}),
    trigrams AS (${trigrams}),
    ranked AS (
      SELECT seq, 0 AS tier, score FROM words
      UNION ALL
      SELECT seq, 1 AS tier, score FROM trigrams WHERE seq NOT IN (SELECT seq FROM words)
      UNION ALL
      SELECT DISTINCT seq, 2 AS tier, 0 AS score FROM (${topicTools})
      WHERE seq NOT IN (SELECT seq FROM words) AND seq NOT IN (SELECT seq FROM trigrams))`;
}

async function count(db: Db, query: RawBuilder<unknown>): Promise<number> {
  const { rows } = await sql<{ n: number }>`${query}`.execute(db);
  return rows[0]?.n ?? 0;
}

function toRecord(row: ToolRow): ToolRecord {
  return {
    id: row.id,
    name: row.name,
    summary: row.summary,
    description: row.description,
    keywords: JSON.parse(row.keywords) as string[],
    status: row.status,
    withdrawnReason: row.withdrawn_reason,
    launchMode: row.launch_mode,
    opensIn: row.opens_in,
    updatedAt: row.updated_at,
    vendor: { id: row.vendor_id, name: row.vendor_name },
    topics: JSON.parse(row.topics) as string[],
    audiences: JSON.parse(row.audiences) as string[],
    languages: JSON.parse(row.languages) as string[],
    sortKey: row.sort_key,
  };
}
