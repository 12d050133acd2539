/**
 * Decodes an application/x-www-form-urlencoded string (a body or a URL query) once, keeping order and duplicates.
 * `+` means a space here, as the format defines.
 */
export function parseFormUrlEncoded(text: string): Array<[string, string]> {
  return [...new URLSearchParams(text)];
}
