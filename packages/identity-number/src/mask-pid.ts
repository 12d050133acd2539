/** A pid as lists may show it: the birth date, the rest hidden (130972*****). */
export function maskPid(pid: string): string {
  return `${pid.slice(0, 6)}*****`;
}
