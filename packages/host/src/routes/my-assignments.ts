import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../app-env.ts';
import { receivedToolJson } from '../assignments/assignment-json.ts';
import { osloToday } from '../assignments/oslo-date.ts';
import type { BearerAuthenticator } from '../auth/bearer.ts';
import { requireRole } from '../auth/require-role.ts';
import { requireUser } from '../auth/require-user.ts';
import type { AssignmentsRepository } from '../db/assignments-repository.ts';
import type { CatalogRepository } from '../db/catalog-repository.ts';
import { assignmentWithdrawn, notFound } from '../problem.ts';
import { parseInput, readJsonBody } from '../request-validation.ts';

const updateBody = z
  .strictObject({
    status: z.literal('completed', { error: 'must be "completed"' }).optional(),
    shareResults: z.boolean({ error: 'must be true or false' }).optional(),
  })
  .refine((body) => body.status !== undefined || body.shareResults !== undefined, { message: 'give status or shareResults', path: ['body'] });

/** `PATCH /api/me/assignments/:id`: the citizen marks a received tool done or changes result sharing. */
export function myAssignmentsRoutes(deps: {
  authenticate: BearerAuthenticator;
  assignments: AssignmentsRepository;
  catalog: CatalogRepository;
  now: () => number;
}) {
  const app = new Hono<AppEnv>();

  app.patch('/:id', requireUser(deps.authenticate), requireRole(['citizen'], 'Only the citizen who received a tool can update it.'), async (c) => {
    const body = parseInput(updateBody, await readJsonBody(c), 'body');
    const result = await deps.assignments.updateByCitizen(
      c.req.param('id'),
      c.var.user.id,
      { complete: body.status === 'completed', shareResults: body.shareResults },
      new Date(deps.now()),
    );
    // Another citizen's assignment is answered exactly like one that does not exist.
    if (result.kind === 'not-found') throw notFound('There is no assignment with this id.', [{ field: 'id', in: 'path', detail: 'no such assignment' }]);
    if (result.kind === 'withdrawn') {
      throw assignmentWithdrawn('The sender has withdrawn this assignment, so it cannot be completed.', 'status');
    }
    const tool = (await deps.catalog.findById(result.assignment.tool.id))!;
    c.header('cache-control', 'no-store');
    return c.json(receivedToolJson(result.assignment, tool, osloToday(deps.now())));
  });

  return app;
}
