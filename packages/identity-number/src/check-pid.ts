/** Validation of Norwegian national identity numbers (fødselsnummer and D-nummer). */
export type PidCheck = { ok: true; kind: 'fnr' | 'dnr'; synthetic: boolean } | { ok: false; reason: string };

const K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

export function checkPid(pid: string, options: { allowSynthetic: boolean }): PidCheck {
  if (!/^\d{11}$/.test(pid)) return { ok: false, reason: 'must be exactly 11 digits' };
  const d = [...pid].map(Number);
  const sum1 = weightedSum(d, K1_WEIGHTS);
  // From 2032 the first check digit may leave a remainder 0-3 (new rules); K2 keeps the old rule.
  if ((sum1 + d[9]!) % 11 > 3) return { ok: false, reason: 'first check digit is wrong' };
  const k2 = checkDigit(weightedSum(d, K2_WEIGHTS));
  if (k2 === undefined || k2 !== d[10]) return { ok: false, reason: 'second check digit is wrong' };

  let day = d[0]! * 10 + d[1]!;
  let month = d[2]! * 10 + d[3]!;
  const kind = day > 40 ? 'dnr' : 'fnr';
  if (kind === 'dnr') day -= 40;
  let synthetic = false;
  if (month > 80) {
    synthetic = true;
    month -= 80;
  } else if (month > 40 && month <= 52) {
    return { ok: false, reason: 'H-numbers are internal to health services and not accepted' };
  }
  if (synthetic && !options.allowSynthetic) return { ok: false, reason: 'synthetic test numbers are not accepted here' };
  const year = fullYear(d[4]! * 10 + d[5]!, Number(pid.slice(6, 9)));
  if (year === undefined || !isDate(year, month, day)) return { ok: false, reason: 'does not contain a valid birth date' };
  return { ok: true, kind, synthetic };
}

function weightedSum(digits: number[], weights: number[]): number {
  return weights.reduce((sum, w, i) => sum + w * digits[i]!, 0);
}

function checkDigit(sum: number): number | undefined {
  const k = 11 - (sum % 11);
  if (k === 11) return 0;
  return k === 10 ? undefined : k;
}

// The individual number decides the century.
function fullYear(yy: number, individual: number): number | undefined {
  if (individual <= 499) return 1900 + yy;
  if (individual <= 749 && yy >= 54) return 1800 + yy;
  if (yy <= 39) return 2000 + yy;
  if (individual >= 900) return 1900 + yy;
  return undefined;
}

function isDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
