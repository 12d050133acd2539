import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { receivedToolJson } from '../assignments/assignment-json.ts';
import { osloToday } from '../assignments/oslo-date.ts';
import type { BearerAuthenticator } from '../auth/bearer.ts';
import { requireRole } from '../auth/require-role.ts';
import { requireUser } from '../auth/require-user.ts';
import { toolJson } from '../catalog/tool-json.ts';
import type { AssignmentsRepository } from '../db/assignments-repository.ts';
import type { CatalogRepository } from '../db/catalog-repository.ts';
import type { SavedToolsRepository } from '../db/saved-tools-repository.ts';
import { forbidden, notFound, toolWithdrawn } from '../problem.ts';

/** `/api/me/tools`: the signed-in citizen's received and saved tools; nobody else's. */
export function myToolsRoutes(deps: {
  authenticate: BearerAuthenticator;
  assignments: AssignmentsRepository;
  savedTools: SavedToolsRepository;
  catalog: CatalogRepository;
  now: () => number;
}) {
  const app = new Hono<AppEnv>();
  const citizenOnly = [requireUser(deps.authenticate), requireRole(['citizen'], 'Only citizens have "my tools".')] as const;

  app.get('/', ...citizenOnly, async (c) => {
    const citizenId = c.var.user.id;
    const [received, saved] = await Promise.all([deps.assignments.listForCitizen(citizenId), deps.savedTools.list(citizenId)]);
    const tools = new Map((await deps.catalog.findByIds([...new Set([...received.map((a) => a.tool.id), ...saved.map((s) => s.toolId)])])).map((t) => [t.id, t]));
    const today = osloToday(deps.now());
    c.header('cache-control', 'no-store');
    return c.json({
      received: received.map((a) => receivedToolJson(a, tools.get(a.tool.id)!, today)),
      saved: saved.map((s) => ({ tool: toolJson(tools.get(s.toolId)!), savedAt: s.savedAt })),
    });
  });

  app.put('/:toolId', ...citizenOnly, async (c) => {
    const tool = await deps.catalog.findById(c.req.param('toolId'));
    if (tool === undefined || tool.status === 'draft') throw notFound('There is no published tool with this id.', [{ field: 'toolId', in: 'path', detail: 'no such tool' }]);
    if (tool.status === 'withdrawn') throw toolWithdrawn(tool.withdrawnReason, 'toolId', 'path');
    if (!tool.audiences.includes('citizen')) {
      throw forbidden('This tool is meant for health personnel only.', [{ field: 'toolId', in: 'path', detail: 'not offered to citizens' }]);
    }
    const saved = await deps.savedTools.save(c.var.user.id, tool.id, new Date(deps.now()));
    c.header('cache-control', 'no-store');
    return c.json({ tool: toolJson(tool), savedAt: saved.savedAt });
  });

  app.delete('/:toolId', ...citizenOnly, async (c) => {
    await deps.savedTools.remove(c.var.user.id, c.req.param('toolId'));
    return c.body(null, 204);
  });

  return app;
}
