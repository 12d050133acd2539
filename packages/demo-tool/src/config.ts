import { z } from 'zod';

export interface Config {
  port: number;
  /** The tool's external origin, e.g. https://audit.example; signatures and cookies depend on it. */
  publicUrl: string;
  dbPath: string;
  ltiKey: string;
  ltiSecret: string;
  /** Portal origins whose pages may post launches (the SDK's allowedOrigins); empty: any. */
  portalOrigins: string[];
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid demo tool configuration:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

// An unset variable and an empty one mean the same: take the default, or complain when there is none.
const blankAsUnset = (value: unknown) => (value === '' ? undefined : value);

const envSchema = z.object({
  DEMO_TOOL_PORT: z.preprocess(
    blankAsUnset,
    z.coerce
      .number({ error: 'must be a port number' })
      .int('must be a whole number')
      .min(1, 'must be 1–65535')
      .max(65535, 'must be 1–65535')
      .default(8090),
  ),
  DEMO_TOOL_PUBLIC_URL: z.preprocess(
    blankAsUnset,
    z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL, e.g. http://localhost:8090' })
      .default('http://localhost:8090')
      .refine((value) => {
        const url = new URL(value);
        return url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
      }, 'must be an origin only (scheme, host and port; no path, query or credentials)')
      .transform((value) => new URL(value).origin),
  ),
  DEMO_TOOL_DB: z.preprocess(blankAsUnset, z.string().default('./.data/demo-tool.db')),
  DEMO_TOOL_LTI_KEY: z.preprocess(blankAsUnset, z.string({ error: 'is required (the LTI consumer key shared with the portal)' })),
  DEMO_TOOL_PORTAL_ORIGINS: z.preprocess(
    blankAsUnset,
    z
      .string()
      .default('')
      .transform((list) => list.split(',').map((item) => item.trim()).filter((item) => item !== ''))
      .pipe(z.array(z.url({ protocol: /^https?$/, error: 'must be a comma list of http(s) origins, e.g. http://localhost:8080' }).transform((value) => new URL(value).origin))),
  ),
  DEMO_TOOL_LTI_SECRET: z.preprocess(
    blankAsUnset,
    z
      .string({ error: 'is required (the LTI shared secret)' })
      .min(16, 'must be at least 16 characters'),
  ),
});

/** Reads and validates the environment once; throws ConfigError listing every bad variable (never echoing the secret). */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const parsed = result.data;
  return {
    port: parsed.DEMO_TOOL_PORT,
    publicUrl: parsed.DEMO_TOOL_PUBLIC_URL,
    dbPath: parsed.DEMO_TOOL_DB,
    ltiKey: parsed.DEMO_TOOL_LTI_KEY,
    ltiSecret: parsed.DEMO_TOOL_LTI_SECRET,
    portalOrigins: parsed.DEMO_TOOL_PORTAL_ORIGINS,
  };
}
