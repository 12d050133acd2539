import { html } from 'hono/html';
import { AUDIT_MAX_SCORE, auditQuestions } from '../audit/questionnaire.ts';
import { layout, leaveForm, type Html, type LeaveControl } from './layout.ts';

export const SUMMARY_PATH = '/audit/summary';

export interface SummaryPageModel {
  /** A complete set of answers, keyed by question number. */
  answers: ReadonlyMap<number, number>;
  score: number;
  leave: LeaveControl;
}

/** "Se over svarene dine": every question with the chosen answer and its points, each with a way to change it. */
export function summaryPage(m: SummaryPageModel): Html {
  return layout(
    'Svarene dine',
    html`<h1>Svarene dine</h1>
<p>Du fikk <strong>${m.score}</strong> av ${AUDIT_MAX_SCORE} poeng. Endrer du et svar, regnes resultatet ut på nytt.</p>
<ol class="summary">
${auditQuestions.map((question) => {
  const score = m.answers.get(question.number);
  const chosen = question.options.find((option) => option.score === score);
  return html`<li>
<h2>Spørsmål ${question.number}</h2>
<p>${question.text}</p>
<p>Svaret ditt: <strong>${chosen?.label ?? 'Ikke besvart'}</strong>${chosen ? ` (${chosen.score} poeng)` : ''}</p>
<p><a href="/audit?question=${question.number}&amp;from=summary">Endre<span class="visually-hidden"> svaret på spørsmål ${question.number}</span></a></p>
</li>`;
})}
</ol>
<div class="actions">
<a href="/audit">Tilbake til resultatet</a>
</div>
${leaveForm(m.leave)}`,
  );
}
