import { checkPid } from '@koblingslab/identity-number';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../app-env.ts';
import { assignmentJson, type AssignmentJson } from '../assignments/assignment-json.ts';
import { decodeListCursor, encodeListCursor } from '../assignments/list-cursor.ts';
import { isCalendarDate, osloToday } from '../assignments/oslo-date.ts';
import type { BearerAuthenticator } from '../auth/bearer.ts';
import { requireRole } from '../auth/require-role.ts';
import { requireUser } from '../auth/require-user.ts';
import type { AssignmentsRepository, PersonnelScope } from '../db/assignments-repository.ts';
import type { CatalogRepository } from '../db/catalog-repository.ts';
import type { UserRecord } from '../db/users-repository.ts';
import { canStart } from '../launch/launch-modes.ts';
import { forbidden, invalidRequest, notFound, ProblemError, toolWithdrawn } from '../problem.ts';
import { parseInput, readJsonBody, readQuery } from '../request-validation.ts';

const STATUSES = ['sent', 'opened', 'completed', 'withdrawn'] as const;
const LIMIT_MESSAGE = 'must be an integer from 1 to 50';
const MESSAGE_MAX = 1000;
// Control characters (line breaks and tabs are fine), bidi overrides and isolates that could make a message read
// differently to the citizen than it was written, and lone surrogates that would be stored as U+FFFD.
const UNSAFE_MESSAGE_CHARACTER =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The send body; the pid check's reasons are fixed sentences, so a problem never echoes the number. */
function sendBody(allowSyntheticPid: boolean, today: string) {
  return z.strictObject({
    pid: z.string({ error: 'is required and must be a string of 11 digits' }).superRefine((pid, ctx) => {
      const check = checkPid(pid, { allowSynthetic: allowSyntheticPid });
      if (!check.ok) ctx.addIssue({ code: 'custom', message: `is not a valid fødselsnummer or D-nummer: ${check.reason}` });
    }),
    toolId: z.string({ error: 'is required and must be a string' }).min(1, 'must not be empty').max(100, 'must be at most 100 characters'),
    message: z
      .string({ error: 'must be a string' })
      .trim()
      .max(MESSAGE_MAX, `must be at most ${MESSAGE_MAX} characters`)
      .refine((text) => !UNSAFE_MESSAGE_CHARACTER.test(text), 'must not contain control characters, text-direction overrides or broken characters')
      .optional(),
    dueDate: z
      .string({ error: 'must be a date written YYYY-MM-DD' })
      .refine(isCalendarDate, { message: 'must be a date written YYYY-MM-DD', abort: true })
      .refine((date) => date >= today, `must not be before today (${today}, Europe/Oslo)`)
      .nullable()
      .optional(),
  });
}

const listQuery = z.object({
  status: z.array(z.enum(STATUSES, { error: `must be one of ${STATUSES.join(', ')}` })),
  limit: z
    .string()
    .regex(/^\d{1,3}$/, LIMIT_MESSAGE)
    .transform(Number)
    .refine((n) => n >= 1 && n <= 50, LIMIT_MESSAGE)
    .default(20),
  cursor: z.string().optional(),
});

const withdrawBody = z.strictObject({ status: z.literal('withdrawn', { error: 'must be "withdrawn"' }) });

const scopeOf = (user: UserRecord): PersonnelScope => ({ userId: user.id, organisationNumber: user.organisation?.number ?? null });

/** `/api/assignments`: personnel send tools to citizens, follow them up and withdraw them. */
export function assignmentsRoutes(deps: {
  authenticate: BearerAuthenticator;
  assignments: AssignmentsRepository;
  catalog: CatalogRepository;
  allowSyntheticPid: boolean;
  now: () => number;
}) {
  const app = new Hono<AppEnv>();
  const personnelOnly = [
    requireUser(deps.authenticate),
    requireRole(['personnel'], 'Only health personnel can send tools and follow them up.'),
  ] as const;

  app.post('/', ...personnelOnly, async (c) => {
    const sender = c.var.user;
    if (sender.organisation === null) throw forbidden('Only personnel who belong to an organisation can send tools.');
    const today = osloToday(deps.now());
    const body = parseInput(sendBody(deps.allowSyntheticPid, today), await readJsonBody(c), 'body');

    const tool = await deps.catalog.findById(body.toolId);
    if (tool === undefined || tool.status === 'draft') throw invalidRequest([{ field: 'toolId', in: 'body', detail: 'no such tool' }]);
    if (tool.status === 'withdrawn') throw toolWithdrawn(tool.withdrawnReason, 'toolId', 'body');
    if (!tool.audiences.includes('citizen')) {
      throw invalidRequest([{ field: 'toolId', in: 'body', detail: 'the tool is for health personnel and cannot be sent to a citizen' }]);
    }
    if (!canStart(tool.launchMode)) {
      throw invalidRequest([{ field: 'toolId', in: 'body', detail: 'the tool starts with SSO, which this host does not offer yet, so the citizen could not start it' }]);
    }

    const result = await deps.assignments.send(
      {
        toolId: tool.id,
        citizenPid: body.pid,
        senderId: sender.id,
        organisationNumber: sender.organisation.number,
        message: body.message ?? '',
        dueDate: body.dueDate ?? null,
      },
      new Date(deps.now()),
    );
    // Duplicates are counted per organisation, so the existing assignment is always one the sender may see.
    if (result.kind === 'duplicate') throw duplicateAssignment(assignmentJson(result.existing, today));
    c.header('cache-control', 'no-store');
    return c.json(assignmentJson(result.assignment, today), 201);
  });

  app.get('/', ...personnelOnly, async (c) => {
    const query = parseInput(listQuery, readQuery(c, { lists: ['status'], singles: ['limit', 'cursor'] }), 'query');
    const beforeSeq = query.cursor === undefined ? undefined : decodeListCursor(query.cursor);
    if (query.cursor !== undefined && beforeSeq === undefined) {
      throw invalidRequest([{ field: 'cursor', in: 'query', detail: 'is not a cursor from this list; start again without it' }]);
    }
    const page = await deps.assignments.listForPersonnel(scopeOf(c.var.user), { statuses: query.status, limit: query.limit, beforeSeq });
    const today = osloToday(deps.now());
    const last = page.items.at(-1);
    c.header('cache-control', 'no-store');
    return c.json({
      items: page.items.map((a) => assignmentJson(a, today)),
      nextCursor: page.hasMore && last !== undefined ? encodeListCursor(last.seq) : null,
      total: page.total,
    });
  });

  app.patch('/:id', ...personnelOnly, async (c) => {
    parseInput(withdrawBody, await readJsonBody(c), 'body');
    const result = await deps.assignments.withdraw(c.req.param('id'), scopeOf(c.var.user), new Date(deps.now()));
    // Another organisation's assignment is answered exactly like one that does not exist.
    if (result.kind === 'not-found') throw notFound('There is no assignment with this id.', [{ field: 'id', in: 'path', detail: 'no such assignment' }]);
    const today = osloToday(deps.now());
    if (result.kind === 'not-open') {
      throw new ProblemError(
        409,
        'assignment-not-open',
        'Assignment not open',
        `Only sent or opened assignments can be withdrawn; this one is ${result.assignment.status}.`,
        [{ field: 'status', in: 'body', detail: `the assignment is already ${result.assignment.status}` }],
        {},
        { assignment: assignmentJson(result.assignment, today) },
      );
    }
    c.header('cache-control', 'no-store');
    return c.json(assignmentJson(result.assignment, today));
  });

  return app;
}

function duplicateAssignment(existing: AssignmentJson): ProblemError {
  return new ProblemError(
    409,
    'duplicate-assignment',
    'Already sent',
    'Your organisation has already sent this tool to this citizen and it is still open; it can be sent again once that one is completed or withdrawn.',
    [{ field: 'toolId', in: 'body', detail: 'your organisation already has an open assignment of this tool to this citizen' }],
    {},
    { assignment: existing },
  );
}
