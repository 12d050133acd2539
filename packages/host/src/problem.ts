/** RFC 9457 problem details, the only error shape the API answers with. */
export interface ProblemField {
  field: string;
  in: 'query' | 'body' | 'path' | 'header';
  detail: string;
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: ProblemField[];
  /** RFC 9457 extension members, e.g. the existing assignment of a duplicate send. */
  [extension: string]: unknown;
}

export class ProblemError extends Error {
  readonly body: ProblemBody;
  readonly headers: Record<string, string>;

  constructor(
    status: number,
    slug: string,
    title: string,
    detail: string,
    errors?: ProblemField[],
    headers: Record<string, string> = {},
    extensions: Record<string, unknown> = {},
  ) {
    super(detail);
    this.name = 'ProblemError';
    this.body = { ...extensions, type: `urn:koblingslab:problem:${slug}`, title, status, detail, ...(errors && errors.length > 0 ? { errors } : {}) };
    this.headers = headers;
  }

  toResponse(): Response {
    return problemResponse(this.body, this.headers);
  }
}

export function problemResponse(body: ProblemBody, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status: body.status,
    headers: { 'content-type': 'application/problem+json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });
}

export const invalidRequest = (errors: ProblemField[], detail = 'The request has invalid fields; see errors.') =>
  new ProblemError(400, 'invalid-request', 'Invalid request', detail, errors);

export const notFound = (detail: string, errors?: ProblemField[]) => new ProblemError(404, 'not-found', 'Not found', detail, errors);

export const unauthorized = (detail: string) =>
  new ProblemError(401, 'unauthorized', 'Authentication required', detail, undefined, { 'www-authenticate': 'Bearer error="invalid_token"' });

export const forbidden = (detail: string, errors?: ProblemField[]) => new ProblemError(403, 'forbidden', 'Forbidden', detail, errors);

/** 409 for a withdrawn tool; the catalog's reason goes along so the person sees why. */
export const toolWithdrawn = (reason: string | null, field: string, location: ProblemField['in']) =>
  new ProblemError(
    409,
    'tool-withdrawn',
    'Tool withdrawn',
    reason === null ? 'This tool has been withdrawn.' : `This tool has been withdrawn: ${reason}`,
    [{ field, in: location, detail: 'the tool is withdrawn' }],
    {},
    { withdrawnReason: reason },
  );

/** 409 for acting on an assignment its sender has withdrawn. */
export const assignmentWithdrawn = (detail: string, field: string) =>
  new ProblemError(409, 'assignment-withdrawn', 'Assignment withdrawn', detail, [{ field, in: 'body', detail: 'the assignment is withdrawn' }]);
