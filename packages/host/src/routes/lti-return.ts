import { Hono } from 'hono';
import { messagePage } from '../html/page.ts';

const MAX_MESSAGE = 500;

/**
 * `launch_presentation_return_url`: where a tool sends the browser back. With lti_msg / lti_errormsg it shows the
 * tool's words; without, it goes straight on to the portal, so leaving a tool takes one click.
 */
export function ltiReturnRoutes() {
  return new Hono().get('/return', (c) => {
    const error = c.req.query('lti_errormsg')?.slice(0, MAX_MESSAGE);
    const message = c.req.query('lti_msg')?.slice(0, MAX_MESSAGE);
    if (!error && !message) return c.redirect('/', 303);
    const paragraphs = [
      ...(error ? [`Verktøyet meldte fra om en feil: ${error}`] : []),
      ...(message ? [`Melding fra verktøyet: ${message}`] : []),
    ];
    return messagePage({
      status: 200,
      lang: 'nb',
      title: error ? 'Verktøyet kunne ikke fullføre' : 'Du er tilbake fra verktøyet',
      paragraphs,
      link: { href: '/', text: 'Tilbake til forsiden' },
    });
  });
}
