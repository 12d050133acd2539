import { consume } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { HnApiError, isAbortError } from '../api/api-error.ts';
import { toolAudiences, toolTopics, type Tool, type ToolAudience, type ToolTopic } from '../api/types.ts';
import { hnContext, type HnContextValue } from '../context.ts';
import { emit, type HnEventMap } from '../events.ts';
import { startLaunch } from '../launch-flow.ts';
import { launchFailureText } from '../launch-texts.ts';
import { browserLauncher, type HnLauncher } from '../launcher.ts';
import { defaultLocale } from '../locale.ts';
import { mergeResources, type ResourceOverrides } from '../resources.ts';
import type { CardLaunchState } from '../tool-card-parts.ts';
import { renderToolCard, type CardAction, type CardSaveState } from './tool-card.ts';
import { toolCatalogResources, type ToolCatalogResources } from './tool-catalog.resources.ts';
import { toolCatalogStyles } from './tool-catalog.styles.ts';

type LoadStatus = 'idle' | 'loading' | 'loaded' | 'error';

/** The host's limit on the search text (`q`); the search box enforces it with maxlength. */
export const searchMaxLength = 200;

/**
 * Searchable list of the published tools, with Start buttons for the signed-in user.
 * Needs an `<hn-provider>` ancestor for the API client, the user and the locale.
 *
 * @tagname hn-tool-catalog
 * @event hn-launch - Start was activated (detail `{ toolId, mode }`). Cancelable: preventDefault() stops the launch.
 * @event hn-tool-select - A tool's title was activated; it opened (`expanded: true`) or closed the card's details (detail `{ toolId, expanded }`).
 * @event hn-tool-saved - A citizen added a tool to "my tools" (detail `{ toolId }`).
 *
 * Listens on the document for `hn-tool-unsaved`, so a tool removed in `<hn-my-tools>` can be added again.
 *
 * @csspart search - The search form.
 * @csspart search-input - The search field.
 * @csspart search-button - The search form's submit button.
 * @csspart filter-select - The topic and audience selects.
 * @csspart status - The live region announcing the result count.
 * @csspart results - Wraps list and messages; aria-busy while loading.
 * @csspart list - The list of cards; inert, dimmed and aria-busy while a newer search loads.
 * @csspart card - One tool card.
 * @csspart card-title - The card's heading.
 * @csspart card-title-button - The button inside the heading: opens and closes the details (aria-expanded) and fires hn-tool-select.
 * @csspart details - The card's inline details (hidden until the title is activated).
 * @csspart description - The tool's description, in the details.
 * @csspart facts - Launch mode, languages and keywords, in the details.
 * @csspart vendor - The vendor line.
 * @csspart summary - The tool summary.
 * @csspart topics - The list of topic tags.
 * @csspart topic - One topic tag.
 * @csspart badge - The launch-mode badge in plain words (`data-mode` is direct, lti or sso; `title` says what the tool learns).
 * @csspart launch-mode-hint - In the details: what the tool learns about the user when started.
 * @csspart withdrawn - The withdrawn marker.
 * @csspart withdrawn-reason - Why the tool was withdrawn.
 * @csspart updated - The last-updated date.
 * @csspart start-button - The Start button.
 * @csspart sign-in-hint - Shown instead of Start when nobody is signed in.
 * @csspart personnel-only - Shown to citizens instead of Start on tools for health personnel only.
 * @csspart save-button - Citizens: "Legg til i mine verktøy"; `data-saved="true"` (and aria-disabled) once saved.
 * @csspart save-error - Alert on the card when saving failed.
 * @csspart launch-error - A card's launch error (role=alert).
 * @csspart launch-unavailable - Shown instead of Start on SSO tools, which the host cannot start yet.
 * @csspart empty - The no-results message.
 * @csspart clear-button - Clears the search and the filters.
 * @csspart error - The load error (role=alert).
 * @csspart retry-button - Repeats the failed request.
 * @csspart load-more-button - "Vis flere".
 *
 * @cssproperty --hn-font-family - Font family.
 * @cssproperty --hn-font-size - Base font size (px; independent of the page's rem).
 * @cssproperty --hn-text-color - Body text colour.
 * @cssproperty --hn-muted-text-color - Secondary text colour (vendor, date, hints).
 * @cssproperty --hn-link-color - Colour of card titles and links.
 * @cssproperty --hn-focus-outline-color - Focus ring colour.
 * @cssproperty --hn-input-background-color - Search field and select background.
 * @cssproperty --hn-input-border-color - Search field and select border.
 * @cssproperty --hn-input-border-radius - Search field and select corner radius.
 * @cssproperty --hn-button-background-color - Primary button background.
 * @cssproperty --hn-button-hover-background-color - Primary button background on hover.
 * @cssproperty --hn-button-text-color - Primary button text.
 * @cssproperty --hn-button-border-radius - Button corner radius.
 * @cssproperty --hn-secondary-button-background-color - Secondary button background.
 * @cssproperty --hn-secondary-button-text-color - Secondary button text and border.
 * @cssproperty --hn-tool-catalog-gap - Space between controls and between cards.
 * @cssproperty --hn-tool-catalog-card-min-width - Narrowest a card may get before the grid wraps.
 * @cssproperty --hn-tool-card-background-color - Card background.
 * @cssproperty --hn-tool-card-border-color - Card border.
 * @cssproperty --hn-tool-card-border-radius - Card corner radius.
 * @cssproperty --hn-tool-card-padding - Card padding.
 * @cssproperty --hn-tag-background-color - Topic tag background.
 * @cssproperty --hn-tag-text-color - Topic tag text.
 * @cssproperty --hn-badge-background-color - Launch-mode badge background.
 * @cssproperty --hn-badge-text-color - Launch-mode badge text.
 * @cssproperty --hn-withdrawn-background-color - Withdrawn marker background.
 * @cssproperty --hn-withdrawn-text-color - Withdrawn marker text.
 * @cssproperty --hn-error-background-color - Error message background.
 * @cssproperty --hn-error-border-color - Error message left border.
 * @cssproperty --hn-error-text-color - Error message text.
 * @cssproperty --hn-empty-background-color - No-results message background.
 */
export class HnToolCatalog extends LitElement {
  static override styles = toolCatalogStyles;

  /** The search text; setting it searches. Typing updates it after `search-delay` ms. */
  @property({ reflect: true }) q = '';

  /** Topic filter; empty means all topics. */
  @property({ reflect: true }) topic: ToolTopic | '' = '';

  /** Audience filter; empty means all audiences. */
  @property({ reflect: true }) audience: ToolAudience | '' = '';

  /** How many tools one request asks for (1-50). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;

  /** Milliseconds of typing pause before a search is sent. */
  @property({ type: Number, attribute: 'search-delay' }) searchDelay = 300;

  /** Heading level (2-6) of the card titles, to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** Where the "Logg inn" link in the sign-in hint goes; no link when empty. */
  @property({ attribute: 'login-href' }) loginHref = '';

  /** Partial texts that override the locale's defaults. */
  @property({ attribute: false }) resources: ResourceOverrides<ToolCatalogResources> | undefined = undefined;

  /** How a launch leaves the page; replace to route launches yourself. */
  @property({ attribute: false }) launcher: HnLauncher = browserLauncher;

  @consume({ context: hnContext, subscribe: true })
  @state()
  protected context: HnContextValue | undefined = undefined;

  @state() private draftQuery = '';
  @state() private items: Tool[] = [];
  @state() private total = 0;
  @state() private nextCursor: string | null = null;
  @state() private status: LoadStatus = 'idle';
  @state() private loadingMore = false;
  @state() private failedPage: 'first' | 'more' = 'first';
  /** The field a 400 answer named (e.g. `q`): repeating that search cannot succeed, so no retry is offered. */
  @state() private invalidField: string | undefined = undefined;
  @state() private launches: Record<string, CardLaunchState> = {};
  /** Tools whose title has opened the inline details. */
  @state() private expandedToolIds: ReadonlySet<string> = new Set();
  /** Citizens only: the ids in "my tools" (undefined until GET /api/me/tools answered) and saves in flight. */
  @state() private savedToolIds: ReadonlySet<string> | undefined = undefined;
  @state() private saves: Record<string, CardSaveState> = {};

  @query('#search') private searchInput!: HTMLInputElement;

  private debounceTimer: ReturnType<typeof setTimeout> | undefined;
  private listRequest: AbortController | undefined;
  private savedRequest: AbortController | undefined;
  /** Index of the card that should get focus once the next page has rendered (keyboard users keep their place). */
  private focusCardIndex: number | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('hn-tool-unsaved', this.onToolUnsaved);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('hn-tool-unsaved', this.onToolUnsaved);
    clearTimeout(this.debounceTimer);
    this.listRequest?.abort();
    this.savedRequest?.abort();
  }

  private get texts(): ToolCatalogResources {
    return mergeResources(toolCatalogResources[this.locale], this.resources);
  }

  private get locale() {
    return this.context?.locale ?? defaultLocale;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('q')) this.draftQuery = this.q;
    const previousApi = (changed.get('context') as HnContextValue | undefined)?.api;
    const apiChanged = changed.has('context') && this.context?.api !== previousApi;
    if (apiChanged || changed.has('q') || changed.has('topic') || changed.has('audience') || changed.has('pageSize')) {
      this.loadFirstPage();
    }
    const previousUser = (changed.get('context') as HnContextValue | undefined)?.user;
    if (apiChanged || (changed.has('context') && this.context?.user?.id !== previousUser?.id)) {
      // Another user: forget the previous one's saved tools before asking for the new one's.
      this.savedToolIds = undefined;
      this.saves = {};
      void this.loadSavedTools();
    }
  }

  /** Searches again with the current text and filters and, for a citizen, reloads which tools are saved. */
  async reload(): Promise<void> {
    this.loadFirstPage();
    await this.loadSavedTools();
  }

  /** A <hn-my-tools> on the same page removed a tool: offer "Legg til" again without asking the host. */
  private readonly onToolUnsaved = (event: HnEventMap['hn-tool-unsaved']): void => {
    const { toolId } = event.detail;
    if (!this.savedToolIds?.has(toolId) && !this.saves[toolId]) return;
    this.savedToolIds = new Set([...(this.savedToolIds ?? [])].filter((id) => id !== toolId));
    const { [toolId]: _removed, ...rest } = this.saves;
    this.saves = rest;
  };

  /** Per signed-in citizen (and on reload): which tools are in "my tools", so their cards say "Lagt til". */
  private async loadSavedTools(): Promise<void> {
    this.savedRequest?.abort();
    const api = this.context?.api;
    if (!api || this.context?.user?.role !== 'citizen') return;
    const request = new AbortController();
    this.savedRequest = request;
    try {
      const mine = await api.getMyTools({ signal: request.signal });
      this.savedToolIds = new Set(mine.saved.map((saved) => saved.tool.id));
      this.saves = {};
    } catch (error) {
      // Without the list the buttons still work: PUT is idempotent, so saving a saved tool is harmless.
      if (!isAbortError(error)) this.savedToolIds = new Set();
    }
  }

  private async saveTool(tool: Tool): Promise<void> {
    const api = this.context?.api;
    const current = this.saves[tool.id];
    if (!api || current?.busy || current?.saved || this.savedToolIds?.has(tool.id)) return;
    this.setSave(tool.id, { saved: false, busy: true });
    try {
      await api.saveTool(tool.id);
      this.setSave(tool.id, { saved: true, busy: false });
      emit(this, 'hn-tool-saved', { toolId: tool.id });
    } catch {
      this.setSave(tool.id, { saved: false, busy: false, error: this.texts.saveError });
    }
  }

  private setSave(toolId: string, save: CardSaveState): void {
    this.saves = { ...this.saves, [toolId]: save };
  }

  /** Only citizens save tools, only tools offered to citizens, once we know what they have saved. */
  private saveState(tool: Tool): CardSaveState | undefined {
    if (this.context?.user?.role !== 'citizen' || !tool.audiences.includes('citizen') || !this.savedToolIds) return undefined;
    return this.saves[tool.id] ?? { saved: this.savedToolIds.has(tool.id), busy: false };
  }

  protected override updated(): void {
    if (this.focusCardIndex === undefined || this.status !== 'loaded') return;
    const index = this.focusCardIndex;
    this.focusCardIndex = undefined;
    const target = this.renderRoot.querySelectorAll<HTMLElement>('.card__title-button')[index] ?? this.searchInput;
    target.focus();
  }

  /** Starts a new search; the current cards stay (marked busy) until the answer replaces them. */
  private loadFirstPage(): void {
    void this.loadPage(undefined);
  }

  private async loadPage(cursor: string | undefined): Promise<void> {
    const api = this.context?.api;
    if (!api) return;
    this.listRequest?.abort();
    const request = new AbortController();
    this.listRequest = request;
    this.status = 'loading';
    this.loadingMore = cursor !== undefined;
    try {
      const page = await api.searchTools(
        {
          q: this.q || undefined,
          topic: this.topic ? [this.topic] : undefined,
          audience: this.audience ? [this.audience] : undefined,
          limit: this.pageSize,
          cursor,
        },
        { signal: request.signal },
      );
      this.items = cursor === undefined ? page.items : [...this.items, ...page.items];
      this.total = page.total;
      this.nextCursor = page.nextCursor;
      this.status = 'loaded';
    } catch (error) {
      if (isAbortError(error)) return;
      this.failedPage = cursor === undefined ? 'first' : 'more';
      this.invalidField = error instanceof HnApiError && error.status === 400 ? invalidSearchField(error) : undefined;
      if (cursor === undefined) this.items = [];
      this.status = 'error';
      this.focusCardIndex = undefined;
    } finally {
      if (this.listRequest === request) this.loadingMore = false;
    }
  }

  private onSearchInput(event: Event): void {
    this.draftQuery = (event.target as HTMLInputElement).value;
    clearTimeout(this.debounceTimer);
    this.debounceTimer = setTimeout(() => this.commitQuery(), this.searchDelay);
  }

  private onSearchSubmit(event: SubmitEvent): void {
    event.preventDefault();
    // Enter searches at once, and again when the text has not changed (the user asked to).
    if (!this.commitQuery()) this.loadFirstPage();
  }

  /** Moves the typed text into `q`; returns false when it was already there. */
  private commitQuery(): boolean {
    clearTimeout(this.debounceTimer);
    const q = this.draftQuery.trim();
    if (q === this.q) return false;
    this.q = q;
    return true;
  }

  private onTopicChange(event: Event): void {
    this.commitQuery();
    this.topic = (event.target as HTMLSelectElement).value as ToolTopic | '';
  }

  private onAudienceChange(event: Event): void {
    this.commitQuery();
    this.audience = (event.target as HTMLSelectElement).value as ToolAudience | '';
  }

  private clearSearch(): void {
    clearTimeout(this.debounceTimer);
    this.q = '';
    this.draftQuery = '';
    this.topic = '';
    this.audience = '';
    this.focusCardIndex = 0;
  }

  private loadMore(): void {
    if (!this.nextCursor || this.status === 'loading') return;
    this.focusCardIndex = this.items.length;
    void this.loadPage(this.nextCursor);
  }

  private retry(): void {
    if (this.failedPage === 'more' && this.nextCursor) {
      this.loadMore();
      return;
    }
    this.focusCardIndex = 0;
    this.loadFirstPage();
  }

  /** The title opens or closes the card's details; hn-tool-select tells the page, which may show more. */
  private selectTool(tool: Tool): void {
    const expanded = !this.expandedToolIds.has(tool.id);
    const ids = new Set(this.expandedToolIds);
    if (expanded) ids.add(tool.id);
    else ids.delete(tool.id);
    this.expandedToolIds = ids;
    emit(this, 'hn-tool-select', { toolId: tool.id, expanded });
  }

  private startTool(tool: Tool): void {
    const api = this.context?.api;
    if (!api || this.launches[tool.id]?.busy) return;
    const launching = startLaunch(this, { api, launcher: this.launcher, tool, locale: this.locale });
    if (!launching) return;
    this.setLaunch(tool.id, { busy: true });
    void launching.then((failure) =>
      this.setLaunch(tool.id, failure ? { busy: false, error: launchFailureText(failure, this.texts) } : { busy: false }),
    );
  }

  private setLaunch(toolId: string, launch: CardLaunchState): void {
    this.launches = { ...this.launches, [toolId]: launch };
  }

  private statusText(texts: ToolCatalogResources): string {
    if (this.status === 'loading') return texts.loading;
    if (this.status !== 'loaded') return '';
    return texts.resultCount(this.total, new Intl.NumberFormat(this.locale).format(this.total));
  }

  protected override render() {
    const texts = this.texts;
    // lang marks the texts' language for screen readers even when the page around is in another language.
    return html`<div class="catalog" lang=${this.locale}>
      ${this.renderSearch(texts)}
      <p class="status" part="status" role="status">${this.statusText(texts)}</p>
      <div class="results" part="results" aria-busy=${this.status === 'loading' ? 'true' : 'false'}>
        ${this.status === 'error' && this.failedPage === 'first' ? this.renderError(texts) : nothing}
        ${this.status === 'loaded' && this.items.length === 0 ? this.renderEmpty(texts) : nothing}
        ${this.renderList(texts)}
        ${this.status === 'error' && this.failedPage === 'more' ? this.renderError(texts) : nothing}
        ${this.renderMore(texts)}
      </div>
    </div>`;
  }

  private renderSearch(texts: ToolCatalogResources) {
    return html`
      <form role="search" part="search" @submit=${this.onSearchSubmit}>
        <div class="field field--search">
          <label for="search">${texts.searchLabel}</label>
          <span class="hint" id="search-hint">${texts.searchHint}</span>
          <div class="search-row">
            <input
              id="search"
              type="search"
              part="search-input"
              autocomplete="off"
              maxlength=${searchMaxLength}
              aria-invalid=${this.searchTextInvalid() ? 'true' : 'false'}
              aria-describedby=${this.searchTextInvalid() ? 'search-hint search-error' : 'search-hint'}
              .value=${this.draftQuery}
              @input=${this.onSearchInput}
            />
            <button type="submit" class="button--secondary" part="search-button">${texts.searchButton}</button>
          </div>
        </div>
        <div class="field">
          <label for="topic">${texts.topicFilterLabel}</label>
          <select id="topic" part="filter-select" @change=${this.onTopicChange}>
            <option value="" ?selected=${this.topic === ''}>${texts.allTopics}</option>
            ${toolTopics.map(
              (topic) => html`<option value=${topic} ?selected=${this.topic === topic}>${texts.topics[topic]}</option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="audience">${texts.audienceFilterLabel}</label>
          <select id="audience" part="filter-select" @change=${this.onAudienceChange}>
            <option value="" ?selected=${this.audience === ''}>${texts.allAudiences}</option>
            ${toolAudiences.map(
              (audience) =>
                html`<option value=${audience} ?selected=${this.audience === audience}>${texts.audiences[audience]}</option>`,
            )}
          </select>
        </div>
      </form>
    `;
  }

  private renderList(texts: ToolCatalogResources) {
    if (this.items.length === 0) return nothing;
    // While a newer search loads, the old cards stay visible but inert: a click meant for the new results must not
    // start a tool from the old ones.
    const stale = this.status === 'loading' && !this.loadingMore;
    const dateFormat = new Intl.DateTimeFormat(this.locale, { day: 'numeric', month: 'long', year: 'numeric' });
    const listFormat = new Intl.ListFormat(this.locale, { type: 'conjunction' });
    return html`
      <ul class=${stale ? 'list list--stale' : 'list'} part="list" aria-busy=${stale ? 'true' : 'false'} ?inert=${stale}>
        ${this.items.map((tool) =>
          renderToolCard(tool, {
            resources: texts,
            dateFormat,
            listFormat,
            headingLevel: this.headingLevel,
            expanded: this.expandedToolIds.has(tool.id),
            launch: this.launches[tool.id],
            save: this.saveState(tool),
            action: this.cardAction(tool),
            loginHref: this.loginHref,
            onSelect: (selected) => this.selectTool(selected),
            onStart: (selected) => this.startTool(selected),
            onSave: (selected) => void this.saveTool(selected),
          }),
        )}
      </ul>
    `;
  }

  private cardAction(tool: Tool): CardAction {
    const user = this.context?.user;
    if (!user) return this.context?.userLoading ? 'none' : 'sign-in';
    if (user.role === 'editor') return 'none';
    if (user.role === 'citizen' && !tool.audiences.includes('citizen')) return 'personnel-only';
    return 'start';
  }

  private renderEmpty(texts: ToolCatalogResources) {
    return html`
      <div class="message message--empty" part="empty">
        <p>${texts.empty}</p>
        <button type="button" class="button--secondary" part="clear-button" @click=${this.clearSearch}>
          ${texts.clearSearch}
        </button>
      </div>
    `;
  }

  private searchTextInvalid(): boolean {
    return this.status === 'error' && this.invalidField === 'q';
  }

  // A refused search (400) would fail again as it is: say what to change and offer to clear it instead of a retry.
  private renderError(texts: ToolCatalogResources) {
    if (this.invalidField !== undefined) {
      const text = this.invalidField === 'q' ? texts.searchTooLong(new Intl.NumberFormat(this.locale).format(searchMaxLength)) : texts.searchInvalid;
      return html`
        <div class="message message--error" part="error" role="alert" id="search-error">
          <p>${text}</p>
          <button type="button" class="button--secondary" part="clear-button" @click=${this.clearSearch}>${texts.clearSearch}</button>
        </div>
      `;
    }
    return html`
      <div class="message message--error" part="error" role="alert">
        <p>${texts.loadError}</p>
        <button type="button" class="button--secondary" part="retry-button" @click=${this.retry}>${texts.retry}</button>
      </div>
    `;
  }

  private renderMore(texts: ToolCatalogResources) {
    if (this.items.length === 0 || this.status === 'error') return nothing;
    const numbers = new Intl.NumberFormat(this.locale);
    return html`
      <div class="more">
        <span class="hint">${texts.shownOf(numbers.format(this.items.length), numbers.format(this.total))}</span>
        ${this.nextCursor
          ? html`<button
              type="button"
              class="button--secondary"
              part="load-more-button"
              aria-disabled=${this.loadingMore ? 'true' : 'false'}
              @click=${this.loadMore}
            >
              ${texts.loadMore}
            </button>`
          : nothing}
      </div>
    `;
  }
}

/** The field a refused search names, `q` first since the user can fix that one; '' when the problem names none. */
function invalidSearchField(error: HnApiError): string {
  const fields = error.errors.map((fieldError) => fieldError.field);
  return fields.includes('q') ? 'q' : (fields[0] ?? '');
}
