// Characters just after 'z' in code-point order, so a plain BINARY index sorts æ, ø, å last as Norwegian does.
const NORWEGIAN_LAST_LETTERS: Record<string, string> = { æ: '{', ä: '{', ø: '|', ö: '|', å: '}' };

/** A key whose byte order is Norwegian alphabetical order (case- and accent-insensitive, æ ø å after z). */
export function norwegianSortKey(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('nb')
    .replace(/[æäøöå]/g, (ch) => NORWEGIAN_LAST_LETTERS[ch] ?? ch)
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}
