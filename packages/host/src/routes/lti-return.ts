import { Hono } from 'hono';
import { messagePage } from '../html/page.ts';

const MAX_MESSAGE = 500;

/** `launch_presentation_return_url`: where a tool sends the browser back, optionally with lti_msg / lti_errormsg. */
export function ltiReturnRoutes() {
  return new Hono().get('/return', (c) => {
    const error = c.req.query('lti_errormsg')?.slice(0, MAX_MESSAGE);
    const message = c.req.query('lti_msg')?.slice(0, MAX_MESSAGE);
    const paragraphs = [
      ...(error ? [`Verktøyet meldte fra om en feil: ${error}`] : []),
      ...(message ? [`Melding fra verktøyet: ${message}`] : []),
    ];
    return messagePage({
      status: 200,
      lang: 'nb',
      title: error ? 'Verktøyet kunne ikke fullføre' : 'Du er tilbake fra verktøyet',
      paragraphs: paragraphs.length > 0 ? paragraphs : ['Du har avsluttet verktøyet.'],
      link: { href: '/', text: 'Tilbake til forsiden' },
    });
  });
}
