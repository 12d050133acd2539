export type LogFields = Record<string, string | number | boolean | null | undefined>;

export interface Logger {
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

// Any run of 11+ digits could be a national identity number; tokens and bearer values are credentials.
const REDACTIONS: Array<[RegExp, string]> = [
  [/\d{11,}/g, '***********'],
  [/eyJ[\w-]*\.[\w-]*\.[\w-]*/g, '[redacted-jwt]'],
  [/(bearer\s+)[^\s"]+/gi, '$1[redacted]'],
];

export function redact(text: string): string {
  return REDACTIONS.reduce((acc, [pattern, replacement]) => acc.replace(pattern, replacement), text);
}

/** One JSON line per event, redacted as a whole line so no field can leak a pid or a token. */
export function createLogger(write: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): Logger {
  const log = (level: string, message: string, fields: LogFields = {}) =>
    // Fixed keys last, so a field can never overwrite them.
    write(redact(JSON.stringify({ ...fields, time: new Date().toISOString(), level, message })));
  return {
    info: (message, fields) => log('info', message, fields),
    warn: (message, fields) => log('warn', message, fields),
    error: (message, fields) => log('error', message, fields),
  };
}
