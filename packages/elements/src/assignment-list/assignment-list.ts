import { consume } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isAbortError } from '../api/api-error.ts';
import type { Assignment } from '../api/types.ts';
import { hnContext, type HnContextValue } from '../context.ts';
import { formatCalendarDate, formatTimestamp } from '../dates.ts';
import { emit } from '../events.ts';
import { defaultLocale } from '../locale.ts';
import { mergeResources, type ResourceOverrides } from '../resources.ts';
import { assignmentListResources, type AssignmentListResources } from './assignment-list.resources.ts';
import { assignmentListStyles } from './assignment-list.styles.ts';

type LoadStatus = 'idle' | 'loading' | 'loaded' | 'error';

/** A row's withdraw step: asking, sending, or failed. */
interface WithdrawState {
  step: 'confirm' | 'busy' | 'failed';
}

/**
 * What the signed-in health personnel and their organisation sent: tool, citizen (name, or the masked number),
 * sent date, due date with an overdue marker, status, and withdraw (with a confirm step) while it is open.
 * Needs an `<hn-provider>` ancestor whose user is personnel. Call `reload()` after `hn-assigned`.
 *
 * @tagname hn-assignment-list
 * @event hn-assignment-withdrawn - An assignment was withdrawn (detail `{ assignmentId }`).
 *
 * @csspart status - Live region: loading, the count, and the outcome of a withdraw.
 * @csspart table-region - The scrollable, focusable region around the table.
 * @csspart table - The table.
 * @csspart row - One assignment (`data-assignment-id`, `data-status`).
 * @csspart citizen - The citizen cell.
 * @csspart citizen-pid - The citizen's masked number (birth date, then asterisks), under the name when there is one.
 * @csspart due - The due-date cell.
 * @csspart overdue - The overdue marker (text).
 * @csspart assignment-status - The status cell.
 * @csspart withdraw-button - Starts the confirm step.
 * @csspart confirm - The confirm step (a group naming the tool and citizen).
 * @csspart confirm-button - Confirms the withdraw.
 * @csspart cancel-button - Leaves the confirm step.
 * @csspart row-error - Alert in the row when withdrawing failed.
 * @csspart empty - Nothing sent yet.
 * @csspart error - Load error, with a retry button.
 * @csspart retry-button - Loads again.
 * @csspart load-more-button - Loads the next page.
 * @csspart hint - Shown instead of the list to users who are not health personnel.
 *
 * @cssproperty --hn-assignment-list-border-color - Row separators.
 * @cssproperty --hn-assignment-list-header-background-color - Column header background.
 * @cssproperty --hn-overdue-background-color - Overdue marker background.
 * @cssproperty --hn-overdue-text-color - Overdue marker text.
 */
export class HnAssignmentList extends LitElement {
  static override styles = assignmentListStyles;

  /** How many assignments one request asks for. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;

  /** Partial texts that override the locale's defaults. */
  @property({ attribute: false }) resources: ResourceOverrides<AssignmentListResources> | undefined = undefined;

  @consume({ context: hnContext, subscribe: true })
  @state()
  protected context: HnContextValue | undefined = undefined;

  @state() private status: LoadStatus = 'idle';
  @state() private failedPage: 'first' | 'more' = 'first';
  @state() private items: Assignment[] = [];
  @state() private total = 0;
  @state() private nextCursor: string | null = null;
  @state() private withdrawals: Record<string, WithdrawState> = {};
  @state() private announcement = '';

  private listRequest: AbortController | undefined;
  private focusAfterRender: string | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.listRequest?.abort();
  }

  private get locale() {
    return this.context?.locale ?? defaultLocale;
  }

  private get texts(): AssignmentListResources {
    return mergeResources(assignmentListResources[this.locale], this.resources);
  }

  protected override willUpdate(changed: PropertyValues): void {
    const previous = changed.get('context') as HnContextValue | undefined;
    const contextChanged =
      changed.has('context') && (this.context?.api !== previous?.api || this.context?.user?.id !== previous?.user?.id);
    if (contextChanged || (changed.has('pageSize') && this.hasUpdated)) void this.reload();
  }

  protected override updated(): void {
    if (!this.focusAfterRender) return;
    const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender);
    this.focusAfterRender = undefined;
    target?.focus();
  }

  /** Loads the first page again, e.g. after `hn-assigned`. */
  async reload(): Promise<void> {
    await this.loadPage(undefined);
  }

  private async loadPage(cursor: string | undefined): Promise<void> {
    this.listRequest?.abort();
    const api = this.context?.api;
    if (!api || this.context?.user?.role !== 'personnel') {
      this.status = 'idle';
      this.items = [];
      return;
    }
    const request = new AbortController();
    this.listRequest = request;
    this.status = 'loading';
    try {
      const page = await api.listAssignments({ limit: this.pageSize, cursor }, { signal: request.signal });
      this.items = cursor === undefined ? page.items : [...this.items, ...page.items];
      this.total = page.total;
      this.nextCursor = page.nextCursor;
      this.status = 'loaded';
      this.announcement = '';
    } catch (error) {
      if (isAbortError(error)) return;
      this.failedPage = cursor === undefined ? 'first' : 'more';
      this.status = 'error';
    }
  }

  private loadMore(): void {
    if (!this.nextCursor || this.status === 'loading') return;
    const firstNew = this.items.length;
    void this.loadPage(this.nextCursor).then(() => {
      const row = this.items[firstNew];
      if (row) this.focusRow(row.id);
    });
  }

  private retry(): void {
    if (this.failedPage === 'more' && this.nextCursor) this.loadMore();
    else void this.reload();
  }

  private focusRow(assignmentId: string): void {
    this.focusAfterRender = `[data-assignment-id="${CSS.escape(assignmentId)}"] th`;
    this.requestUpdate();
  }

  private askWithdraw(assignment: Assignment): void {
    this.setWithdrawal(assignment.id, { step: 'confirm' });
    this.focusAfterRender = `[data-assignment-id="${CSS.escape(assignment.id)}"] [part="confirm-button"]`;
  }

  private cancelWithdraw(assignment: Assignment): void {
    const { [assignment.id]: _cancelled, ...rest } = this.withdrawals;
    this.withdrawals = rest;
    this.focusAfterRender = `[data-assignment-id="${CSS.escape(assignment.id)}"] [part="withdraw-button"]`;
  }

  private async withdraw(assignment: Assignment): Promise<void> {
    const api = this.context?.api;
    if (!api || this.withdrawals[assignment.id]?.step === 'busy') return;
    this.setWithdrawal(assignment.id, { step: 'busy' });
    try {
      const updated = await api.withdrawAssignment(assignment.id);
      this.items = this.items.map((item) => (item.id === assignment.id ? updated : item));
      const { [assignment.id]: _done, ...rest } = this.withdrawals;
      this.withdrawals = rest;
      this.announcement = this.texts.withdrawn(updated.tool.name, this.citizenText(updated));
      this.focusRow(assignment.id);
      emit(this, 'hn-assignment-withdrawn', { assignmentId: assignment.id });
    } catch {
      this.setWithdrawal(assignment.id, { step: 'failed' });
      this.focusAfterRender = `[data-assignment-id="${CSS.escape(assignment.id)}"] [part="confirm-button"]`;
    }
  }

  private setWithdrawal(id: string, withdrawal: WithdrawState): void {
    this.withdrawals = { ...this.withdrawals, [id]: withdrawal };
  }

  /** The citizen as a sentence can name them: their name, or the visible birth-date digits. */
  private citizenText(assignment: Assignment): string {
    return assignment.citizen.name ?? assignment.citizen.pidMasked;
  }

  private statusText(texts: AssignmentListResources): string {
    if (this.status === 'loading') return texts.loading;
    if (this.announcement) return this.announcement;
    if (this.status !== 'loaded') return '';
    return texts.resultCount(this.total, new Intl.NumberFormat(this.locale).format(this.total));
  }

  protected override render() {
    const texts = this.texts;
    return html`<div class="assignment-list" lang=${this.locale}>${this.renderBody(texts)}</div>`;
  }

  private renderBody(texts: AssignmentListResources) {
    if (!this.context || this.context.userLoading) return nothing;
    const user = this.context.user;
    if (user?.role !== 'personnel') {
      return html`<p class="hint" part="hint">${user ? texts.personnelOnly : texts.signInToSee}</p>`;
    }
    return html`
      <p class="status" part="status" role="status">${this.statusText(texts)}</p>
      ${this.status === 'error' && this.failedPage === 'first' ? this.renderError(texts) : nothing}
      ${this.status === 'loaded' && this.items.length === 0
        ? html`<p class="message message--empty" part="empty">${texts.empty}</p>`
        : nothing}
      ${this.items.length > 0 ? this.renderTable(texts) : nothing}
      ${this.status === 'error' && this.failedPage === 'more' ? this.renderError(texts) : nothing}
      ${this.renderMore(texts)}
    `;
  }

  private renderTable(texts: AssignmentListResources) {
    return html`<div class="table-scroll" part="table-region" role="region" aria-labelledby="caption" tabindex="0">
      <table part="table" aria-busy=${this.status === 'loading' ? 'true' : 'false'}>
        <caption id="caption">${texts.caption}</caption>
        <thead>
          <tr>
            <th scope="col">${texts.toolColumn}</th>
            <th scope="col">${texts.citizenColumn}</th>
            <th scope="col">${texts.sentColumn}</th>
            <th scope="col">${texts.dueColumn}</th>
            <th scope="col">${texts.statusColumn}</th>
            <th scope="col"><span class="visually-hidden">${texts.actionsColumn}</span></th>
          </tr>
        </thead>
        <tbody>
          ${this.items.map((assignment) => this.renderRow(assignment, texts))}
        </tbody>
      </table>
    </div>`;
  }

  private renderRow(assignment: Assignment, texts: AssignmentListResources) {
    // The host decides overdue, on Oslo's calendar, so every user and time zone sees the same.
    const { overdue } = assignment;
    return html`<tr part="row" data-assignment-id=${assignment.id} data-status=${assignment.status}>
      <th scope="row" tabindex="-1">${assignment.tool.name}</th>
      <td part="citizen">${this.renderCitizen(assignment, texts)}</td>
      <td><time datetime=${assignment.createdAt}>${formatTimestamp(this.locale, assignment.createdAt)}</time></td>
      <td part="due">
        ${assignment.dueDate
          ? html`<time datetime=${assignment.dueDate}>${formatCalendarDate(this.locale, assignment.dueDate)}</time>`
          : texts.noDueDate}
        ${overdue ? html`<span class="badge badge--overdue" part="overdue">${texts.overdue}</span>` : nothing}
      </td>
      <td part="assignment-status">${texts.statuses[assignment.status]}</td>
      <td>${this.renderWithdraw(assignment, texts)}</td>
    </tr>`;
  }

  // The masked number shows even beside a name, so two citizens with one name can be told apart.
  private renderCitizen(assignment: Assignment, texts: AssignmentListResources) {
    const { name, pidMasked } = assignment.citizen;
    // The space keeps a screen reader from running the name into the number.
    return html`${name ? html`<span class="citizen-name">${name}</span> ` : nothing}<span class="citizen-pid" part="citizen-pid"
      ><span aria-hidden="true">${pidMasked}</span
      ><span class="visually-hidden">${texts.maskedPid(pidMasked.replace(/\*+$/, ''))}</span></span
    >`;
  }

  private renderWithdraw(assignment: Assignment, texts: AssignmentListResources) {
    if (assignment.status !== 'sent' && assignment.status !== 'opened') return nothing;
    const withdrawal = this.withdrawals[assignment.id];
    if (!withdrawal) {
      return html`<button
        type="button"
        class="button--secondary"
        part="withdraw-button"
        @click=${() => this.askWithdraw(assignment)}
      >
        ${texts.withdraw}<span class="visually-hidden"> ${assignment.tool.name}, ${this.citizenText(assignment)}</span>
      </button>`;
    }
    const questionId = `confirm-${assignment.id}`;
    const busy = withdrawal.step === 'busy';
    return html`<div class="confirm" part="confirm" role="group" aria-labelledby=${questionId}>
      <p id=${questionId}>${texts.confirmWithdraw(assignment.tool.name, this.citizenText(assignment))}</p>
      <div class="confirm__buttons">
        <button
          type="button"
          class="button--primary"
          part="confirm-button"
          aria-disabled=${busy ? 'true' : 'false'}
          @click=${() => void this.withdraw(assignment)}
        >
          ${busy ? texts.withdrawing : texts.confirm}
        </button>
        <button type="button" class="button--secondary" part="cancel-button" @click=${() => this.cancelWithdraw(assignment)}>
          ${texts.cancel}
        </button>
      </div>
      ${withdrawal.step === 'failed' ? html`<p class="row-error" part="row-error" role="alert">${texts.withdrawError}</p>` : nothing}
    </div>`;
  }

  private renderError(texts: AssignmentListResources) {
    return html`<div class="message message--error" part="error" role="alert">
      <p>${texts.loadError}</p>
      <button type="button" class="button--secondary" part="retry-button" @click=${this.retry}>${texts.retry}</button>
    </div>`;
  }

  private renderMore(texts: AssignmentListResources) {
    if (this.items.length === 0 || this.status === 'error') return nothing;
    const numbers = new Intl.NumberFormat(this.locale);
    return html`<div class="more">
      <span class="hint">${texts.shownOf(numbers.format(this.items.length), numbers.format(this.total))}</span>
      ${this.nextCursor
        ? html`<button type="button" class="button--secondary" part="load-more-button" @click=${this.loadMore}>
            ${texts.loadMore}
          </button>`
        : nothing}
    </div>`;
  }
}
