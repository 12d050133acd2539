import { consume } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { HnApiError, isAbortError } from '../api/api-error.ts';
import type { Assignment, Tool } from '../api/types.ts';
import { hnContext, type HnContextValue } from '../context.ts';
import { formatTimestamp, today } from '../dates.ts';
import { emit } from '../events.ts';
import { canStart } from '../launch-flow.ts';
import { defaultLocale } from '../locale.ts';
import { mergeResources, type ResourceOverrides } from '../resources.ts';
import { assignToolResources, type AssignToolResources } from './assign-tool.resources.ts';
import { assignToolStyles } from './assign-tool.styles.ts';
import { pidProblem, type PidProblem } from './pid-problem.ts';

/** The host's limit on the message (characters). */
export const assignmentMessageMaxLength = 1000;

type Field = 'pid' | 'tool' | 'message' | 'dueDate';
type FieldErrors = Partial<Record<Field, string>>;
type Outcome = { kind: 'sent' | 'error'; text: string };

/** Input ids in form order: the first invalid one gets focus after a failed submit. */
const fieldInputIds: Record<Field, string> = { pid: 'pid', tool: 'tool', message: 'message', dueDate: 'due-date' };
const fieldOrder: Field[] = ['pid', 'tool', 'message', 'dueDate'];
/** Field names in the host's problem+json `errors[]`, mapped to ours. */
const hostFields: Record<string, Field> = { pid: 'pid', toolId: 'tool', message: 'message', dueDate: 'dueDate' };

/**
 * The form health personnel use to send a tool to a citizen: identity number, tool, message and due date.
 * Needs an `<hn-provider>` ancestor whose user is personnel.
 *
 * The identity number lives only in its input's value: never in an attribute, event, URL or log. It is checked
 * live with `checkPid` from `@koblingslab/identity-number`, accepting synthetic test numbers because only the host
 * knows whether they are allowed (HN_ALLOW_SYNTHETIC_PID); a refusal from the host is shown on the field.
 * The whole form, with its submit button, is in one shadow root, so native labels and form semantics hold.
 *
 * @tagname hn-assign-tool
 * @event hn-assigned - A tool was sent (detail `{ assignmentId, toolId }`; never the pid).
 *
 * @csspart form - The form.
 * @csspart pid-input - The identity-number field.
 * @csspart tool-search-input - The search box that filters the tool list.
 * @csspart tool-count - Live region announcing how many tools the search found.
 * @csspart tool-select - The native select of sendable tools; aria-busy, with the previous search's options disabled, while a search loads.
 * @csspart retry-button - Reloads the tools after a failed search.
 * @csspart message-input - The message textarea.
 * @csspart message-counter - The visible "n av 1000 tegn" counter.
 * @csspart due-date-input - The due-date field (native date input).
 * @csspart field-error - A field's error message (linked with aria-describedby).
 * @csspart submit-button - The submit button; aria-disabled while sending.
 * @csspart status - Live region (role=status) with the success message.
 * @csspart error - Alert region with a form-level error (duplicate, no access, network).
 * @csspart hint - Shown instead of the form to users who are not health personnel.
 *
 * @cssproperty --hn-assign-tool-gap - Space between the fields.
 * @cssproperty --hn-assign-tool-max-width - Widest the form gets.
 * @cssproperty --hn-success-background-color - Success message background.
 * @cssproperty --hn-success-border-color - Success message left border.
 * @cssproperty --hn-success-text-color - Success message text.
 */
export class HnAssignTool extends LitElement {
  static override styles = assignToolStyles;

  /** Milliseconds of typing pause before the tool search is sent. */
  @property({ type: Number, attribute: 'search-delay' }) searchDelay = 300;

  /** Milliseconds of typing pause before the remaining characters are announced to screen readers. */
  @property({ type: Number, attribute: 'counter-delay' }) counterDelay = 1000;

  /** Partial texts that override the locale's defaults. */
  @property({ attribute: false }) resources: ResourceOverrides<AssignToolResources> | undefined = undefined;

  @consume({ context: hnContext, subscribe: true })
  @state()
  protected context: HnContextValue | undefined = undefined;

  /** What is wrong with the typed number; the number itself is never kept outside the input. */
  @state() private pidCheck: PidProblem | undefined = 'missing';
  /** Set on blur, on submit, or once 11 characters are typed: before that a half-typed number is not an error. */
  @state() private pidFeedback = false;
  @state() private submitted = false;
  @state() private hostErrors: FieldErrors = {};
  @state() private tools: Tool[] = [];
  @state() private toolsStatus: 'idle' | 'loading' | 'loaded' | 'error' = 'idle';
  @state() private selectedTool: Tool | undefined = undefined;
  @state() private message = '';
  @state() private messageAnnouncement = '';
  @state() private dueDate = '';
  @state() private sending = false;
  @state() private outcome: Outcome | undefined = undefined;

  @query('#pid') private pidInput!: HTMLInputElement;
  @query('#tool-search') private toolSearchInput!: HTMLInputElement;

  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private counterTimer: ReturnType<typeof setTimeout> | undefined;
  private toolsRequest: AbortController | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.searchTimer);
    clearTimeout(this.counterTimer);
    this.toolsRequest?.abort();
  }

  private get locale() {
    return this.context?.locale ?? defaultLocale;
  }

  private get texts(): AssignToolResources {
    return mergeResources(assignToolResources[this.locale], this.resources);
  }

  protected override willUpdate(changed: PropertyValues): void {
    const previousApi = (changed.get('context') as HnContextValue | undefined)?.api;
    if (changed.has('context') && this.context?.api !== previousApi) void this.loadTools();
  }

  /**
   * Sendable tools: published (the search only returns those), offered to citizens, and startable by the host. While it loads, the previous
   * results' options are disabled, so a quick arrow key cannot pick a tool from the old list.
   */
  private async loadTools(): Promise<void> {
    const api = this.context?.api;
    if (!api) return;
    clearTimeout(this.searchTimer);
    this.toolsRequest?.abort();
    const request = new AbortController();
    this.toolsRequest = request;
    this.toolsStatus = 'loading';
    try {
      const q = this.toolSearchInput?.value.trim() ?? '';
      const page = await api.searchTools({ q: q || undefined, audience: ['citizen'], limit: 50 }, { signal: request.signal });
      this.tools = page.items.filter((tool) => tool.status === 'published' && tool.audiences.includes('citizen') && canStart(tool));
      this.toolsStatus = 'loaded';
    } catch (error) {
      if (isAbortError(error)) return;
      this.toolsStatus = 'error';
    }
  }

  private onPidInput(): void {
    const input = this.pidInput;
    // Spaces are stripped while typing (people copy "130972 48022"); the caret stays where it was.
    if (/\s/.test(input.value)) {
      const caret = input.selectionStart ?? input.value.length;
      const removedBeforeCaret = (input.value.slice(0, caret).match(/\s/g) ?? []).length;
      input.value = input.value.replace(/\s+/g, '');
      input.setSelectionRange(caret - removedBeforeCaret, caret - removedBeforeCaret);
    }
    this.pidCheck = pidProblem(input.value);
    if (input.value.length >= 11) this.pidFeedback = true;
    this.clearHostError('pid');
  }

  private onPidBlur(): void {
    if (this.pidInput.value !== '') this.pidFeedback = true;
  }

  private onToolSearchInput(): void {
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => void this.loadTools(), this.searchDelay);
  }

  private onToolSearchKeydown(event: KeyboardEvent): void {
    // Enter in the search box searches; it must not submit the whole form.
    if (event.key !== 'Enter') return;
    event.preventDefault();
    void this.loadTools();
  }

  private onToolChange(event: Event): void {
    const id = (event.target as HTMLSelectElement).value;
    this.selectedTool = this.toolOptions().find((tool) => tool.id === id);
    this.clearHostError('tool');
  }

  private onMessageInput(event: Event): void {
    this.message = (event.target as HTMLTextAreaElement).value;
    this.clearHostError('message');
    // Announced once typing pauses, not on every keystroke.
    clearTimeout(this.counterTimer);
    this.counterTimer = setTimeout(() => {
      const remaining = assignmentMessageMaxLength - this.message.length;
      const format = (count: number) => new Intl.NumberFormat(this.locale).format(count);
      this.messageAnnouncement = remaining >= 0 ? this.texts.messageRemaining(format(remaining)) : this.texts.messageOver(format(-remaining));
    }, this.counterDelay);
  }

  private onDueDateInput(event: Event): void {
    this.dueDate = (event.target as HTMLInputElement).value;
    this.clearHostError('dueDate');
  }

  /** An edited field drops the host's verdict on it; a form-level error (a duplicate) was about the citizen and tool. */
  private clearHostError(field: Field): void {
    if ((field === 'pid' || field === 'tool') && this.outcome?.kind === 'error') this.outcome = undefined;
    if (!this.hostErrors[field]) return;
    const { [field]: _cleared, ...rest } = this.hostErrors;
    this.hostErrors = rest;
  }

  /** The selected tool stays choosable while a new search shows other tools. */
  private toolOptions(): Tool[] {
    const selected = this.selectedTool;
    return selected && !this.tools.some((tool) => tool.id === selected.id) ? [selected, ...this.tools] : this.tools;
  }

  private fieldErrors(texts: AssignToolResources): FieldErrors {
    const errors: FieldErrors = { ...this.hostErrors };
    if (!errors.pid && this.pidCheck && (this.submitted || (this.pidFeedback && this.pidCheck !== 'missing'))) {
      errors.pid = this.pidText(this.pidCheck, texts);
    }
    if (!errors.tool && this.submitted && !this.selectedTool) errors.tool = texts.toolMissing;
    if (!errors.message && this.message.length > assignmentMessageMaxLength) {
      errors.message = texts.messageTooLong(new Intl.NumberFormat(this.locale).format(assignmentMessageMaxLength));
    }
    if (!errors.dueDate && this.dueDate && this.dueDate < today()) errors.dueDate = texts.dueDateInvalid;
    return errors;
  }

  private pidText(problem: PidProblem, texts: AssignToolResources): string {
    switch (problem) {
      case 'missing':
        return texts.pidMissing;
      case 'incomplete':
        return texts.pidIncomplete;
      case 'h-number':
        return texts.pidHNumber;
      default:
        return texts.pidInvalid;
    }
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const api = this.context?.api;
    if (!api || this.sending) return;
    this.submitted = true;
    this.pidFeedback = true;
    this.outcome = undefined;
    this.pidCheck = pidProblem(this.pidInput.value);
    const tool = this.selectedTool;
    if (Object.keys(this.fieldErrors(this.texts)).length > 0 || !tool) {
      await this.focusFirstInvalid();
      return;
    }
    const message = this.message.trim();
    this.sending = true;
    try {
      const assignment = await api.createAssignment({
        pid: this.pidInput.value,
        toolId: tool.id,
        ...(message ? { message } : {}),
        ...(this.dueDate ? { dueDate: this.dueDate } : {}),
      });
      this.resetForm();
      const recipient = assignment.citizen.name ?? assignment.citizen.pidMasked;
      this.outcome = { kind: 'sent', text: this.texts.sent(assignment.tool.name, recipient) };
      emit(this, 'hn-assigned', { assignmentId: assignment.id, toolId: assignment.tool.id });
    } catch (error) {
      await this.showSendError(error);
    } finally {
      this.sending = false;
    }
  }

  private async showSendError(error: unknown): Promise<void> {
    const texts = this.texts;
    if (!(error instanceof HnApiError)) {
      this.outcome = { kind: 'error', text: texts.sendError };
      return;
    }
    const duplicate = error.type === 'urn:koblingslab:problem:duplicate-assignment' ? existingAssignment(error) : undefined;
    if (duplicate) {
      const sentDate = formatTimestamp(this.locale, duplicate.createdAt);
      this.outcome = { kind: 'error', text: texts.duplicate(duplicate.tool.name, texts.statuses[duplicate.status], sentDate) };
      return;
    }
    // Our own texts per field: the host's English detail is not shown, and never repeats the number anyway.
    const hostErrors: FieldErrors = {};
    const fieldTexts: Record<Field, string> = {
      pid: texts.pidRejected,
      tool: texts.toolRejected,
      message: texts.messageRejected,
      dueDate: texts.dueDateInvalid,
    };
    for (const fieldError of error.errors) {
      const field = hostFields[fieldError.field];
      if (field) hostErrors[field] = fieldTexts[field];
    }
    if (Object.keys(hostErrors).length > 0) {
      this.hostErrors = hostErrors;
      await this.focusFirstInvalid();
      return;
    }
    const text = error.status === 401 ? texts.signInToSend : error.status === 403 ? texts.forbidden : texts.sendError;
    this.outcome = { kind: 'error', text };
  }

  private async focusFirstInvalid(): Promise<void> {
    await this.updateComplete;
    const errors = this.fieldErrors(this.texts);
    const first = fieldOrder.find((field) => errors[field]);
    if (first) this.renderRoot.querySelector<HTMLElement>(`#${fieldInputIds[first]}`)?.focus();
  }

  /** After a send: the number goes first, then everything else, so the next citizen starts from a clean form. */
  private resetForm(): void {
    this.pidInput.value = '';
    this.pidCheck = 'missing';
    this.pidFeedback = false;
    this.submitted = false;
    this.hostErrors = {};
    this.selectedTool = undefined;
    this.message = '';
    this.messageAnnouncement = '';
    clearTimeout(this.counterTimer);
    this.dueDate = '';
    if (this.toolSearchInput.value) {
      this.toolSearchInput.value = '';
      void this.loadTools();
    }
  }

  protected override render() {
    const texts = this.texts;
    return html`<div class="assign-tool" lang=${this.locale}>${this.canSend() ? this.renderForm(texts) : this.renderHint(texts)}</div>`;
  }

  private canSend(): boolean {
    return this.context?.user?.role === 'personnel';
  }

  private renderHint(texts: AssignToolResources) {
    if (!this.context || this.context.userLoading) return nothing;
    const text = this.context.user ? texts.personnelOnly : texts.signInToSend;
    return html`<p class="hint" part="hint">${text}</p>`;
  }

  private renderForm(texts: AssignToolResources) {
    const errors = this.fieldErrors(texts);
    const numbers = new Intl.NumberFormat(this.locale);
    return html`
      <form part="form" novalidate @submit=${this.onSubmit}>
        <div class="field">
          <label for="pid">${texts.pidLabel}</label>
          <span class="hint" id="pid-hint">${texts.pidHint}</span>
          <input
            id="pid"
            part="pid-input"
            type="text"
            inputmode="numeric"
            autocomplete="off"
            spellcheck="false"
            aria-invalid=${errors.pid ? 'true' : 'false'}
            aria-describedby=${errors.pid ? 'pid-hint pid-error' : 'pid-hint'}
            @input=${this.onPidInput}
            @blur=${this.onPidBlur}
          />
          <!-- Checked as the user types, so the verdict must be announced without moving focus. -->
          <div aria-live="polite">${this.renderFieldError('pid-error', errors.pid)}</div>
        </div>

        <div class="field">
          <label for="tool-search">${texts.toolSearchLabel}</label>
          <span class="hint" id="tool-search-hint">${texts.toolSearchHint}</span>
          <input
            id="tool-search"
            part="tool-search-input"
            type="search"
            autocomplete="off"
            aria-describedby="tool-search-hint"
            aria-controls="tool"
            @input=${this.onToolSearchInput}
            @keydown=${this.onToolSearchKeydown}
          />
          <p class="hint" id="tool-count" part="tool-count" role="status">${this.toolCountText(texts)}</p>
          ${this.toolsStatus === 'error'
            ? html`<button type="button" class="button--secondary" part="retry-button" @click=${() => void this.loadTools()}>
                ${texts.retry}
              </button>`
            : nothing}
        </div>

        <div class="field">
          <label for="tool">${texts.toolLabel}</label>
          <select
            id="tool"
            part="tool-select"
            aria-busy=${this.toolsStatus === 'loading' ? 'true' : 'false'}
            aria-invalid=${errors.tool ? 'true' : 'false'}
            aria-describedby=${errors.tool ? 'tool-count tool-error' : 'tool-count'}
            @change=${this.onToolChange}
          >
            <option value="" ?selected=${!this.selectedTool}>${texts.toolPlaceholder}</option>
            ${this.toolOptions().map(
              (tool) =>
                html`<option
                  value=${tool.id}
                  ?selected=${this.selectedTool?.id === tool.id}
                  ?disabled=${this.toolsStatus === 'loading' && this.selectedTool?.id !== tool.id}
                >${tool.name}</option>`,
            )}
          </select>
          ${this.renderFieldError('tool-error', errors.tool)}
        </div>

        <div class="field">
          <label for="message">${texts.messageLabel}</label>
          <textarea
            id="message"
            part="message-input"
            rows="5"
            aria-invalid=${errors.message ? 'true' : 'false'}
            aria-describedby=${errors.message ? 'message-counter message-error' : 'message-counter'}
            .value=${this.message}
            @input=${this.onMessageInput}
          ></textarea>
          <span class="hint" id="message-counter" part="message-counter">
            ${texts.messageCounter(numbers.format(this.message.length), numbers.format(assignmentMessageMaxLength))}
          </span>
          <span class="visually-hidden" id="message-remaining" role="status">${this.messageAnnouncement}</span>
          ${this.renderFieldError('message-error', errors.message)}
        </div>

        <div class="field">
          <label for="due-date">${texts.dueDateLabel}</label>
          <input
            id="due-date"
            part="due-date-input"
            type="date"
            min=${today()}
            aria-invalid=${errors.dueDate ? 'true' : 'false'}
            aria-describedby=${errors.dueDate ? 'due-date-error' : nothing}
            .value=${this.dueDate}
            @input=${this.onDueDateInput}
          />
          ${this.renderFieldError('due-date-error', errors.dueDate)}
        </div>

        <div class="actions">
          <button type="submit" class="button--primary" part="submit-button" aria-disabled=${this.sending ? 'true' : 'false'}>
            ${this.sending ? texts.sending : texts.submit}
          </button>
        </div>
        <div part="status" role="status">
          ${this.outcome?.kind === 'sent' ? html`<p class="message message--success">${this.outcome.text}</p>` : nothing}
        </div>
        <div part="error" role="alert">
          ${this.outcome?.kind === 'error' ? html`<p class="message message--error">${this.outcome.text}</p>` : nothing}
        </div>
      </form>
    `;
  }

  private toolCountText(texts: AssignToolResources): string {
    if (this.toolsStatus === 'loading') return texts.toolsLoading;
    if (this.toolsStatus === 'error') return texts.toolsLoadError;
    if (this.toolsStatus !== 'loaded') return '';
    return texts.toolCount(this.tools.length, new Intl.NumberFormat(this.locale).format(this.tools.length));
  }

  private renderFieldError(id: string, text: string | undefined) {
    return text ? html`<p class="field-error" id=${id} part="field-error">${text}</p>` : nothing;
  }
}

/** The open assignment a duplicate-assignment conflict carries, when the host sent a usable one. */
function existingAssignment(error: HnApiError): Assignment | undefined {
  const candidate = error.extensions.assignment as Partial<Assignment> | undefined;
  if (!candidate || typeof candidate !== 'object' || typeof candidate.status !== 'string') return undefined;
  if (typeof candidate.createdAt !== 'string' || typeof candidate.tool?.name !== 'string') return undefined;
  return candidate as Assignment;
}
