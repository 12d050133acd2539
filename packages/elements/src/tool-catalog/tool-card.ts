import { html, nothing } from 'lit';
import type { Tool } from '../api/types.ts';
import { renderStartButton, renderWithdrawnMarker, renderWithdrawnReason, type CardLaunchState } from '../tool-card-parts.ts';
import type { ToolCatalogResources } from './tool-catalog.resources.ts';

export type CardAction = 'start' | 'sign-in' | 'personnel-only' | 'none';

/** Whether a citizen has the tool in "my tools"; undefined when the card offers no saving. */
export interface CardSaveState {
  saved: boolean;
  busy: boolean;
  error?: string;
}

export interface ToolCardView {
  resources: ToolCatalogResources;
  dateFormat: Intl.DateTimeFormat;
  listFormat: Intl.ListFormat;
  headingLevel: number;
  /** Whether the title's inline details (description, languages, keywords) are open. */
  expanded: boolean;
  launch: CardLaunchState | undefined;
  save: CardSaveState | undefined;
  /**
   * 'start' shows the Start button, 'sign-in' the sign-in hint, 'personnel-only' a note for citizens,
   * 'none' nothing (while the user loads, or for editors, whom the host does not let start tools).
   */
  action: CardAction;
  loginHref: string;
  onSelect: (tool: Tool) => void;
  onStart: (tool: Tool) => void;
  onSave: (tool: Tool) => void;
}

/** Renders one catalog card. Kept apart from the element so the list stays readable. */
export function renderToolCard(tool: Tool, view: ToolCardView) {
  const { resources } = view;
  const withdrawn = tool.status === 'withdrawn';
  const updated = new Date(tool.updatedAt);
  const detailsId = `details-${tool.id}`;
  return html`
    <li class="card" part="card" data-tool-id=${tool.id}>
      <div class="card__title" part="card-title" role="heading" aria-level=${view.headingLevel}>
        <button
          type="button"
          class="card__title-button"
          part="card-title-button"
          aria-expanded=${view.expanded ? 'true' : 'false'}
          aria-controls=${detailsId}
          @click=${() => view.onSelect(tool)}
        >
          ${tool.name}<span class="card__chevron" aria-hidden="true"></span>
        </button>
      </div>
      <p class="card__vendor" part="vendor">${resources.vendor(tool.vendor.name)}</p>
      <p class="card__summary" part="summary">${tool.summary}</p>
      <div class="card__meta">
        <span class="visually-hidden">${resources.topicsLabel}:</span>
        <ul class="tags" part="topics">
          ${tool.topics.map((topic) => html`<li class="tag" part="topic">${resources.topics[topic] ?? topic}</li>`)}
        </ul>
        <span class="badge" part="badge" data-mode=${tool.launch.mode} title=${resources.launchModeHints[tool.launch.mode] ?? nothing}>
          <span class="visually-hidden">${resources.launchModeLabel}:</span>
          ${resources.launchModes[tool.launch.mode] ?? tool.launch.mode}
        </span>
        ${renderWithdrawnMarker(tool, resources)}
      </div>
      ${renderWithdrawnReason(tool)}
      ${renderDetails(tool, detailsId, view)}
      ${Number.isNaN(updated.getTime())
        ? nothing
        : html`<p class="card__updated" part="updated">
            <time datetime=${tool.updatedAt}>${resources.updated(view.dateFormat.format(updated))}</time>
          </p>`}
      ${withdrawn ? nothing : renderAction(tool, view)}
    </li>
  `;
}

// Always rendered (hidden when closed) so aria-controls never points at a missing element. The launch mode's
// explanation is here too, readable by keyboard and screen-reader users (a title attribute alone is not).
function renderDetails(tool: Tool, id: string, view: ToolCardView) {
  const { resources } = view;
  return html`<div class="card__details" part="details" id=${id} ?hidden=${!view.expanded}>
    ${tool.description ? html`<p class="card__description" part="description">${tool.description}</p>` : nothing}
    <dl class="facts" part="facts">
      <dt>${resources.launchModeLabel}</dt>
      <dd>
        ${resources.launchModes[tool.launch.mode] ?? tool.launch.mode}.
        <span part="launch-mode-hint">${resources.launchModeHints[tool.launch.mode] ?? ''}</span>
      </dd>
      ${tool.languages.length > 0
        ? html`<dt>${resources.languagesLabel}</dt>
            <dd>${view.listFormat.format(tool.languages.map((language) => resources.languages[language] ?? language))}</dd>`
        : nothing}
      ${tool.keywords.length > 0
        ? html`<dt>${resources.keywordsLabel}</dt>
            <dd>${view.listFormat.format(tool.keywords)}</dd>`
        : nothing}
    </dl>
  </div>`;
}

function renderAction(tool: Tool, view: ToolCardView) {
  const { resources } = view;
  if (view.action === 'none') return nothing;
  if (view.action === 'personnel-only') {
    return html`<div class="card__actions"><p class="card__hint" part="personnel-only">${resources.personnelOnly}</p></div>`;
  }
  if (view.action === 'sign-in') {
    return html`<div class="card__actions">
      <p class="card__hint" part="sign-in-hint">
        ${resources.signInToStart} ${view.loginHref ? html`<a href=${view.loginHref}>${resources.signIn}</a>` : nothing}
      </p>
    </div>`;
  }
  return html`<div class="card__actions">
    ${renderStartButton(tool, view.launch, resources, () => view.onStart(tool))} ${renderSave(tool, view)}
  </div>`;
}

// Stays a button after saving (aria-disabled, "Lagt til") so keyboard focus is not lost when the state changes.
function renderSave(tool: Tool, view: ToolCardView) {
  const save = view.save;
  if (!save) return nothing;
  const { resources } = view;
  const label = save.saved ? resources.saved : save.busy ? resources.saving : resources.save;
  return html`<button
      type="button"
      class="button--secondary"
      part="save-button"
      data-saved=${save.saved ? 'true' : 'false'}
      aria-disabled=${save.saved || save.busy ? 'true' : 'false'}
      @click=${() => view.onSave(tool)}
    >
      ${label}<span class="visually-hidden"> ${tool.name}</span>
    </button>
    ${save.error ? html`<p class="card__error" part="save-error" role="alert">${save.error}</p>` : nothing}`;
}
