import type { HnUser, LaunchMode } from './api/types.ts';

/** Every event the hn- elements fire. A pid never appears in any detail. */
export interface HnEventMap {
  /**
   * A Start button was activated; `assignmentId` when a received tool was started.
   * Cancelable: preventDefault() stops the launch request and navigation.
   */
  'hn-launch': CustomEvent<{ toolId: string; mode: LaunchMode; assignmentId?: string }>;
  /** A tool's title was activated: the catalog opened (`expanded: true`) or closed the card's inline details. */
  'hn-tool-select': CustomEvent<{ toolId: string; expanded: boolean }>;
  /** <hn-assign-tool> sent a tool to a citizen. Never carries the pid. */
  'hn-assigned': CustomEvent<{ assignmentId: string; toolId: string }>;
  /** <hn-assignment-list> withdrew an assignment. */
  'hn-assignment-withdrawn': CustomEvent<{ assignmentId: string }>;
  /** <hn-my-tools> marked a received tool as completed. */
  'hn-assignment-completed': CustomEvent<{ assignmentId: string }>;
  /** A citizen added a tool to "my tools" (from the catalog). */
  'hn-tool-saved': CustomEvent<{ toolId: string }>;
  /** A citizen removed a saved tool (from <hn-my-tools>). */
  'hn-tool-unsaved': CustomEvent<{ toolId: string }>;
  /** The provider's signed-in user changed (null when signed out or the token was refused). */
  'hn-user-change': CustomEvent<{ user: HnUser | null }>;
}

export type HnEventName = keyof HnEventMap;
export type HnEventDetail<K extends HnEventName> = HnEventMap[K] extends CustomEvent<infer D> ? D : never;

// The events bubble and are composed, so listeners on document and window are typed too.
declare global {
  interface HTMLElementEventMap extends HnEventMap {}
  interface DocumentEventMap extends HnEventMap {}
  interface WindowEventMap extends HnEventMap {}
}

/** Fires a typed hn- event that bubbles and crosses shadow roots, and returns it so callers can read defaultPrevented. */
export function emit<K extends HnEventName>(
  target: EventTarget,
  name: K,
  detail: HnEventDetail<K>,
  options: { cancelable?: boolean } = {},
): HnEventMap[K] {
  const event = new CustomEvent(name, { bubbles: true, composed: true, cancelable: options.cancelable ?? false, detail });
  target.dispatchEvent(event);
  return event as HnEventMap[K];
}
