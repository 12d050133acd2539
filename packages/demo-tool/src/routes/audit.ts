import { Hono, type Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { z } from 'zod';
import {
  AUDIT_QUESTION_COUNT,
  auditScore,
  findQuestion,
  isValidAnswer,
  nextUnansweredQuestion,
  riskZone,
  type AuditQuestion,
} from '../audit/questionnaire.ts';
import { CSP_HEADER, contentSecurityPolicy } from '../http/content-security-policy.ts';
import { csrfTokenMatches } from '../http/csrf.ts';
import { withLtiMessage } from '../http/return-url.ts';
import { deleteSessionCookie, readSessionCookie, setSessionCookie } from '../http/session-cookie.ts';
import { PROGRESS_SAVED, type LeaveControl } from '../pages/layout.ts';
import { messagePage } from '../pages/message-page.ts';
import { questionPage } from '../pages/question-page.ts';
import { resultPage } from '../pages/result-page.ts';
import { SUMMARY_PATH, summaryPage } from '../pages/summary-page.ts';
import type { AnswerStore } from '../storage/answer-store.ts';
import type { SessionStore, ToolSession } from '../storage/session-store.ts';

export interface AuditDeps {
  sessions: SessionStore;
  answers: AnswerStore;
  /** The public URL is https, so the cookie is Secure (and must be deleted as Secure). */
  secureCookie: boolean;
  now: () => number;
}

/** A posted form with every field given once (requireSingleValuedForm refuses repeats). */
type Form = Record<string, string | File>;

type AuditEnv = { Variables: { session: ToolSession; sessionId: string; sessionEnded?: true; form: Form } };

const questionNumber = z
  .string()
  .regex(/^\d{1,2}$/)
  .transform(Number)
  .refine((n) => n >= 1 && n <= AUDIT_QUESTION_COUNT);

// "Endre" on the summary opens a question with from=summary, and saving it goes back there. Any other value is ignored.
const fromSummary = z.literal('summary').optional().catch(undefined);

const answerForm = z.object({
  question: questionNumber,
  from: fromSummary,
  // A missing or malformed answer becomes undefined, so the question is shown again with an error, like a wrong score.
  answer: z.string().regex(/^\d$/).transform(Number).optional().catch(undefined),
});

const backToTest = { href: '/audit', label: 'Tilbake til testen' };
const COMPLETED_MESSAGE = 'Du har fullført AUDIT-testen.';

/** The questionnaire: GET /audit (next question or result), POST /audit/answer, /audit/restart and /audit/leave. */
export function auditRoutes(deps: AuditDeps): Hono<AuditEnv> {
  const app = new Hono<AuditEnv>();

  const requireSession = createMiddleware<AuditEnv>(async (c, next) => {
    const id = readSessionCookie(c);
    const session = id ? deps.sessions.renew(id) : undefined;
    if (!id || !session) {
      // A stale cookie is of no use; drop it so the browser stops sending it.
      if (id) deleteSessionCookie(c, deps.secureCookie);
      return c.html(
        messagePage({
          title: 'Ingen aktiv økt',
          message: 'Økten din har utløpt, eller testen ble ikke startet fra helseportalen. Start testen på nytt fra portalen.',
        }),
        401,
      );
    }
    c.set('session', session);
    c.set('sessionId', id);
    await next();
    // The cookie slides with the session, so the browser forgets it once the session has idled out.
    if (!c.var.sessionEnded) setSessionCookie(c, id, deps.secureCookie, session.expiresAt, deps.now());
    // Every page here has the leave form, whose post ends on the portal's return URL.
    if (session.returnUrl) c.res.headers.set(CSP_HEADER, contentSecurityPolicy([new URL(session.returnUrl).origin]));
  });

  // answer=1&answer=4 must not quietly become one of them: a repeated field is refused before anything is read or stored.
  const requireSingleValuedForm = createMiddleware<AuditEnv>(async (c, next) => {
    const body = await c.req.parseBody({ all: true }).catch(() => undefined);
    if (body === undefined) return badRequest(c, c.var.session, UNREADABLE_FORM_MESSAGE);
    const repeated = Object.entries(body).find(([, value]) => Array.isArray(value))?.[0];
    if (repeated !== undefined) return badRequest(c, c.var.session, repeatedFieldMessage(repeated));
    c.set('form', body as Form);
    await next();
  });

  // Every state change is a cookie-authenticated form post, so each one must carry the session's CSRF token.
  const requireCsrfToken = createMiddleware<AuditEnv>(async (c, next) => {
    if (!csrfTokenMatches(c.var.session.csrfToken, c.var.form['csrf'])) {
      return c.html(
        messagePage({
          title: 'Skjemaet ble avvist',
          message: 'Skjemaet kunne ikke kontrolleres. Gå tilbake til testen, last siden på nytt og prøv igjen.',
          leave: leaveControl(c.var.session),
          link: backToTest,
        }),
        403,
      );
    }
    await next();
  });

  // '/audit/*' matches '/audit' itself too, so the session is checked (and renewed) once per request.
  app.use('/audit/*', requireSession);
  app.post('/audit/*', requireSingleValuedForm, requireCsrfToken);

  app.get('/audit', (c) => {
    const session = c.var.session;
    const answers = deps.answers.answers(session);
    const next = nextUnansweredQuestion(answers);
    const requested = c.req.query('question');
    if ((c.req.queries('question')?.length ?? 0) > 1) return badRequest(c, session, repeatedFieldMessage('question'));

    if (requested !== undefined) {
      const parsed = questionNumber.safeParse(requested);
      if (!parsed.success) return badRequest(c, session, `Spørsmålet finnes ikke. Testen har spørsmål 1–${AUDIT_QUESTION_COUNT}.`);
      // Going back is fine; skipping ahead of the first unanswered question is not.
      if (next !== undefined && parsed.data > next) return c.redirect('/audit', 303);
      const from = fromSummary.parse(c.req.query('from'));
      return c.html(renderQuestion(session, findQuestion(parsed.data)!, answers, { fromSummary: from !== undefined }));
    }

    if (next !== undefined) return c.html(renderQuestion(session, findQuestion(next)!, answers, { fromSummary: false }));
    const score = auditScore(answers);
    return c.html(
      resultPage({
        score,
        zone: riskZone(score),
        csrfToken: session.csrfToken,
        leave: leaveControl(session),
      }),
    );
  });

  app.get(SUMMARY_PATH, (c) => {
    const session = c.var.session;
    const answers = deps.answers.answers(session);
    // Only a complete test has a summary; otherwise go on with the next question.
    if (nextUnansweredQuestion(answers) !== undefined) return c.redirect('/audit', 303);
    return c.html(summaryPage({ answers, score: auditScore(answers), leave: leaveControl(session) }));
  });

  app.post('/audit/answer', async (c) => {
    const session = c.var.session;
    const form = answerForm.safeParse(c.var.form);
    if (!form.success) return badRequest(c, session, 'Skjemaet manglet spørsmålsnummeret eller hadde et ugyldig nummer.');

    const { question: number, answer, from } = form.data;
    const answers = deps.answers.answers(session);
    const next = nextUnansweredQuestion(answers);
    if (next !== undefined && number > next) {
      return badRequest(c, session, `Svar på spørsmålene i rekkefølge. Neste spørsmål er nummer ${next}.`);
    }
    const question = findQuestion(number)!;
    if (answer === undefined || !isValidAnswer(number, answer)) {
      const error = 'Velg ett av svaralternativene før du går videre.';
      return c.html(renderQuestion(session, question, answers, { fromSummary: from !== undefined, error }), 400);
    }

    deps.answers.save(session, number, answer);
    return c.redirect(from ? SUMMARY_PATH : '/audit', 303);
  });

  app.post('/audit/restart', (c) => {
    deps.answers.clear(c.var.session);
    return c.redirect('/audit', 303);
  });

  // Ends the session before going back, so the next person on a shared device cannot reopen this test; the answers stay.
  app.post('/audit/leave', (c) => {
    const session = c.var.session;
    deps.sessions.delete(c.var.sessionId);
    c.set('sessionEnded', true);
    deleteSessionCookie(c, deps.secureCookie);
    const completed = nextUnansweredQuestion(deps.answers.answers(session)) === undefined;
    if (session.returnUrl) {
      return c.redirect(withLtiMessage(session.returnUrl, completed ? COMPLETED_MESSAGE : PROGRESS_SAVED), 303);
    }
    return c.html(
      messagePage({
        title: 'Du har forlatt testen',
        message:
          (completed
            ? 'Svarene dine er lagret. Start testen fra helseportalen igjen for å se resultatet.'
            : `${PROGRESS_SAVED} Start testen fra helseportalen igjen, så fortsetter du der du slapp.`) +
          ' Svarene vises ikke lenger i dette vinduet, og du kan nå lukke det.',
      }),
    );
  });

  return app;
}

function leaveControl(session: ToolSession): LeaveControl {
  return { csrfToken: session.csrfToken, toPortal: session.returnUrl !== undefined };
}

function renderQuestion(
  session: ToolSession,
  question: AuditQuestion,
  answers: Map<number, number>,
  { fromSummary, error }: { fromSummary: boolean; error?: string },
) {
  return questionPage({
    question,
    selected: answers.get(question.number),
    csrfToken: session.csrfToken,
    leave: leaveControl(session),
    showEnglishNotice: session.locale?.toLowerCase().startsWith('en') ?? false,
    fromSummary,
    ...(error ? { error } : {}),
  });
}

const UNREADABLE_FORM_MESSAGE = 'Skjemaet kunne ikke leses. Gå tilbake til testen og send det på nytt.';

function repeatedFieldMessage(field: string): string {
  return `Feltet «${field.slice(0, 40)}» kom mer enn én gang. Gå tilbake til testen og send skjemaet på nytt.`;
}

function badRequest(c: Context<AuditEnv>, session: ToolSession, message: string) {
  return c.html(
    messagePage({ title: 'Ugyldig forespørsel', message, leave: leaveControl(session), link: backToTest }),
    400,
  );
}
