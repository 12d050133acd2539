import { html, nothing } from 'lit';
import type { Tool } from './api/types.ts';
import { canStart } from './launch-flow.ts';
import type { LaunchTexts } from './launch-texts.ts';

/** Where one card's launch stands. */
export interface CardLaunchState {
  busy: boolean;
  /** Text shown in the card's alert when the launch failed. */
  error?: string;
}

/**
 * The Start button (its accessible name includes the tool's name) and, after a failed launch, the card's alert.
 * A tool the host cannot start yet (SSO) gets a note instead.
 */
export function renderStartButton(tool: Tool, launch: CardLaunchState | undefined, texts: LaunchTexts, onStart: () => void) {
  if (!canStart(tool)) {
    return html`<p class="card__hint" part="launch-unavailable">${texts.launchUnavailable}</p>`;
  }
  const busy = launch?.busy ?? false;
  return html`<button
      type="button"
      class="button--primary"
      part="start-button"
      aria-disabled=${busy ? 'true' : 'false'}
      @click=${onStart}
    >
      ${busy ? texts.starting : texts.start}<span class="visually-hidden"> ${tool.name}</span>
    </button>
    ${launch?.error ? html`<p class="card__error" part="launch-error" role="alert">${launch.error}</p>` : nothing}`;
}

/** The "withdrawn" marker, as text so it does not rely on colour. */
export function renderWithdrawnMarker(tool: Tool, texts: LaunchTexts) {
  return tool.status === 'withdrawn'
    ? html`<span class="badge badge--withdrawn" part="withdrawn">${texts.withdrawn}</span>`
    : nothing;
}

export function renderWithdrawnReason(tool: Tool) {
  return tool.status === 'withdrawn' && tool.withdrawnReason
    ? html`<p class="card__summary" part="withdrawn-reason">${tool.withdrawnReason}</p>`
    : nothing;
}
