/** Opaque keyset cursor for the assignment list: the sequence number of the last item shown. */
export function encodeListCursor(seq: number): string {
  return Buffer.from(`a${seq}`, 'utf8').toString('base64url');
}

/** Undefined for anything this host did not issue. */
export function decodeListCursor(raw: string): number | undefined {
  if (!/^[A-Za-z0-9_-]{1,32}$/.test(raw)) return undefined;
  const match = /^a([1-9]\d{0,14})$/.exec(Buffer.from(raw, 'base64url').toString('utf8'));
  return match === null ? undefined : Number(match[1]);
}
