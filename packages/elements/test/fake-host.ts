import type { Assignment, ReceivedTool, Tool, ToolPage } from '../src/api/types.ts';

/** One request the element under test sent to the (stubbed) host. */
export interface RecordedRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: unknown;
}

export type FakeRoute = (request: RecordedRequest) => Response | Promise<Response>;

/**
 * Replaces window.fetch with a router over recorded requests: a unit-test stand-in for the host.
 * Honours AbortSignal the way fetch does, so superseded searches reject with AbortError.
 */
export function installFakeHost(route: FakeRoute) {
  const originalFetch = window.fetch;
  const requests: RecordedRequest[] = [];
  window.fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), window.location.href);
    const body = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
    const request: RecordedRequest = { method: init.method ?? 'GET', url, headers: new Headers(init.headers), body };
    requests.push(request);
    const signal = init.signal;
    if (signal?.aborted) throw new DOMException('Aborted', 'AbortError');
    const aborted = new Promise<never>((_, reject) =>
      signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))),
    );
    return Promise.race([Promise.resolve(route(request)), aborted]);
  };
  return {
    requests,
    toolSearches: () => requests.filter((r) => r.method === 'GET' && r.url.pathname === '/api/tools'),
    launches: () => requests.filter((r) => r.method === 'POST' && r.url.pathname === '/api/launches'),
    restore: () => {
      window.fetch = originalFetch;
    },
  };
}

export type FakeHost = ReturnType<typeof installFakeHost>;

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

export function problem(
  status: number,
  slug: string,
  detail: string,
  errors?: unknown[],
  extensions: Record<string, unknown> = {},
): Response {
  const body = { type: `urn:koblingslab:problem:${slug}`, title: slug, status, detail, ...(errors ? { errors } : {}), ...extensions };
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/problem+json' } });
}

export function notFound(): Response {
  return problem(404, 'not-found', 'No such route in the fake host');
}

/** A promise with its resolve handle, to hold a response until the test has looked at the in-between state. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

export function makeTool(overrides: Partial<Tool> & { id: string }): Tool {
  return {
    name: `Verktøy ${overrides.id}`,
    summary: 'Et verktøy for å endre vaner.',
    description: 'Lengre beskrivelse.',
    vendor: { id: 'vendor-a', name: 'Leverandør A' },
    topics: ['alcohol'],
    audiences: ['citizen'],
    languages: ['nb'],
    keywords: [],
    status: 'published',
    withdrawnReason: null,
    launch: { mode: 'direct', opensIn: 'same-tab' },
    updatedAt: '2026-12-03T10:00:00.000Z',
    ...overrides,
  };
}

export const auditTool = makeTool({
  id: 'audit-alkoholvaner',
  name: 'AUDIT – test dine alkoholvaner',
  summary: 'Ti spørsmål om alkoholvanene dine.',
  vendor: { id: 'koblingslab-demo', name: 'Koblingslab Demo' },
  topics: ['alcohol', 'mental-health'],
  audiences: ['citizen', 'personnel'],
  launch: { mode: 'lti', opensIn: 'same-tab' },
});

export const walkTool = makeTool({
  id: 'gaa-tur',
  name: 'Gå deg glad',
  summary: 'Daglige gåturer med påminnelser.',
  vendor: { id: 'turappen', name: 'Turappen AS' },
  topics: ['physical-activity'],
  launch: { mode: 'direct', opensIn: 'new-window' },
});

export const ssoTool = makeTool({
  id: 'roykfri',
  name: 'Røykfri',
  summary: 'Slutt å røyke med støtte hver dag.',
  vendor: { id: 'helseapp', name: 'Helseapp' },
  topics: ['smoking'],
  launch: { mode: 'sso', opensIn: 'same-tab' },
});

export function page(items: Tool[], nextCursor: string | null = null, total = items.length): ToolPage {
  return { items, nextCursor, total };
}

export const citizen = { id: 'u-citizen-1', role: 'citizen', name: 'Kari Nordmann', organisation: null };

export const personnel = {
  id: 'u-gp-1',
  role: 'personnel',
  name: 'Dr. Lise Lege',
  organisation: { number: '999888777', name: 'Byen legekontor' },
};

export function makeAssignment(overrides: Partial<Assignment> & { id: string }): Assignment {
  return {
    tool: { id: auditTool.id, name: auditTool.name, status: 'published', withdrawnReason: null },
    citizen: { name: 'Kari Nordmann', pidMasked: '130972*****' },
    sender: { id: personnel.id, name: personnel.name },
    organisation: personnel.organisation,
    message: 'Ta testen før timen vår.',
    dueDate: '2099-12-24',
    status: 'sent',
    overdue: false,
    createdAt: '2026-12-03T10:00:00.000Z',
    openedAt: null,
    completedAt: null,
    withdrawnAt: null,
    ...overrides,
  };
}

export function makeReceived(overrides: Partial<ReceivedTool> & { assignmentId: string }): ReceivedTool {
  return {
    tool: auditTool,
    sender: { name: personnel.name },
    organisation: personnel.organisation,
    message: 'Ta testen før timen vår.',
    dueDate: '2099-12-24',
    status: 'sent',
    overdue: false,
    createdAt: '2026-12-03T10:00:00.000Z',
    openedAt: null,
    completedAt: null,
    shareResults: false,
    ...overrides,
  };
}
