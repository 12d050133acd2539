// Play functions reach into the elements' shadow roots: the states after a send, a click or a failed launch cannot be
// set by attributes. Events are dispatched the way the elements listen for them (input, change, click).
import { settled } from './mock-host.ts';

type LitLike = HTMLElement & { updateComplete?: Promise<unknown> };

/** The element `tag` in the story, once the mocked host has answered and the element has rendered. */
export async function rendered(canvas: HTMLElement, tag: string): Promise<ShadowRoot> {
  await settled();
  const element = canvas.querySelector<LitLike>(tag);
  if (!element?.shadowRoot) throw new Error(`<${tag}> is not in the story, or has no shadow root`);
  await element.updateComplete;
  return element.shadowRoot;
}

/** The one element `selector` names inside `root`; throws with the selector when it is missing. */
export function find<T extends Element = HTMLElement>(root: ShadowRoot, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

/** Types a whole value into an input or textarea, then leaves it (blur), as a person would. */
export function type(field: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  field.focus();
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  field.blur();
}

/** Picks the option with `value` in a native select. */
export function choose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Waits for the mocked host to answer and the element owning `root` to render the outcome. */
export async function settle(root: ShadowRoot): Promise<void> {
  await settled();
  await (root.host as LitLike).updateComplete;
}

/** Clicks, then waits for the outcome (see `settle`). */
export async function clickAndSettle(button: HTMLElement): Promise<void> {
  button.click();
  await settle(button.getRootNode() as ShadowRoot);
}
