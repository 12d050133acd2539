import { checkPid } from '@koblingslab/identity-number';

/** What is wrong with a typed identity number, as the form explains it. */
export type PidProblem = 'missing' | 'incomplete' | 'invalid' | 'h-number';

/**
 * Live feedback only: synthetic test numbers pass, because the element cannot know whether the host accepts them
 * (HN_ALLOW_SYNTHETIC_PID). The host is authoritative and its refusal is shown on the field.
 */
export function pidProblem(value: string): PidProblem | undefined {
  if (value === '') return 'missing';
  if (!/^\d{11}$/.test(value)) return /^\d{1,10}$/.test(value) ? 'incomplete' : 'invalid';
  if (checkPid(value, { allowSynthetic: true }).ok) return undefined;
  // H-numbers add 40 to the month; say so, since the number itself may be well-formed.
  const month = Number(value.slice(2, 4));
  return month > 40 && month <= 52 ? 'h-number' : 'invalid';
}
