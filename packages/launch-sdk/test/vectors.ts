import { readFileSync } from 'node:fs';

type Pair = [string, string];

export interface OAuth1Vectors {
  encoding: Array<{ in: string; out: string }>;
  normalization: Array<{ params: Pair[]; out: string }>;
  baseUri: Array<{ url?: string; scheme?: string; hostHeader?: string; requestTarget?: string; out: string; source: string }>;
  baseString: Array<{
    source: string;
    method?: string;
    url?: string;
    params?: Pair[];
    rawRequest?: {
      method: string;
      target: string;
      host: string;
      scheme: string;
      contentType: string;
      body: string;
      authorization: string;
    };
    out: string;
  }>;
  hmacSha1: Array<{ consumerSecret: string; tokenSecret: string; baseString: string; out: string }>;
  signatures: Array<{
    source: string;
    method: string;
    url: string;
    params: Pair[];
    consumerSecret: string;
    tokenSecret: string;
    out: string;
  }>;
  bodyHash: Array<{ body: string; out: string }>;
}

// The shared vectors sit beside the repository root: <repo>/../shared/vectors.
export const oauth1Vectors = JSON.parse(
  readFileSync(new URL('../../../../shared/vectors/oauth1.json', import.meta.url), 'utf8'),
) as OAuth1Vectors;
