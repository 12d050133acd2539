// The tool's only stylesheet, served from its own origin so the CSP can forbid inline styles.
export const stylesheet = `
*, *::before, *::after { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; font-size: 100%; line-height: 1.5; color: #1a1a1a; background: #fff; }
body { margin: 0; }
.tool-header { background: #00546e; color: #fff; padding: 0.75rem 1rem; }
.tool-name { margin: 0; font-weight: 600; }
main, .tool-footer { max-width: 40rem; margin: 0 auto; padding: 1rem; }
.tool-footer { color: #4a4a4a; font-size: 0.875rem; border-top: 1px solid #d0d0d0; }
h1 { font-size: 1.75rem; line-height: 1.2; }
h2 { font-size: 1.25rem; }
fieldset { border: 0; margin: 0 0 1rem; padding: 0; }
legend { font-size: 1.25rem; font-weight: 600; margin-bottom: 0.5rem; }
.hint { color: #4a4a4a; margin-top: 0; }
.option { display: flex; align-items: center; gap: 0.75rem; padding: 0.5rem 0; }
.option input { width: 1.5rem; height: 1.5rem; margin: 0; accent-color: #00546e; }
.option label { flex: 1; cursor: pointer; }
.actions { display: flex; flex-wrap: wrap; align-items: center; gap: 1rem; margin: 1.5rem 0; }
.actions form { margin: 0; }
.leave { margin: 1.5rem 0; }
button { font: inherit; font-weight: 600; border: 2px solid #00546e; border-radius: 0.25rem; padding: 0.5rem 1.25rem; background: #00546e; color: #fff; cursor: pointer; }
button.secondary { background: #fff; color: #00546e; }
a { color: #005275; }
:focus-visible { outline: 3px solid #1a1a1a; outline-offset: 3px; box-shadow: 0 0 0 6px #ffd75e; }
.error { border-left: 4px solid #b3001b; padding: 0.5rem 1rem; background: #fdecee; }
.notice { border-left: 4px solid #00546e; padding: 0.5rem 1rem; background: #e6f2f5; }
.score { font-size: 1.25rem; }
.zone { border-left: 6px solid #00546e; padding: 0.25rem 1rem; background: #f3f7f8; }
.zone-III, .zone-IV { border-left-color: #b3001b; }
.zones .current { font-weight: 600; }
.summary { padding-left: 0; list-style: none; }
.summary li { border-bottom: 1px solid #d0d0d0; padding: 0.5rem 0; }
.summary h2 { margin: 0.5rem 0 0; font-size: 1rem; }
.summary p { margin: 0.25rem 0; }
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
`;
