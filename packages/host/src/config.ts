import { isIP } from 'node:net';

export interface ExternalIssuerConfig {
  issuer: string;
  jwksUrl: URL;
  audience: string;
}

export interface Config {
  port: number;
  /** Origin used in signatures, issuer and links, without a trailing slash. */
  publicUrl: string;
  dbPath: string;
  devLogin: boolean;
  allowSyntheticPid: boolean;
  trustedProxies: string[];
  corsOrigins: string[];
  demoToolUrl: string;
  demoToolLtiKey: string | undefined;
  demoToolLtiSecret: string | undefined;
  externalIssuer: ExternalIssuerConfig | undefined;
  production: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

const PROXY_KEYWORDS = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** Parses and validates the environment once; throws ConfigError listing every bad variable. */
export function parseConfig(env: Env): Config {
  const problems: string[] = [];
  const bad = (name: string, why: string) => problems.push(`${name}: ${why}`);
  const value = (name: string) => {
    const v = env[name]?.trim();
    return v === '' ? undefined : v;
  };

  const port = parsePort(value('PORT') ?? '8080');
  if (port === undefined) bad('PORT', `must be an integer 1-65535, got "${env.PORT}"`);

  const publicUrl = parseOrigin(value('HN_PUBLIC_URL') ?? 'http://localhost:8080');
  if (publicUrl === undefined) bad('HN_PUBLIC_URL', `must be an http(s) origin such as https://portal.example, got "${env.HN_PUBLIC_URL}"`);

  const demoToolUrl = parseOrigin(value('HN_DEMO_TOOL_URL') ?? 'http://localhost:8090');
  if (demoToolUrl === undefined) bad('HN_DEMO_TOOL_URL', `must be an http(s) origin, got "${env.HN_DEMO_TOOL_URL}"`);

  const dbPath = value('HN_DB') ?? './.data/koblingslab.db';
  if (/^postgres(ql)?:/i.test(dbPath)) bad('HN_DB', 'PostgreSQL is not supported yet; give a SQLite file path');

  const production = env.NODE_ENV === 'production';
  const devLoginFlag = parseFlag(env.HN_DEV_LOGIN);
  if (devLoginFlag === undefined) bad('HN_DEV_LOGIN', `must be 1/0/true/false, got "${env.HN_DEV_LOGIN}"`);
  const syntheticFlag = parseFlag(env.HN_ALLOW_SYNTHETIC_PID);
  if (syntheticFlag === undefined) bad('HN_ALLOW_SYNTHETIC_PID', `must be 1/0/true/false, got "${env.HN_ALLOW_SYNTHETIC_PID}"`);

  const trustedProxies = splitList(env.HN_TRUSTED_PROXIES);
  for (const entry of trustedProxies) {
    if (!isProxyEntry(entry)) bad('HN_TRUSTED_PROXIES', `"${entry}" is not an IP address, CIDR or one of loopback/linklocal/uniquelocal`);
  }

  const corsOrigins = splitList(env.HN_CORS_ORIGINS);
  for (const origin of corsOrigins) {
    if (parseOrigin(origin) !== origin) bad('HN_CORS_ORIGINS', `"${origin}" is not an origin like https://portal.example (no path, no trailing slash)`);
  }

  const demoToolLtiKey = value('HN_DEMO_TOOL_LTI_KEY');
  const demoToolLtiSecret = value('HN_DEMO_TOOL_LTI_SECRET');

  const externalIssuer = parseExternalIssuer(env, bad);

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    port: port!,
    publicUrl: publicUrl!,
    dbPath,
    // The dev IdP mints tokens for anyone; production must never expose it.
    devLogin: !production && devLoginFlag === true,
    allowSyntheticPid: syntheticFlag === true,
    trustedProxies,
    corsOrigins,
    demoToolUrl: demoToolUrl!,
    demoToolLtiKey,
    demoToolLtiSecret,
    externalIssuer,
    production,
  };
}

function parseExternalIssuer(env: Env, bad: (name: string, why: string) => void): ExternalIssuerConfig | undefined {
  const issuer = env.HN_AUTH_ISSUER?.trim() || undefined;
  const jwks = env.HN_AUTH_JWKS_URL?.trim() || undefined;
  const audience = env.HN_AUTH_AUDIENCE?.trim() || 'koblingslab-api';
  if (issuer === undefined && jwks === undefined) return undefined;
  if (issuer === undefined) {
    bad('HN_AUTH_ISSUER', 'is required when HN_AUTH_JWKS_URL is set');
    return undefined;
  }
  if (jwks === undefined) {
    bad('HN_AUTH_JWKS_URL', 'is required when HN_AUTH_ISSUER is set');
    return undefined;
  }
  const jwksUrl = parseHttpUrl(jwks);
  if (jwksUrl === undefined) {
    bad('HN_AUTH_JWKS_URL', `must be an http(s) URL, got "${jwks}"`);
    return undefined;
  }
  return { issuer, jwksUrl, audience };
}

function parsePort(raw: string): number | undefined {
  if (!/^\d{1,5}$/.test(raw)) return undefined;
  const n = Number(raw);
  return n >= 1 && n <= 65535 ? n : undefined;
}

function parseFlag(raw: string | undefined): boolean | undefined {
  const v = raw?.trim().toLowerCase();
  if (v === undefined || v === '' || v === '0' || v === 'false') return false;
  if (v === '1' || v === 'true') return true;
  return undefined;
}

function parseHttpUrl(raw: string): URL | undefined {
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

function parseOrigin(raw: string): string | undefined {
  const url = parseHttpUrl(raw);
  if (url === undefined || url.username || url.password || url.search || url.hash) return undefined;
  if (url.pathname !== '/') return undefined;
  return url.origin;
}

function splitList(raw: string | undefined): string[] {
  return (raw ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
}

function isProxyEntry(entry: string): boolean {
  if (PROXY_KEYWORDS.has(entry)) return true;
  const [address, bits, ...rest] = entry.split('/');
  if (rest.length > 0 || address === undefined) return false;
  const family = isIP(address);
  if (family === 0) return false;
  if (bits === undefined) return true;
  if (!/^\d{1,3}$/.test(bits)) return false;
  return Number(bits) <= (family === 4 ? 32 : 128);
}
