import type { HnApiClient } from './api/api-client.ts';
import { HnApiError } from './api/api-error.ts';
import type { Tool } from './api/types.ts';
import { emit } from './events.ts';
import type { HnLauncher } from './launcher.ts';
import type { HnLocale } from './locale.ts';

/** Why a launch did not leave the page; elements map it to their own texts. */
export type LaunchFailure = 'sign-in' | 'unavailable' | 'withdrawn' | 'assignment-withdrawn' | 'forbidden' | 'failed';

export interface LaunchRequestOptions {
  api: HnApiClient;
  launcher: HnLauncher;
  tool: Tool;
  locale: HnLocale;
  /** Set when a received tool is started, so the host links the launch to the assignment. */
  assignmentId?: string;
}

/** Whether the host can start this tool yet: SSO arrives with its OpenID Provider, and a button that can only fail is worse than none. */
export function canStart(tool: Tool): boolean {
  return tool.launch.mode !== 'sso';
}

/**
 * The launch flow shared by every Start button. Call it synchronously inside the click: it fires the cancelable
 * hn-launch from `source`, opens a new window at once when the tool wants one (popup blockers allow windows only
 * during a user gesture), then asks the host for a ticket and navigates there.
 * Returns undefined when a listener cancelled, otherwise a promise of the failure (null on success).
 */
export function startLaunch(source: EventTarget, options: LaunchRequestOptions): Promise<LaunchFailure | null> | undefined {
  const { tool, assignmentId } = options;
  const detail = assignmentId ? { toolId: tool.id, mode: tool.launch.mode, assignmentId } : { toolId: tool.id, mode: tool.launch.mode };
  if (emit(source, 'hn-launch', detail, { cancelable: true }).defaultPrevented) return undefined;
  const launchWindow = tool.launch.opensIn === 'new-window' ? options.launcher.openWindow() : null;
  return (async () => {
    try {
      const ticket = await options.api.createLaunch({ toolId: tool.id, ...(assignmentId ? { assignmentId } : {}), locale: options.locale });
      if (launchWindow) launchWindow.navigate(ticket.url);
      else options.launcher.navigate(ticket.url);
      return null;
    } catch (error) {
      launchWindow?.close();
      return launchFailure(error);
    }
  })();
}

function launchFailure(error: unknown): LaunchFailure {
  if (error instanceof HnApiError) {
    if (error.status === 401) return 'sign-in';
    // 501: the host cannot start this kind of launch (SSO, or a mode not configured for the tool).
    if (error.status === 501 || error.type === 'urn:koblingslab:problem:launch-mode-unavailable') return 'unavailable';
    if (error.type === 'urn:koblingslab:problem:tool-withdrawn') return 'withdrawn';
    if (error.type === 'urn:koblingslab:problem:assignment-withdrawn') return 'assignment-withdrawn';
    if (error.status === 403) return 'forbidden';
  }
  return 'failed';
}
