export { checkPid, type PidCheck } from './check-pid.ts';
export { maskPid } from './mask-pid.ts';
