import { html } from 'hono/html';
import { AUDIT_QUESTION_COUNT, type AuditQuestion } from '../audit/questionnaire.ts';
import { layout, leaveForm, type Html, type LeaveControl } from './layout.ts';
import { SUMMARY_PATH } from './summary-page.ts';

export interface QuestionPageModel {
  question: AuditQuestion;
  /** The score already saved for this question, shown as the checked option. */
  selected: number | undefined;
  csrfToken: string;
  leave: LeaveControl;
  /** Shown in English when the portal launched the tool in English: the test exists only in bokmål. */
  showEnglishNotice: boolean;
  /** Opened with "Endre" from the summary: saving goes back there. */
  fromSummary: boolean;
  /** A readable sentence when the last submission was refused, shown above the form. */
  error?: string;
}

export function questionPage(m: QuestionPageModel): Html {
  const { question } = m;
  const hintId = `hint-${question.number}`;
  const isLast = question.number === AUDIT_QUESTION_COUNT;
  return layout(
    `Spørsmål ${question.number} av ${AUDIT_QUESTION_COUNT}`,
    html`<h1>Spørsmål ${question.number} av ${AUDIT_QUESTION_COUNT}</h1>
${m.showEnglishNotice ? html`<p lang="en" class="notice">This test is only available in Norwegian (bokmål).</p>` : ''}
${m.error ? html`<p class="error" role="alert">${m.error}</p>` : ''}
<form method="post" action="/audit/answer" accept-charset="UTF-8">
<input type="hidden" name="csrf" value="${m.csrfToken}">
<input type="hidden" name="question" value="${question.number}">
${m.fromSummary ? html`<input type="hidden" name="from" value="summary">` : ''}
<fieldset${question.hint ? html` aria-describedby="${hintId}"` : ''}>
<legend>${question.text}</legend>
${question.hint ? html`<p id="${hintId}" class="hint">${question.hint}</p>` : ''}
${question.options.map(
  (option, index) => html`<div class="option">
<input type="radio" id="q${question.number}-${index}" name="answer" value="${option.score}" required${
    option.score === m.selected ? html` checked` : ''
  }>
<label for="q${question.number}-${index}">${option.label}</label>
</div>`,
)}
</fieldset>
<div class="actions">
${m.fromSummary
  ? html`<button type="submit">Lagre endringen</button>
<a href="${SUMMARY_PATH}">Tilbake til svarene dine</a>`
  : html`<button type="submit">${isLast ? 'Se resultatet' : 'Neste'}</button>
${question.number > 1 ? html`<a href="/audit?question=${question.number - 1}">Forrige spørsmål</a>` : ''}`}
</div>
</form>
${leaveForm(m.leave, { midTest: !m.fromSummary })}`,
  );
}
