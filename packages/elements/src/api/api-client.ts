import { apiErrorFromResponse, HnApiError, isAbortError, networkProblemType } from './api-error.ts';
import type {
  Assignment,
  AssignmentPage,
  AssignmentQuery,
  HnUser,
  LaunchRequest,
  LaunchTicket,
  MyAssignmentChange,
  MyTools,
  NewAssignment,
  ReceivedTool,
  SavedTool,
  Tool,
  ToolPage,
  ToolSearch,
} from './types.ts';

/** Supplies a fresh bearer token per request; null or undefined means "not signed in". */
export type TokenProvider = () => string | null | undefined | Promise<string | null | undefined>;

export interface HnApiClientOptions {
  /** Origin or path prefix of the host API, e.g. `https://portal.example` or `` for same origin. */
  apiBase?: string;
  /** A fixed bearer token. */
  token?: string | null;
  /** Called before every request; wins over `token`. */
  tokenProvider?: TokenProvider;
}

export interface RequestOptions {
  signal?: AbortSignal;
}

/** A small typed client for the host HTTP API. Failures reject with HnApiError; aborts reject with the AbortError. */
export class HnApiClient {
  readonly apiBase: string;
  private readonly token: string | null;
  private readonly tokenProvider: TokenProvider | undefined;

  constructor(options: HnApiClientOptions = {}) {
    this.apiBase = (options.apiBase ?? '').replace(/\/+$/, '');
    this.token = options.token ?? null;
    this.tokenProvider = options.tokenProvider;
  }

  /** True when the client was given a token or a token provider, i.e. it may act for a user. */
  get hasCredentials(): boolean {
    return Boolean(this.token) || this.tokenProvider !== undefined;
  }

  /** `GET /api/tools`: search the published catalog. */
  searchTools(search: ToolSearch = {}, options: RequestOptions = {}): Promise<ToolPage> {
    const query = new URLSearchParams();
    if (search.q) query.set('q', search.q);
    for (const topic of search.topic ?? []) query.append('topic', topic);
    for (const audience of search.audience ?? []) query.append('audience', audience);
    for (const mode of search.launch ?? []) query.append('launch', mode);
    for (const lang of search.lang ?? []) query.append('lang', lang);
    if (search.limit !== undefined) query.set('limit', String(search.limit));
    if (search.cursor) query.set('cursor', search.cursor);
    const queryString = query.toString();
    return this.request<ToolPage>('GET', `/api/tools${queryString ? `?${queryString}` : ''}`, undefined, options);
  }

  /** `GET /api/tools/:id`: one tool, withdrawn ones included. */
  getTool(id: string, options: RequestOptions = {}): Promise<Tool> {
    return this.request<Tool>('GET', `/api/tools/${encodeURIComponent(id)}`, undefined, options);
  }

  /** `GET /api/me`: the signed-in user, reduced to the documented fields so nothing else (a pid) can leak onward. */
  async getMe(options: RequestOptions = {}): Promise<HnUser> {
    const me = await this.request<HnUser>('GET', '/api/me', undefined, options);
    const organisation = me.organisation ? { number: me.organisation.number, name: me.organisation.name } : null;
    return { id: me.id, role: me.role, name: me.name, organisation };
  }

  /** `POST /api/launches`: a single-use launch URL for the signed-in user. */
  createLaunch(launch: LaunchRequest, options: RequestOptions = {}): Promise<LaunchTicket> {
    return this.request<LaunchTicket>('POST', '/api/launches', launch, options);
  }

  /** `POST /api/assignments` (personnel): send a tool to a citizen. The pid travels only in this body. */
  createAssignment(assignment: NewAssignment, options: RequestOptions = {}): Promise<Assignment> {
    return this.request<Assignment>('POST', '/api/assignments', assignment, options);
  }

  /** `GET /api/assignments` (personnel): what the caller and their organisation sent, newest first. */
  listAssignments(search: AssignmentQuery = {}, options: RequestOptions = {}): Promise<AssignmentPage> {
    const query = new URLSearchParams();
    for (const status of search.status ?? []) query.append('status', status);
    if (search.limit !== undefined) query.set('limit', String(search.limit));
    if (search.cursor) query.set('cursor', search.cursor);
    const queryString = query.toString();
    return this.request<AssignmentPage>('GET', `/api/assignments${queryString ? `?${queryString}` : ''}`, undefined, options);
  }

  /** `PATCH /api/assignments/:id { status: "withdrawn" }` (personnel of the sending organisation). */
  withdrawAssignment(id: string, options: RequestOptions = {}): Promise<Assignment> {
    return this.request<Assignment>('PATCH', `/api/assignments/${encodeURIComponent(id)}`, { status: 'withdrawn' }, options);
  }

  /** `GET /api/me/tools` (citizen): tools received and tools saved. */
  getMyTools(options: RequestOptions = {}): Promise<MyTools> {
    return this.request<MyTools>('GET', '/api/me/tools', undefined, options);
  }

  /** `PUT /api/me/tools/:toolId` (citizen): save a tool; idempotent. */
  saveTool(toolId: string, options: RequestOptions = {}): Promise<SavedTool> {
    return this.request<SavedTool>('PUT', `/api/me/tools/${encodeURIComponent(toolId)}`, undefined, options);
  }

  /** `DELETE /api/me/tools/:toolId` (citizen): unsave a tool; idempotent. */
  async unsaveTool(toolId: string, options: RequestOptions = {}): Promise<void> {
    await this.request<undefined>('DELETE', `/api/me/tools/${encodeURIComponent(toolId)}`, undefined, options);
  }

  /** `PATCH /api/me/assignments/:id` (citizen, own only): mark completed and/or share results. */
  updateMyAssignment(id: string, change: MyAssignmentChange, options: RequestOptions = {}): Promise<ReceivedTool> {
    return this.request<ReceivedTool>('PATCH', `/api/me/assignments/${encodeURIComponent(id)}`, change, options);
  }

  private async request<T>(method: string, path: string, body: unknown, options: RequestOptions): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const token = this.tokenProvider ? await this.tokenProvider() : this.token;
    if (token) headers.authorization = `Bearer ${token}`;

    let response: Response;
    try {
      // Looked up on every call so a page (or a test) that replaces fetch later is honoured.
      response = await fetch(`${this.apiBase}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: options.signal,
      });
    } catch (error) {
      if (isAbortError(error)) throw error;
      throw new HnApiError({ status: 0, type: networkProblemType, title: 'Network error', detail: String(error) });
    }
    if (!response.ok) throw await apiErrorFromResponse(response);
    if (response.status === 204) return undefined as T;
    try {
      return (await response.json()) as T;
    } catch (error) {
      if (isAbortError(error)) throw error;
      throw new HnApiError({ status: response.status, type: 'about:blank', title: 'Invalid JSON from the host' });
    }
  }
}
