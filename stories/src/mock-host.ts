// A stand-in for the Koblingslab host inside Storybook: a fetch stub that answers the host HTTP API from fixtures.
// Each rendered story gets its own api-base (/mock-host/<n>) and its own copy of the data, so stories shown side by side
// (and re-rendered after a control changes) never share state. Everything else goes to the real fetch.
import type { Assignment, HnUser, MyTools, Tool, ToolAudience, ToolTopic } from '@koblingslab/elements/api';
import { catalog, personnel } from './fixtures.ts';

export interface MockRequest {
  method: string;
  url: URL;
  /** The API path without the mock prefix, e.g. `/api/tools`. */
  path: string;
  body: unknown;
}

/** A hand-written answer for one endpoint, to show a state the default data cannot (loading, an error...). */
export type Reply = (request: MockRequest) => Response | Promise<Response>;

export interface MockHostOptions {
  /** `GET /api/me`; null answers 401, as for a refused token. */
  user?: HnUser | null;
  /** Tools the search runs over, or a reply for `GET /api/tools`. */
  tools?: Tool[] | Reply;
  /** `GET /api/me/tools`. */
  myTools?: MyTools | Reply;
  /** `GET /api/assignments` (newest first). */
  assignments?: Assignment[] | Reply;
  /** `POST /api/assignments`; the default answers 201 as the host does. */
  sendAssignment?: Reply;
  /** `POST /api/launches`; the default answers a ticket URL (the story's launcher logs it instead of leaving). */
  launch?: Reply;
  /** Answer delay, so loading states flash as they would on a network. */
  latencyMs?: number;
}

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

/** An `application/problem+json` answer in the host's shape. */
export function problem(status: number, slug: string, detail: string, extra: Record<string, unknown> = {}): Response {
  const body = { type: `urn:koblingslab:problem:${slug}`, title: slug, status, detail, ...extra };
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/problem+json' } });
}

/** Requests answered with `pending`: they never settle, so `settled()` does not wait for them. */
const heldRequests = new WeakSet<MockRequest>();

/** Never answers (until the element aborts): the loading state, held still for a designer. */
export const pending: Reply = (request) => {
  heldRequests.add(request);
  scheduleQuietCheck();
  return new Promise<Response>(() => {});
};

/** A 500 answer: the error state with "Prøv igjen". */
export const serverError: Reply = () => problem(500, 'internal', 'The host failed.');

const prefix = '/mock-host/';
const hosts = new Map<string, (request: MockRequest) => Promise<Response>>();
let nextHostId = 1;
let realFetch: typeof fetch | undefined;
/** Mocked requests whose answer the element has not read yet (aborted ones are done). */
const openRequests = new Set<MockRequest>();
const settleWaiters = new Set<() => void>();

function isQuiet(): boolean {
  return [...openRequests].every((request) => heldRequests.has(request));
}

/**
 * Wakes `settled()` waiters once the host is quiet. It looks a task later: by then the element has acted on the
 * answer it just read, including the next request it sends because of it (the user, then the saved tools).
 */
function scheduleQuietCheck(): void {
  setTimeout(() => {
    if (!isQuiet()) return;
    for (const resolve of settleWaiters) resolve();
    settleWaiters.clear();
  }, 20);
}

/**
 * Resolves once every mocked request has been answered and its answer read, except those held by `pending`. Play
 * functions await it before they act, and the story test awaits it (through `window.hnMockHostSettled`) before it
 * checks a story.
 */
export function settled(): Promise<void> {
  return new Promise((resolve) => {
    settleWaiters.add(resolve);
    scheduleQuietCheck();
  });
}

/** Marks the request done once the element has read the answer's body (reading it takes tasks, not microtasks). */
function doneWhenRead(request: MockRequest, response: Response): Response {
  const finish = () => {
    openRequests.delete(request);
    scheduleQuietCheck();
  };
  if (response.status === 204 || !/json/.test(response.headers.get('content-type') ?? '')) {
    finish();
    return response;
  }
  const json = response.json.bind(response);
  response.json = () => json().finally(finish);
  return response;
}

function installFetchStub() {
  if (realFetch) return;
  realFetch = window.fetch.bind(window);
  (window as MockHostWindow).hnMockHostSettled = settled;
  window.fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(input instanceof Request ? input.url : String(input), window.location.href);
    const match = url.pathname.startsWith(prefix) ? /^\/mock-host\/([^/]+)(\/.*)$/.exec(url.pathname) : null;
    const handle = match ? hosts.get(match[1]!) : undefined;
    if (!match || !handle) return realFetch!(input, init);
    const signal = init.signal;
    if (signal?.aborted) throw new DOMException('Aborted', 'AbortError');
    const body = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
    const request: MockRequest = { method: init.method ?? 'GET', url, path: match[2]!, body };
    openRequests.add(request);
    const aborted = new Promise<never>((_, reject) =>
      signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')), { once: true }),
    );
    try {
      return doneWhenRead(request, await Promise.race([handle(request), aborted]));
    } catch (error) {
      openRequests.delete(request);
      scheduleQuietCheck();
      throw error;
    }
  };
}

interface MockHostWindow extends Window {
  hnMockHostSettled?: () => Promise<void>;
}

function searchTools(tools: Tool[], url: URL): Response {
  const params = url.searchParams;
  const q = params.get('q')?.trim().toLocaleLowerCase('nb') ?? '';
  if (q.length > 200) {
    return problem(400, 'validation', 'q is too long', { errors: [{ field: 'q', in: 'query', detail: 'at most 200 characters' }] });
  }
  const topics = params.getAll('topic') as ToolTopic[];
  const audiences = params.getAll('audience') as ToolAudience[];
  const found = tools.filter(
    (tool) =>
      tool.status === 'published' &&
      (!q || [tool.name, tool.summary, tool.description, ...tool.keywords].join(' ').toLocaleLowerCase('nb').includes(q)) &&
      (topics.length === 0 || tool.topics.some((topic) => topics.includes(topic))) &&
      (audiences.length === 0 || tool.audiences.some((audience) => audiences.includes(audience))),
  );
  return json(page(found, params));
}

function page<T>(items: T[], params: URLSearchParams) {
  const limit = Number(params.get('limit') ?? 20);
  const start = Number(params.get('cursor') ?? 0);
  const end = start + limit;
  return { items: items.slice(start, end), nextCursor: end < items.length ? String(end) : null, total: items.length };
}

function launchTicket(): Response {
  const expiresAt = new Date(Date.now() + 60_000).toISOString();
  return json({ url: `https://tool.example/launch/story-ticket`, expiresAt }, 201);
}

/** Registers a fresh mocked host and returns the api-base to give `<hn-provider>`. */
export function createMockHost(options: MockHostOptions = {}): string {
  installFetchStub();
  const tools = options.tools ?? catalog;
  // Tools known by id (saving, sending, GET /api/tools/:id): the story's own list, or the fixtures behind a Reply.
  const knownTools = typeof tools === 'function' ? catalog : tools;
  // Copies, so saving, removing, completing and withdrawing in one story leave the fixtures as they were.
  const myTools = typeof options.myTools === 'function' ? options.myTools : structuredClone(options.myTools ?? { received: [], saved: [] });
  const assignments = typeof options.assignments === 'function' ? options.assignments : structuredClone(options.assignments ?? []);
  const latency = options.latencyMs ?? 150;

  const route = (request: MockRequest): Response | Promise<Response> => {
    const { method, path, url } = request;
    const [, , resource, id, sub] = path.split('/'); // '', 'api', resource, ...
    if (method === 'GET' && path === '/api/me') {
      return options.user ? json(options.user) : problem(401, 'unauthorized', 'The token was refused.');
    }
    if (method === 'GET' && path === '/api/tools') {
      return typeof tools === 'function' ? tools(request) : searchTools(tools, url);
    }
    if (method === 'GET' && resource === 'tools' && id) {
      const tool = knownTools.find((t) => t.id === decodeURIComponent(id));
      return tool ? json(tool) : problem(404, 'not-found', 'No such tool.');
    }
    if (method === 'POST' && path === '/api/launches') return options.launch ? options.launch(request) : launchTicket();
    if (path === '/api/me/tools' && method === 'GET') return typeof myTools === 'function' ? myTools(request) : json(myTools);
    if (resource === 'me' && id === 'tools' && sub && typeof myTools !== 'function') {
      const toolId = decodeURIComponent(sub);
      if (method === 'DELETE') {
        myTools.saved = myTools.saved.filter((saved) => saved.tool.id !== toolId);
        return new Response(null, { status: 204 });
      }
      const tool = knownTools.find((t) => t.id === toolId);
      if (method === 'PUT' && tool) {
        const saved = { tool, savedAt: new Date().toISOString() };
        myTools.saved = [saved, ...myTools.saved.filter((s) => s.tool.id !== toolId)];
        return json(saved);
      }
    }
    if (method === 'PATCH' && resource === 'me' && id === 'assignments' && sub && typeof myTools !== 'function') {
      const item = myTools.received.find((r) => r.assignmentId === decodeURIComponent(sub));
      if (!item) return problem(404, 'not-found', 'No such assignment.');
      Object.assign(item, { status: 'completed', completedAt: new Date().toISOString(), overdue: false });
      return json(item);
    }
    if (method === 'GET' && path === '/api/assignments') {
      return typeof assignments === 'function' ? assignments(request) : json(page(assignments, url.searchParams));
    }
    if (method === 'PATCH' && resource === 'assignments' && id && typeof assignments !== 'function') {
      const item = assignments.find((a) => a.id === decodeURIComponent(id));
      if (!item) return problem(404, 'not-found', 'No such assignment.');
      Object.assign(item, { status: 'withdrawn', withdrawnAt: new Date().toISOString(), overdue: false });
      return json(item);
    }
    if (method === 'POST' && path === '/api/assignments') {
      return options.sendAssignment ? options.sendAssignment(request) : sentAssignment(request, knownTools);
    }
    return problem(404, 'not-found', `The mocked host has no ${method} ${path}.`);
  };

  const id = String(nextHostId++);
  hosts.set(id, async (request) => {
    await new Promise((resolve) => setTimeout(resolve, latency));
    return route(request);
  });
  return `${prefix}${id}`;
}

/** The host's 201 answer to a send: the citizen's name is known, the pid comes back masked only. */
function sentAssignment(request: MockRequest, tools: Tool[]): Response {
  const body = request.body as { pid: string; toolId: string; message?: string; dueDate?: string };
  const tool = tools.find((t) => t.id === body.toolId) ?? catalog[0]!;
  const assignment: Assignment = {
    id: `a-story-${Date.now()}`,
    tool: { id: tool.id, name: tool.name, status: tool.status, withdrawnReason: tool.withdrawnReason },
    citizen: { name: 'Kari Nordmann', pidMasked: `${body.pid.slice(0, 6)}*****` },
    sender: { id: personnel.id, name: personnel.name },
    organisation: personnel.organisation!,
    message: body.message ?? '',
    dueDate: body.dueDate ?? null,
    status: 'sent',
    overdue: false,
    createdAt: new Date().toISOString(),
    openedAt: null,
    completedAt: null,
    withdrawnAt: null,
  };
  return json(assignment, 201);
}
