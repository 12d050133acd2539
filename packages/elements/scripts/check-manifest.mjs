// Fails when the committed custom-elements.json is not what the analyzer makes of src/ now: Storybook's controls and
// editors' hints read it, so a stale one documents an API that is gone.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

// The analyzer takes --outdir relative to the package, so the fresh copy goes in a scratch folder here.
const outdir = mkdtempSync('.manifest-check-');
try {
  execFileSync('npx', ['custom-elements-manifest', 'analyze', '--outdir', outdir], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (readFileSync(join(outdir, 'custom-elements.json'), 'utf8') !== readFileSync('custom-elements.json', 'utf8')) {
    console.error('custom-elements.json is stale: run `npm run analyze -w @koblingslab/elements` and commit it.');
    process.exitCode = 1;
  }
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
