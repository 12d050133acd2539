import { startStack } from './stack.ts';

// Playwright runs this once in the runner process; workers inherit the URLs through the environment.
export default async function globalSetup(): Promise<() => Promise<void>> {
  const stack = await startStack();
  process.env.E2E_HOST_URL = stack.hostUrl;
  process.env.E2E_TOOL_URL = stack.toolUrl;
  return stack.stop;
}
