/**
 * A partial override of an element's texts. Nested groups (such as topic labels) may be overridden key by key.
 */
export type ResourceOverrides<T> = {
  [K in keyof T]?: T[K] extends (...args: never[]) => unknown ? T[K] : T[K] extends object ? Partial<T[K]> : T[K];
};

/** Merges overrides into a locale's default texts, one level deep so a single topic label can be replaced. */
export function mergeResources<T extends object>(defaults: T, overrides: ResourceOverrides<T> | undefined): T {
  if (!overrides) return defaults;
  const merged: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    const base = merged[key];
    merged[key] = isPlainObject(base) && isPlainObject(value) ? { ...base, ...value } : value;
  }
  return merged as T;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
