import { signLtiLaunch } from '@koblingslab/launch-sdk';
import { Hono } from 'hono';
import type { AssignmentsRepository } from '../db/assignments-repository.ts';
import type { CatalogRepository } from '../db/catalog-repository.ts';
import type { TicketsRepository } from '../db/tickets-repository.ts';
import type { UsersRepository } from '../db/users-repository.ts';
import { messagePage } from '../html/page.ts';
import { ltiFormPage } from '../launch/lti-form-page.ts';
import { ltiLaunchParameters } from '../launch/lti-parameters.ts';
import { hashTicket, isTicketShape } from '../launch/ticket.ts';
import type { Pseudonyms } from '../pseudonym.ts';

const BACK = { href: '/', text: 'Tilbake til forsiden' };

const unusableTicket = () =>
  messagePage({
    status: 404,
    lang: 'nb',
    title: 'Lenken virker ikke',
    paragraphs: ['Denne startlenken er allerede brukt, eller den finnes ikke. Hver lenke kan bare brukes én gang.', 'Gå tilbake og start verktøyet på nytt.'],
    link: BACK,
  });

/** `GET /launch/:ticket`: consumes the ticket atomically, then redirects (direct) or posts a signed LTI launch. */
export function launchPageRoutes(deps: {
  catalog: CatalogRepository;
  assignments: AssignmentsRepository;
  tickets: TicketsRepository;
  users: UsersRepository;
  pseudonyms: Pseudonyms;
  publicUrl: string;
  now: () => number;
}) {
  const app = new Hono();

  app.get('/:ticket', async (c) => {
    // Hono answers HEAD with this GET handler; a link checker's HEAD must not use up the ticket or open the assignment.
    if (c.req.method === 'HEAD') return c.body(null, 405, { allow: 'GET' });
    const raw = c.req.param('ticket');
    if (!isTicketShape(raw)) return unusableTicket();
    const ticket = await deps.tickets.consume(hashTicket(raw));
    if (ticket === undefined) return unusableTicket();
    if (ticket.expiresAt <= deps.now()) {
      return messagePage({
        status: 410,
        lang: 'nb',
        title: 'Lenken er utløpt',
        paragraphs: ['Startlenker gjelder bare i ett minutt. Gå tilbake og start verktøyet på nytt.'],
        link: BACK,
      });
    }

    const tool = await deps.catalog.findLaunchTarget(ticket.toolId);
    const user = await deps.users.findById(ticket.userId);
    if (tool === undefined || tool.status !== 'published' || user === undefined) {
      return messagePage({
        status: 410,
        lang: 'nb',
        title: 'Verktøyet er ikke tilgjengelig',
        paragraphs: ['Verktøyet er ikke lenger tilgjengelig i katalogen.'],
        link: BACK,
      });
    }

    // The first launch opens the assignment; one withdrawn while the ticket was in flight no longer starts.
    if (ticket.assignmentId !== null && (await deps.assignments.openOnLaunch(ticket.assignmentId, new Date(deps.now()))) === 'withdrawn') {
      return messagePage({
        status: 410,
        lang: 'nb',
        title: 'Verktøyet er trukket tilbake',
        paragraphs: ['Den som sendte deg dette verktøyet, har trukket det tilbake.'],
        link: BACK,
      });
    }

    if (tool.mode === 'direct' && tool.directUrl !== null) {
      // Nothing about the person goes along; no-referrer keeps the ticket URL out of the tool's logs.
      return new Response(null, { status: 303, headers: { location: tool.directUrl, 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' } });
    }
    if (tool.mode === 'lti' && tool.lti !== null) {
      const pseudonym = await deps.pseudonyms.forVendor(tool.vendor, user.id);
      const params = ltiLaunchParameters({
        tool: { id: tool.id, name: tool.name, opensIn: tool.opensIn, custom: tool.lti.custom },
        assignmentId: ticket.assignmentId,
        pseudonym,
        role: user.role,
        locale: ticket.locale,
        publicUrl: deps.publicUrl,
      });
      const fields = await signLtiLaunch({
        url: tool.lti.launchUrl,
        consumerKey: tool.lti.consumerKey,
        consumerSecret: tool.lti.secret,
        params,
        timestamp: Math.floor(deps.now() / 1000),
      });
      return ltiFormPage({ launchUrl: tool.lti.launchUrl, fields, toolName: tool.name });
    }
    return messagePage({
      status: 501,
      lang: 'nb',
      title: 'Kan ikke starte verktøyet ennå',
      paragraphs: ['Dette verktøyet bruker en innloggingsmåte som ikke er tilgjengelig ennå.'],
      link: BACK,
    });
  });

  return app;
}
