import { createRemoteJWKSet, decodeJwt, decodeProtectedHeader, jwtVerify, type CryptoKey, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { Config } from '../config.ts';
import type { UserRecord, UsersRepository } from '../db/users-repository.ts';
import { checkPid } from '@koblingslab/identity-number';
import { unauthorized } from '../problem.ts';
import { ACCESS_TOKEN_TYPE, API_AUDIENCE, devIssuer } from './access-token.ts';
import type { SigningKey } from './signing-key.ts';

const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
// Header parameters that point at keys; honouring them would let the token choose its own verifier.
const FORBIDDEN_HEADERS = ['jku', 'x5u', 'jwk', 'x5c'];
const EXTERNAL_ALGORITHMS = ['ES256', 'RS256', 'PS256'];
const MAX_TOKEN_AGE = '12h';

interface TrustedIssuer {
  issuer: string;
  audience: string;
  algorithms: string[];
  key: CryptoKey | JWTVerifyGetKey;
  toUser(payload: JWTPayload): Promise<UserRecord | undefined>;
}

export type BearerAuthenticator = (authorization: string | undefined) => Promise<UserRecord>;

/** Verifies `Authorization: Bearer <JWT>` against the dev IdP (when on) and the configured external portal IdP. */
export function createBearerAuthenticator(options: {
  config: Config;
  users: UsersRepository;
  devKey: SigningKey;
  now: () => number;
  externalKeys?: JWTVerifyGetKey;
}): BearerAuthenticator {
  const { config, users } = options;
  const issuers = new Map<string, TrustedIssuer>();
  if (config.devLogin) {
    issuers.set(devIssuer(config.publicUrl), {
      issuer: devIssuer(config.publicUrl),
      audience: API_AUDIENCE,
      algorithms: ['ES256'],
      key: options.devKey.publicKey,
      toUser: async (payload) => (payload.sub === undefined ? undefined : users.findById(payload.sub)),
    });
  }
  const external = config.externalIssuer;
  if (external !== undefined) {
    issuers.set(external.issuer, {
      issuer: external.issuer,
      audience: external.audience,
      algorithms: EXTERNAL_ALGORITHMS,
      key: options.externalKeys ?? createRemoteJWKSet(external.jwksUrl),
      toUser: (payload) => externalCitizen(payload, users, config.allowSyntheticPid),
    });
  }

  return async (authorization) => {
    const match = /^Bearer +(\S+)$/i.exec(authorization?.trim() ?? '');
    if (match === null) throw unauthorized('Send an access token as "Authorization: Bearer <token>".');
    const token = match[1]!;
    if (!JWT_SHAPE.test(token)) throw unauthorized('The access token is not a signed JWT.');
    let header: Record<string, unknown>;
    let unverified: JWTPayload;
    try {
      header = decodeProtectedHeader(token) as Record<string, unknown>;
      unverified = decodeJwt(token);
    } catch {
      throw unauthorized('The access token cannot be decoded.');
    }
    if (FORBIDDEN_HEADERS.some((name) => name in header)) throw unauthorized('The access token names its own key; that is not accepted.');
    const trusted = typeof unverified.iss === 'string' ? issuers.get(unverified.iss) : undefined;
    if (trusted === undefined) throw unauthorized('The access token is from an issuer this host does not trust.');

    let payload: JWTPayload;
    try {
      const verifyOptions = {
        algorithms: trusted.algorithms,
        issuer: trusted.issuer,
        audience: trusted.audience,
        typ: ACCESS_TOKEN_TYPE,
        requiredClaims: ['iss', 'aud', 'exp', 'sub', 'iat'],
        // Caps a token's life whatever its exp says, and refuses one issued in the future.
        maxTokenAge: MAX_TOKEN_AGE,
        currentDate: new Date(options.now()),
      };
      const { key } = trusted;
      ({ payload } = typeof key === 'function' ? await jwtVerify(token, key, verifyOptions) : await jwtVerify(token, key, verifyOptions));
    } catch {
      throw unauthorized('The access token is invalid or expired.');
    }
    const user = await trusted.toUser(payload);
    if (user === undefined) throw unauthorized('The access token does not name a known user.');
    return user;
  };
}

async function externalCitizen(payload: JWTPayload, users: UsersRepository, allowSynthetic: boolean): Promise<UserRecord | undefined> {
  const { pid, name } = payload;
  if (typeof pid !== 'string' || typeof name !== 'string' || name.trim() === '') return undefined;
  if (!checkPid(pid, { allowSynthetic }).ok) return undefined;
  return users.findOrCreateCitizenByPid(pid, name.trim());
}
