import type { Context } from 'hono';
import { z } from 'zod';
import { invalidRequest, ProblemError, type ProblemField } from './problem.ts';

/** Parses input with a zod schema, turning every issue into a problem field. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown, location: ProblemField['in']): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const errors = result.error.issues.flatMap((issue) =>
    // A strict object's unknown keys are named one by one, so a misspelt field is not silently ignored.
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ field: key, in: location, detail: 'is not a field of this request' }))
      : [{ field: String(issue.path[0] ?? (location === 'body' ? 'body' : location)), in: location, detail: issue.message }],
  );
  throw invalidRequest(errors);
}

/** Reads a JSON object body; a wrong media type or malformed JSON is a problem naming the body. */
export async function readJsonBody(c: Context): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(type)) {
    throw new ProblemError(415, 'unsupported-media-type', 'Unsupported media type', 'Send the body as application/json.', [
      { field: 'content-type', in: 'header', detail: 'must be application/json' },
    ]);
  }
  const text = await c.req.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw invalidRequest([{ field: 'body', in: 'body', detail: 'is not valid JSON' }], 'The request body is not valid JSON.');
  }
}

/**
 * A list endpoint's query: each of `lists` may repeat (`topic=a&topic=b`) or be a comma list (`topic=a,b`), each of
 * `singles` may be given once. An unknown parameter or a repeated single one is a problem naming it, so a misspelt
 * filter (`topics=diet`) is not quietly dropped, widening the list.
 */
export function readQuery<L extends string, S extends string>(
  c: Context,
  shape: { lists: readonly L[]; singles: readonly S[] },
): Record<L, string[]> & Record<S, string | undefined> {
  const given = c.req.queries();
  const isList = (name: string): name is L => (shape.lists as readonly string[]).includes(name);
  const isSingle = (name: string): name is S => (shape.singles as readonly string[]).includes(name);
  const errors: ProblemField[] = Object.entries(given).flatMap(([name, values]): ProblemField[] => {
    if (isList(name)) return [];
    if (!isSingle(name)) return [{ field: name.slice(0, 100), in: 'query', detail: 'is not a parameter of this request' }];
    return values.length > 1 ? [{ field: name, in: 'query', detail: 'must be given once' }] : [];
  });
  if (errors.length > 0) throw invalidRequest(errors);
  const query: Record<string, string[] | string | undefined> = {};
  for (const name of shape.lists) {
    query[name] = (given[name] ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');
  }
  for (const name of shape.singles) query[name] = given[name]?.[0];
  return query as Record<L, string[]> & Record<S, string | undefined>;
}
