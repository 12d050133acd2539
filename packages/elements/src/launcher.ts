/** A window opened for a launch before its URL is known. */
export interface HnLaunchWindow {
  navigate(url: string): void;
  close(): void;
}

/** How a launch leaves the page. Replace it to route launches elsewhere, or in tests to keep the page. */
export interface HnLauncher {
  /** Navigates the current tab to the launch URL. */
  navigate(url: string): void;
  /**
   * Opens an empty window. Called synchronously inside the click handler, before the launch request,
   * because popup blockers only allow windows opened during a user gesture. Null when blocked.
   */
  openWindow(): HnLaunchWindow | null;
}

/** The real browser: same-tab launches use location.assign, new-window launches a noopener-safe blank window. */
export const browserLauncher: HnLauncher = {
  navigate(url) {
    window.location.assign(url);
  },
  openWindow() {
    const opened = window.open('about:blank', '_blank');
    if (!opened) return null;
    // Cut the back-reference so the tool cannot script or redirect the portal (what noopener would do).
    opened.opener = null;
    return {
      navigate(url) {
        opened.location.assign(url);
      },
      close() {
        opened.close();
      },
    };
  },
};
