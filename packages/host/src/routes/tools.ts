import { Hono } from 'hono';
import { z } from 'zod';
import { decodeCursor, encodeCursor, queryFingerprint, type Cursor } from '../catalog/cursor.ts';
import { parseSearchTerms } from '../catalog/search-terms.ts';
import { toolJson } from '../catalog/tool-json.ts';
import { AUDIENCES, LANGUAGES, LAUNCH_MODES, TOPICS } from '../catalog/vocabulary.ts';
import type { CatalogRepository, SearchPosition } from '../db/catalog-repository.ts';
import { invalidRequest, notFound } from '../problem.ts';
import { parseInput, readQuery } from '../request-validation.ts';

const oneOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: `must be one of ${values.join(', ')}` });
const LIMIT_MESSAGE = 'must be an integer from 1 to 50';

const listQuery = z.object({
  q: z.string().max(200, 'must be at most 200 characters').optional(),
  topic: z.array(oneOf(TOPICS)),
  audience: z.array(oneOf(AUDIENCES)),
  launch: z.array(oneOf(LAUNCH_MODES)),
  lang: z.array(oneOf(LANGUAGES)),
  limit: z
    .string()
    .regex(/^\d{1,3}$/, LIMIT_MESSAGE)
    .transform(Number)
    .refine((n) => n >= 1 && n <= 50, LIMIT_MESSAGE)
    .default(20),
  cursor: z.string().optional(),
});

export function toolsRoutes(catalog: CatalogRepository) {
  const app = new Hono();

  app.get('/', async (c) => {
    // Repeated filters are alternatives.
    const given = readQuery(c, { lists: ['topic', 'audience', 'launch', 'lang'], singles: ['q', 'limit', 'cursor'] });
    const query = parseInput(listQuery, given, 'query');
    const terms = query.q === undefined ? undefined : parseSearchTerms(query.q);
    const filters = { topics: unique(query.topic), audiences: unique(query.audience), launchModes: unique(query.launch), languages: unique(query.lang) };
    const fingerprint = queryFingerprint({ terms: terms?.all ?? null, ...filters });

    let position: SearchPosition | undefined;
    if (query.cursor !== undefined) {
      const cursor = decodeCursor(query.cursor, fingerprint);
      if (cursor === undefined) throw invalidRequest([{ field: 'cursor', in: 'query', detail: 'is not a cursor from this search; start again without it' }]);
      position = cursor.m === 'name' ? { kind: 'after-name', sortKey: cursor.k, id: cursor.id } : { kind: 'offset', offset: cursor.o };
    }

    const result = await catalog.search({ terms, filters, limit: query.limit, position });
    const last = result.items.at(-1);
    let next: Cursor | undefined;
    if (result.hasMore && last !== undefined) {
      next = terms === undefined
        ? { m: 'name', f: fingerprint, k: last.sortKey, id: last.id }
        : { m: 'rank', f: fingerprint, o: (position?.kind === 'offset' ? position.offset : 0) + result.items.length };
    }
    return c.json({ items: result.items.map(toolJson), nextCursor: next === undefined ? null : encodeCursor(next), total: result.total });
  });

  app.get('/:id', async (c) => {
    const tool = await catalog.findById(c.req.param('id'));
    // Drafts are invisible to the public API; withdrawn tools stay visible, marked, so old links explain themselves.
    if (tool === undefined || tool.status === 'draft') {
      throw notFound('There is no published tool with this id.', [{ field: 'id', in: 'path', detail: 'no such tool' }]);
    }
    return c.json(toolJson(tool));
  });

  return app;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)].sort();
}
