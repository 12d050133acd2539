import type { ProblemFieldError } from './types.ts';

/** Problem type used when the host could not be reached at all (offline, DNS, CORS). */
export const networkProblemType = 'urn:koblingslab:problem:network';

/**
 * A failed API call, parsed from application/problem+json when the host sent one.
 * Callers branch on `status` and `type`, never on the message.
 */
export class HnApiError extends Error {
  override readonly name = 'HnApiError';
  /** HTTP status, or 0 when no response arrived. */
  readonly status: number;
  /** Problem type URI, `about:blank` when the response was not problem+json. */
  readonly type: string;
  readonly title: string;
  readonly detail: string | undefined;
  /** Fields at fault, as named by the host. */
  readonly errors: ProblemFieldError[];
  /** Extension members of the problem (RFC 9457 §3.2), e.g. `assignment` on a duplicate-assignment conflict. */
  readonly extensions: Record<string, unknown>;

  constructor(init: {
    status: number;
    type: string;
    title: string;
    detail?: string;
    errors?: ProblemFieldError[];
    extensions?: Record<string, unknown>;
  }) {
    super(init.detail ?? init.title);
    this.status = init.status;
    this.type = init.type;
    this.title = init.title;
    this.detail = init.detail;
    this.errors = init.errors ?? [];
    this.extensions = init.extensions ?? {};
  }
}

/** Builds an HnApiError from a non-2xx response, reading its problem+json body when present. */
export async function apiErrorFromResponse(response: Response): Promise<HnApiError> {
  const fallback = { status: response.status, type: 'about:blank', title: response.statusText || `HTTP ${response.status}` };
  const contentType = response.headers.get('content-type') ?? '';
  if (!/json/i.test(contentType)) return new HnApiError(fallback);
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return new HnApiError(fallback);
  }
  if (typeof body !== 'object' || body === null) return new HnApiError(fallback);
  const { type, title, status: _status, detail, errors, instance: _instance, ...extensions } = body as Record<string, unknown>;
  return new HnApiError({
    status: response.status,
    type: typeof type === 'string' ? type : fallback.type,
    title: typeof title === 'string' ? title : fallback.title,
    detail: typeof detail === 'string' ? detail : undefined,
    errors: Array.isArray(errors) ? errors.filter(isFieldError) : [],
    extensions,
  });
}

function isFieldError(value: unknown): value is ProblemFieldError {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.field === 'string' && typeof candidate.detail === 'string';
}

/** True for the rejection fetch gives when its AbortSignal fires; such calls were superseded, not failed. */
export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
