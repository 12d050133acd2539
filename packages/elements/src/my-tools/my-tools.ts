import { consume } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isAbortError } from '../api/api-error.ts';
import type { MyTools, ReceivedTool, SavedTool, Tool } from '../api/types.ts';
import { hnContext, type HnContextValue } from '../context.ts';
import { formatCalendarDate, formatTimestamp } from '../dates.ts';
import { emit } from '../events.ts';
import { startLaunch } from '../launch-flow.ts';
import { launchFailureText } from '../launch-texts.ts';
import { browserLauncher, type HnLauncher } from '../launcher.ts';
import { defaultLocale } from '../locale.ts';
import { mergeResources, type ResourceOverrides } from '../resources.ts';
import {
  renderStartButton,
  renderWithdrawnMarker,
  renderWithdrawnReason,
  type CardLaunchState,
} from '../tool-card-parts.ts';
import { myToolsResources, type MyToolsResources } from './my-tools.resources.ts';
import { myToolsStyles } from './my-tools.styles.ts';

type LoadStatus = 'idle' | 'loading' | 'loaded' | 'error';

/** A Mark-done or Remove in flight, or its failure. */
interface ActionState {
  busy: boolean;
  error?: string;
}

/**
 * The signed-in citizen's tools: "Mottatte verktøy" (sent by health personnel, with sender, organisation, message,
 * dates, status and an overdue marker) and "Lagrede verktøy" (saved from the catalog). Start, mark as completed,
 * and remove a saved tool. Needs an `<hn-provider>` ancestor whose user is a citizen.
 *
 * @tagname hn-my-tools
 * @event hn-launch - Start was activated (detail `{ toolId, mode, assignmentId? }`). Cancelable: preventDefault() stops the launch.
 * @event hn-assignment-completed - A received tool was marked as completed (detail `{ assignmentId }`).
 * @event hn-tool-unsaved - A saved tool was removed (detail `{ toolId }`).
 *
 * Listens on the document for `hn-tool-saved` and reloads, so a tool saved in `<hn-tool-catalog>` appears here.
 *
 * @csspart status - Live region announcing loading and the outcome of actions.
 * @csspart section - The received and the saved section (`data-section` is received or saved).
 * @csspart section-heading - A section's heading.
 * @csspart list - A section's list of cards.
 * @csspart card - One card (`data-tool-id`; received cards also `data-assignment-id`).
 * @csspart card-title - The tool's name (a heading one level below the section's).
 * @csspart sender - "Sendt av …, organisasjon".
 * @csspart message - The sender's message.
 * @csspart facts - Sent date, due date and status.
 * @csspart assignment-status - The status text.
 * @csspart overdue - The overdue marker (text).
 * @csspart vendor - The vendor line of a saved tool.
 * @csspart withdrawn - The tool's withdrawn marker.
 * @csspart withdrawn-reason - Why the tool was withdrawn.
 * @csspart assignment-withdrawn - Note that the sender withdrew the assignment.
 * @csspart start-button - Start.
 * @csspart launch-error - Alert on the card when a launch failed.
 * @csspart launch-unavailable - Shown instead of Start on SSO tools, which the host cannot start yet.
 * @csspart done-button - "Marker som fullført".
 * @csspart remove-button - "Fjern" on a saved tool.
 * @csspart action-error - Alert on the card when marking or removing failed.
 * @csspart section-empty - A section without tools.
 * @csspart empty - Shown when there are no tools at all; links to the catalog.
 * @csspart catalog-link - The link to the catalog.
 * @csspart error - Load error, with a retry button.
 * @csspart retry-button - Loads the tools again.
 * @csspart hint - Shown instead of the tools when nobody (or no citizen) is signed in.
 *
 * @cssproperty --hn-link-color - Colour of links (the catalog and sign-in links).
 * @cssproperty --hn-overdue-background-color - Overdue marker background.
 * @cssproperty --hn-overdue-text-color - Overdue marker text.
 * @cssproperty --hn-my-tools-message-background-color - Background of the sender's message.
 * @cssproperty --hn-my-tools-message-border-color - Left border of the sender's message.
 */
export class HnMyTools extends LitElement {
  static override styles = myToolsStyles;

  /** Where the empty state's link to the tool catalog goes; no link when empty. */
  @property({ attribute: 'catalog-href' }) catalogHref = '';

  /** Where the sign-in hint's link goes; no link when empty. */
  @property({ attribute: 'login-href' }) loginHref = '';

  /** Heading level (2-5) of the two section headings; card titles are one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Partial texts that override the locale's defaults. */
  @property({ attribute: false }) resources: ResourceOverrides<MyToolsResources> | undefined = undefined;

  /** How a launch leaves the page; replace to route launches yourself. */
  @property({ attribute: false }) launcher: HnLauncher = browserLauncher;

  @consume({ context: hnContext, subscribe: true })
  @state()
  protected context: HnContextValue | undefined = undefined;

  @state() private status: LoadStatus = 'idle';
  @state() private received: ReceivedTool[] = [];
  @state() private saved: SavedTool[] = [];
  @state() private launches: Record<string, CardLaunchState> = {};
  @state() private actions: Record<string, ActionState> = {};
  @state() private announcement = '';

  private loadRequest: AbortController | undefined;
  /** Selector of what gets focus after the next render, so keyboard users keep their place after an action. */
  private focusAfterRender: string | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('hn-tool-saved', this.onToolSaved);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('hn-tool-saved', this.onToolSaved);
    this.loadRequest?.abort();
  }

  private get locale() {
    return this.context?.locale ?? defaultLocale;
  }

  private get texts(): MyToolsResources {
    return mergeResources(myToolsResources[this.locale], this.resources);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (!changed.has('context')) return;
    const previous = changed.get('context') as HnContextValue | undefined;
    if (this.context?.api !== previous?.api || this.context?.user?.id !== previous?.user?.id) void this.reload();
  }

  protected override updated(): void {
    if (!this.focusAfterRender) return;
    const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender);
    this.focusAfterRender = undefined;
    target?.focus();
  }

  /** A catalog on the same page saved a tool: show it here too. */
  private readonly onToolSaved = (): void => {
    if (this.status === 'loaded') void this.reload();
  };

  /** Loads `GET /api/me/tools` again (e.g. after the page saved a tool elsewhere). */
  async reload(): Promise<void> {
    this.loadRequest?.abort();
    const api = this.context?.api;
    if (!api || this.context?.user?.role !== 'citizen') {
      this.status = 'idle';
      this.received = [];
      this.saved = [];
      return;
    }
    const request = new AbortController();
    this.loadRequest = request;
    this.status = 'loading';
    try {
      const mine: MyTools = await api.getMyTools({ signal: request.signal });
      this.received = mine.received;
      this.saved = mine.saved;
      this.status = 'loaded';
    } catch (error) {
      if (isAbortError(error)) return;
      this.status = 'error';
    }
  }

  private start(tool: Tool, key: string, assignmentId?: string): void {
    const api = this.context?.api;
    if (!api || this.launches[key]?.busy) return;
    const launching = startLaunch(this, { api, launcher: this.launcher, tool, locale: this.locale, assignmentId });
    if (!launching) return;
    this.launches = { ...this.launches, [key]: { busy: true } };
    void launching.then((failure) => {
      if (failure === 'assignment-withdrawn' && assignmentId) {
        // Withdrawn since this list was loaded: show it as withdrawn (no Start), say why, keep focus in the card.
        this.received = this.received.map((r) => (r.assignmentId === assignmentId ? { ...r, status: 'withdrawn', overdue: false } : r));
        this.launches = { ...this.launches, [key]: { busy: false } };
        this.announcement = launchFailureText(failure, this.texts);
        this.focusAfterRender = `[data-assignment-id="${CSS.escape(assignmentId)}"] [part="card-title"]`;
        return;
      }
      const launch = failure ? { busy: false, error: launchFailureText(failure, this.texts) } : { busy: false };
      this.launches = { ...this.launches, [key]: launch };
    });
  }

  private async markDone(item: ReceivedTool): Promise<void> {
    const api = this.context?.api;
    const key = receivedKey(item);
    if (!api || this.actions[key]?.busy) return;
    this.setAction(key, { busy: true });
    try {
      const updated = await api.updateMyAssignment(item.assignmentId, { status: 'completed' });
      this.received = this.received.map((r) => (r.assignmentId === item.assignmentId ? updated : r));
      this.setAction(key, { busy: false });
      this.announcement = this.texts.markedDone(item.tool.name);
      // The button is gone now; the card's title keeps the focus inside the card.
      this.focusAfterRender = `[data-assignment-id="${CSS.escape(item.assignmentId)}"] [part="card-title"]`;
      emit(this, 'hn-assignment-completed', { assignmentId: item.assignmentId });
    } catch {
      this.setAction(key, { busy: false, error: this.texts.actionError });
    }
  }

  private async removeSaved(item: SavedTool): Promise<void> {
    const api = this.context?.api;
    const key = savedKey(item);
    if (!api || this.actions[key]?.busy) return;
    this.setAction(key, { busy: true });
    try {
      await api.unsaveTool(item.tool.id);
      const index = this.saved.findIndex((s) => s.tool.id === item.tool.id);
      this.saved = this.saved.filter((s) => s.tool.id !== item.tool.id);
      this.setAction(key, { busy: false });
      this.announcement = this.texts.removed(item.tool.name);
      // Focus goes to the card that took its place, or the section heading when the list is empty now.
      const next = this.saved[Math.min(index, this.saved.length - 1)];
      this.focusAfterRender = next
        ? `[data-section="saved"] [data-tool-id="${CSS.escape(next.tool.id)}"] [part="card-title"]`
        : '[data-section="saved"] [part="section-heading"]';
      emit(this, 'hn-tool-unsaved', { toolId: item.tool.id });
    } catch {
      this.setAction(key, { busy: false, error: this.texts.actionError });
    }
  }

  private setAction(key: string, action: ActionState): void {
    this.actions = { ...this.actions, [key]: action };
  }

  protected override render() {
    const texts = this.texts;
    return html`<div class="my-tools" lang=${this.locale}>
      <p class="visually-hidden" part="status" role="status">${this.status === 'loading' ? texts.loading : this.announcement}</p>
      ${this.renderBody(texts)}
    </div>`;
  }

  private renderBody(texts: MyToolsResources) {
    const user = this.context?.user;
    if (!this.context || this.context.userLoading) return nothing;
    if (!user) {
      return html`<p class="hint" part="hint">
        ${texts.signInToSee} ${this.loginHref ? html`<a href=${this.loginHref}>${texts.signIn}</a>` : nothing}
      </p>`;
    }
    if (user.role !== 'citizen') return html`<p class="hint" part="hint">${texts.citizensOnly}</p>`;
    if (this.status === 'error') {
      return html`<div class="message message--error" part="error" role="alert">
        <p>${texts.loadError}</p>
        <button type="button" class="button--secondary" part="retry-button" @click=${() => void this.reload()}>
          ${texts.retry}
        </button>
      </div>`;
    }
    if (this.status !== 'loaded') return nothing;
    if (this.received.length === 0 && this.saved.length === 0) {
      return html`<div class="message message--empty" part="empty">
        <p>${texts.empty}</p>
        ${this.renderCatalogLink(texts)}
      </div>`;
    }
    return html`${this.renderReceived(texts)} ${this.renderSaved(texts)}`;
  }

  private renderCatalogLink(texts: MyToolsResources) {
    return this.catalogHref ? html`<p><a href=${this.catalogHref} part="catalog-link">${texts.catalogLink}</a></p>` : nothing;
  }

  private renderSection(section: 'received' | 'saved', heading: string, body: unknown) {
    return html`<section part="section" data-section=${section} aria-labelledby="${section}-heading">
      <div
        class="section-heading"
        part="section-heading"
        id="${section}-heading"
        role="heading"
        aria-level=${this.headingLevel}
        tabindex="-1"
      >
        ${heading}
      </div>
      ${body}
    </section>`;
  }

  private renderReceived(texts: MyToolsResources) {
    const body =
      this.received.length === 0
        ? html`<p class="hint" part="section-empty">${texts.receivedEmpty}</p>`
        : html`<ul class="list" part="list">
            ${this.received.map((item) => this.renderReceivedCard(item, texts))}
          </ul>`;
    return this.renderSection('received', texts.receivedHeading, body);
  }

  private renderSaved(texts: MyToolsResources) {
    const body =
      this.saved.length === 0
        ? html`<div part="section-empty"><p class="hint">${texts.savedEmpty}</p>${this.renderCatalogLink(texts)}</div>`
        : html`<ul class="list" part="list">
            ${this.saved.map((item) => this.renderSavedCard(item, texts))}
          </ul>`;
    return this.renderSection('saved', texts.savedHeading, body);
  }

  private renderTitle(tool: Tool) {
    return html`<div class="card__title" part="card-title" role="heading" aria-level=${this.headingLevel + 1} tabindex="-1">
      ${tool.name}
    </div>`;
  }

  private renderReceivedCard(item: ReceivedTool, texts: MyToolsResources) {
    const { tool } = item;
    const key = receivedKey(item);
    const assignmentWithdrawn = item.status === 'withdrawn';
    const canStart = !assignmentWithdrawn && tool.status !== 'withdrawn';
    const canComplete = item.status === 'sent' || item.status === 'opened';
    // The host decides overdue, on Oslo's calendar, so every user and time zone sees the same.
    const { overdue } = item;
    return html`
      <li class="card" part="card" data-assignment-id=${item.assignmentId} data-tool-id=${tool.id}>
        ${this.renderTitle(tool)}
        <p class="card__vendor" part="sender">${texts.sentBy(item.sender.name, item.organisation.name)}</p>
        ${item.message
          ? html`<div>
              <span class="visually-hidden">${texts.messageLabel}:</span>
              <p class="card__message" part="message">${item.message}</p>
            </div>`
          : nothing}
        <dl class="facts" part="facts">
          <dt>${texts.sentLabel}</dt>
          <dd><time datetime=${item.createdAt}>${formatTimestamp(this.locale, item.createdAt)}</time></dd>
          <dt>${texts.dueLabel}</dt>
          <dd>
            ${item.dueDate
              ? html`<time datetime=${item.dueDate}>${formatCalendarDate(this.locale, item.dueDate)}</time>`
              : texts.noDueDate}
            ${overdue ? html`<span class="badge badge--overdue" part="overdue">${texts.overdue}</span>` : nothing}
          </dd>
          <dt>${texts.statusLabel}</dt>
          <dd part="assignment-status">${texts.statuses[item.status]}</dd>
        </dl>
        ${tool.status === 'withdrawn'
          ? html`<div class="card__meta">${renderWithdrawnMarker(tool, texts)}</div>
              ${renderWithdrawnReason(tool)}`
          : nothing}
        ${assignmentWithdrawn ? html`<p class="card__summary" part="assignment-withdrawn">${texts.assignmentWithdrawn}</p>` : nothing}
        ${canStart || canComplete
          ? html`<div class="card__actions">
              ${canStart ? renderStartButton(tool, this.launches[key], texts, () => this.start(tool, key, item.assignmentId)) : nothing}
              ${canComplete ? this.renderActionButton('done-button', texts.markDone, texts.markingDone, tool, key, () => this.markDone(item)) : nothing}
              ${this.renderActionError(key)}
            </div>`
          : nothing}
      </li>
    `;
  }

  private renderSavedCard(item: SavedTool, texts: MyToolsResources) {
    const { tool } = item;
    const key = savedKey(item);
    return html`
      <li class="card" part="card" data-tool-id=${tool.id}>
        ${this.renderTitle(tool)}
        <p class="card__vendor" part="vendor">${texts.vendor(tool.vendor.name)}</p>
        <p class="card__summary">${tool.summary}</p>
        ${tool.status === 'withdrawn'
          ? html`<div class="card__meta">${renderWithdrawnMarker(tool, texts)}</div>
              ${renderWithdrawnReason(tool)}`
          : nothing}
        <p class="card__updated">
          <time datetime=${item.savedAt}>${texts.savedOn(formatTimestamp(this.locale, item.savedAt))}</time>
        </p>
        <div class="card__actions">
          ${tool.status === 'withdrawn' ? nothing : renderStartButton(tool, this.launches[key], texts, () => this.start(tool, key))}
          ${this.renderActionButton('remove-button', texts.remove, texts.removing, tool, key, () => this.removeSaved(item))}
          ${this.renderActionError(key)}
        </div>
      </li>
    `;
  }

  private renderActionButton(part: string, label: string, busyLabel: string, tool: Tool, key: string, onClick: () => Promise<void>) {
    const busy = this.actions[key]?.busy ?? false;
    return html`<button
      type="button"
      class="button--secondary"
      part=${part}
      aria-disabled=${busy ? 'true' : 'false'}
      @click=${() => void onClick()}
    >
      ${busy ? busyLabel : label}<span class="visually-hidden"> ${tool.name}</span>
    </button>`;
  }

  private renderActionError(key: string) {
    const error = this.actions[key]?.error;
    return error ? html`<p class="card__error" part="action-error" role="alert">${error}</p>` : nothing;
  }
}

const receivedKey = (item: ReceivedTool) => `received:${item.assignmentId}`;
const savedKey = (item: SavedTool) => `saved:${item.tool.id}`;
