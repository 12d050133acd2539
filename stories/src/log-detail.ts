/**
 * The Actions panel shows a CustomEvent as an empty object (its `detail` is not an own property): hand the action
 * the detail instead, e.g. `{ toolId, mode }` for hn-launch.
 */
export function logDetail(log: ((detail: never) => void) | undefined): (event: Event) => void {
  return (event) => log?.((event as CustomEvent).detail as never);
}
