import { provide } from '@lit/context';
import { css, html, LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { HnApiClient, type TokenProvider } from '../api/api-client.ts';
import { isAbortError } from '../api/api-error.ts';
import type { HnUser } from '../api/types.ts';
import { hnContext, type HnContextValue } from '../context.ts';
import { emit } from '../events.ts';
import { resolveLocale } from '../locale.ts';

/**
 * Gives the API client, the signed-in user and the locale to the hn- elements inside it, through @lit/context.
 * With a token (or a tokenProvider) it loads `GET /api/me` into the user.
 *
 * @tagname hn-provider
 * @slot - The elements that use the context.
 * @event hn-user-change - Once after the first `/api/me` answer (detail `{ user }`; `user: null` when the token was
 * refused), then whenever the user changes (another user, or null when the token is removed or refused). Never a pid.
 */
export class HnProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Origin or path prefix of the host API; empty means the page's own origin. */
  @property({ attribute: 'api-base' }) apiBase = '';

  /** Bearer token (JWT) of the signed-in user; leave empty when nobody is signed in. */
  @property() token: string | null = null;

  /** Language tag for all elements inside; nb-NO (default), nn-NO and en-GB; others fall back to nb-NO. */
  // No initial value: reflecting an empty lang would mark the page's content as of unknown language.
  @property({ reflect: true }) declare lang: string;

  /** Called before every API request to get a fresh token; wins over `token`. */
  @property({ attribute: false }) tokenProvider: TokenProvider | undefined = undefined;

  /** The value given to descendants; replaced, never mutated, so consumers see every change. */
  @provide({ context: hnContext })
  @state()
  protected context: HnContextValue = {
    api: new HnApiClient(),
    user: null,
    userLoading: false,
    locale: resolveLocale(''),
  };

  private userRequest: AbortController | undefined;
  /** The user hn-user-change last carried; undefined until the first /api/me answer. */
  private announcedUser: HnUser | null | undefined = undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.userRequest?.abort();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Reconnecting after a disconnect aborted the /api/me request: load it again.
    if (this.hasUpdated && this.context.api.hasCredentials) this.loadUser(this.context.api);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    const credentialsChanged = changed.has('apiBase') || changed.has('token') || changed.has('tokenProvider');
    if (!this.hasUpdated || credentialsChanged) {
      const api = new HnApiClient({ apiBase: this.apiBase, token: this.token, tokenProvider: this.tokenProvider });
      this.context = { ...this.context, api, locale: resolveLocale(this.lang) };
      this.loadUser(api);
    } else if (changed.has('lang')) {
      this.context = { ...this.context, locale: resolveLocale(this.lang) };
    }
  }

  private async loadUser(api: HnApiClient): Promise<void> {
    this.userRequest?.abort();
    if (!api.hasCredentials) {
      this.setUser(null, false);
      return;
    }
    const request = new AbortController();
    this.userRequest = request;
    this.context = { ...this.context, userLoading: true };
    let user: HnUser | null = null;
    try {
      user = await api.getMe({ signal: request.signal });
    } catch (error) {
      if (isAbortError(error)) return;
    }
    // An answer that arrived just before the abort must not overwrite the newer credentials' user.
    if (request.signal.aborted) return;
    this.setUser(user, true);
  }

  /**
   * The first /api/me answer is always announced, null included (a refused token), so a page waiting for it never
   * hangs; after that only a different user is. A page that set no credentials needs no event to know nobody is in.
   */
  private setUser(user: HnUser | null, answered: boolean): void {
    this.context = { ...this.context, user, userLoading: false };
    const previous = this.announcedUser;
    const announce = previous === undefined ? answered : previous?.id !== user?.id || previous?.role !== user?.role;
    if (!announce) return;
    this.announcedUser = user;
    emit(this, 'hn-user-change', { user });
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
