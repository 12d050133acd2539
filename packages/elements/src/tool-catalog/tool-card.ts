import { html, nothing } from 'lit';
import type { Tool } from '../api/types.ts';
import type { ToolCatalogResources } from './tool-catalog.resources.ts';

export type CardAction = 'start' | 'sign-in' | 'personnel-only' | 'none';

/** Where one card's launch stands. */
export interface CardLaunchState {
  busy: boolean;
  /** Text shown in the card's alert when the launch failed. */
  error?: string;
}

export interface ToolCardView {
  resources: ToolCatalogResources;
  dateFormat: Intl.DateTimeFormat;
  headingLevel: number;
  launch: CardLaunchState | undefined;
  /**
   * 'start' shows the Start button, 'sign-in' the sign-in hint, 'personnel-only' a note for citizens,
   * 'none' nothing (while the user loads, or for editors, whom the host does not let start tools).
   */
  action: CardAction;
  loginHref: string;
  onSelect: (tool: Tool) => void;
  onStart: (tool: Tool) => void;
}

/** Renders one catalog card. Kept apart from the element so the list stays readable. */
export function renderToolCard(tool: Tool, view: ToolCardView) {
  const { resources } = view;
  const withdrawn = tool.status === 'withdrawn';
  const updated = new Date(tool.updatedAt);
  return html`
    <li class="card" part="card" data-tool-id=${tool.id}>
      <div class="card__title" part="card-title" role="heading" aria-level=${view.headingLevel}>
        <button type="button" class="card__title-button" part="card-title-button" @click=${() => view.onSelect(tool)}>
          ${tool.name}
        </button>
      </div>
      <p class="card__vendor" part="vendor">${resources.vendor(tool.vendor.name)}</p>
      <p class="card__summary" part="summary">${tool.summary}</p>
      <div class="card__meta">
        <span class="visually-hidden">${resources.topicsLabel}:</span>
        <ul class="tags" part="topics">
          ${tool.topics.map((topic) => html`<li class="tag" part="topic">${resources.topics[topic] ?? topic}</li>`)}
        </ul>
        <span class="badge" part="badge" data-mode=${tool.launch.mode}>
          <span class="visually-hidden">${resources.launchModeLabel}:</span>
          ${resources.launchModes[tool.launch.mode] ?? tool.launch.mode}
        </span>
        ${withdrawn ? html`<span class="badge badge--withdrawn" part="withdrawn">${resources.withdrawn}</span>` : nothing}
      </div>
      ${withdrawn && tool.withdrawnReason ? html`<p class="card__summary" part="withdrawn-reason">${tool.withdrawnReason}</p>` : nothing}
      ${Number.isNaN(updated.getTime())
        ? nothing
        : html`<p class="card__updated" part="updated">
            <time datetime=${tool.updatedAt}>${resources.updated(view.dateFormat.format(updated))}</time>
          </p>`}
      ${withdrawn ? nothing : renderAction(tool, view)}
    </li>
  `;
}

function renderAction(tool: Tool, view: ToolCardView) {
  const { resources, launch } = view;
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
  const busy = launch?.busy ?? false;
  return html`<div class="card__actions">
    <button
      type="button"
      class="button--primary"
      part="start-button"
      aria-disabled=${busy ? 'true' : 'false'}
      @click=${() => view.onStart(tool)}
    >
      ${busy ? resources.starting : resources.start}<span class="visually-hidden"> ${tool.name}</span>
    </button>
    ${launch?.error ? html`<p class="card__error" part="launch-error" role="alert">${launch.error}</p>` : nothing}
  </div>`;
}
