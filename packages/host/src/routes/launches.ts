import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../app-env.ts';
import type { BearerAuthenticator } from '../auth/bearer.ts';
import { requireUser } from '../auth/require-user.ts';
import { LOCALES } from '../catalog/vocabulary.ts';
import type { AssignmentsRepository } from '../db/assignments-repository.ts';
import type { CatalogRepository } from '../db/catalog-repository.ts';
import type { TicketsRepository } from '../db/tickets-repository.ts';
import { canStart } from '../launch/launch-modes.ts';
import { hashTicket, newTicket, TICKET_LIFETIME_MS } from '../launch/ticket.ts';
import { assignmentWithdrawn, forbidden, invalidRequest, notFound, ProblemError, toolWithdrawn } from '../problem.ts';
import { parseInput, readJsonBody } from '../request-validation.ts';

const launchBody = z.strictObject({
  toolId: z.string({ error: 'is required and must be a string' }).min(1, 'must not be empty').max(100, 'must be at most 100 characters'),
  assignmentId: z.string({ error: 'must be a string' }).max(100, 'must be at most 100 characters').optional(),
  locale: z.enum(LOCALES, { error: `must be one of ${LOCALES.join(', ')}` }).default('nb-NO'),
});

/** `POST /api/launches`: checks who may start what, then issues a single-use ticket for `GET /launch/:ticket`. */
export function launchesRoutes(deps: {
  authenticate: BearerAuthenticator;
  catalog: CatalogRepository;
  assignments: AssignmentsRepository;
  tickets: TicketsRepository;
  publicUrl: string;
  now: () => number;
}) {
  const app = new Hono<AppEnv>();

  app.post('/', requireUser(deps.authenticate), async (c) => {
    const user = c.var.user;
    if (user.role === 'editor') throw forbidden('Editors cannot start tools; sign in as a citizen, or as personnel to preview.');
    const body = parseInput(launchBody, await readJsonBody(c), 'body');
    // Only the citizen who received an assignment can start it; for anyone else it does not exist.
    const assignment = body.assignmentId === undefined ? undefined : await deps.assignments.findForCitizen(body.assignmentId, user.id);
    if (body.assignmentId !== undefined && assignment === undefined) {
      throw notFound('There is no assignment with this id.', [{ field: 'assignmentId', in: 'body', detail: 'no such assignment' }]);
    }
    if (assignment !== undefined && assignment.tool.id !== body.toolId) {
      throw invalidRequest([{ field: 'assignmentId', in: 'body', detail: 'the assignment is for another tool' }]);
    }

    const tool = await deps.catalog.findLaunchTarget(body.toolId);
    if (tool === undefined || tool.status === 'draft') {
      throw notFound('There is no published tool with this id.', [{ field: 'toolId', in: 'body', detail: 'no such tool' }]);
    }
    if (tool.status === 'withdrawn') throw toolWithdrawn(tool.withdrawnReason, 'toolId', 'body');
    if (assignment?.status === 'withdrawn') {
      throw assignmentWithdrawn('The sender has withdrawn this assignment, so it cannot be started from it.', 'assignmentId');
    }
    if (user.role === 'citizen' && !tool.audiences.includes('citizen')) {
      throw forbidden('This tool is meant for health personnel only.', [{ field: 'toolId', in: 'body', detail: 'not offered to citizens' }]);
    }
    if (!canStart(tool.mode)) {
      throw new ProblemError(501, 'launch-mode-unavailable', 'Launch mode unavailable', 'SSO is not available yet', [
        { field: 'toolId', in: 'body', detail: 'the tool starts with SSO, which this host does not offer yet' },
      ]);
    }

    const ticket = newTicket();
    const now = deps.now();
    const expiresAt = now + TICKET_LIFETIME_MS;
    await deps.tickets.create(hashTicket(ticket), { userId: user.id, toolId: tool.id, locale: body.locale, expiresAt, assignmentId: assignment?.id ?? null }, now);
    c.header('cache-control', 'no-store');
    return c.json({ url: `${deps.publicUrl}/launch/${ticket}`, expiresAt: new Date(expiresAt).toISOString() }, 201);
  });

  return app;
}
