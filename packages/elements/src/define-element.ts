/**
 * Registers a custom element unless the name is taken, so a second copy of the bundle on one page
 * (two portals' scripts, a micro-frontend) does not throw.
 */
export function defineElement(tagName: string, constructor: CustomElementConstructor): void {
  if (customElements.get(tagName)) return;
  customElements.define(tagName, constructor);
}
