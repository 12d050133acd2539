import { createHmac } from 'node:crypto';
import type { PseudonymsRepository } from './db/pseudonyms-repository.ts';

const CONTEXT = Buffer.from('pairwise/v1', 'utf8');

function lengthPrefixed(value: string): Buffer {
  const bytes = Buffer.from(value, 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(bytes.length);
  return Buffer.concat([length, bytes]);
}

/** base64url(HMAC-SHA256(K, "pairwise/v1" ‖ len‖sector ‖ len‖subjectId)); lengths are 4-byte big-endian byte counts. */
export function computePseudonym(key: Uint8Array, sector: string, subjectId: string): string {
  return createHmac('sha256', key)
    .update(Buffer.concat([CONTEXT, lengthPrefixed(sector), lengthPrefixed(subjectId)]))
    .digest('base64url');
}

export interface Pseudonyms {
  /** The subject's stable pseudonym for this vendor, recorded so it can be mapped back later. */
  forVendor(vendor: { id: string; sector: string }, subjectId: string): Promise<string>;
}

export function createPseudonyms(key: Uint8Array, repository: PseudonymsRepository): Pseudonyms {
  return {
    forVendor: (vendor, subjectId) => repository.remember(vendor.id, subjectId, computePseudonym(key, vendor.sector, subjectId)),
  };
}
