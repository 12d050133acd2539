import { ContextRoot } from '@lit/context';

const attachedFlag = Symbol.for('koblingslab.hn-context-root');

/**
 * Lets consumers that upgrade before their <hn-provider> (per-element imports in any order, a provider
 * added later) still receive the context: unanswered requests are replayed when a provider appears.
 * Attached once per page, even with two copies of the bundle.
 */
export function attachContextRoot(): void {
  const registry = globalThis as typeof globalThis & { [attachedFlag]?: true };
  if (registry[attachedFlag] || typeof document === 'undefined') return;
  registry[attachedFlag] = true;
  new ContextRoot().attach(document.documentElement);
}
