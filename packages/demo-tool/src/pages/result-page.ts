import { html } from 'hono/html';
import { AUDIT_MAX_SCORE, riskZones, type RiskZone } from '../audit/questionnaire.ts';
import { layout, leaveForm, type Html, type LeaveControl } from './layout.ts';
import { SUMMARY_PATH } from './summary-page.ts';

export interface ResultPageModel {
  score: number;
  zone: RiskZone;
  csrfToken: string;
  leave: LeaveControl;
}

export function resultPage(m: ResultPageModel): Html {
  return layout(
    'Resultatet ditt',
    html`<h1>Resultatet ditt</h1>
<p class="score">Du fikk <strong>${m.score}</strong> av ${AUDIT_MAX_SCORE} poeng.</p>
<section class="zone zone-${m.zone.id}" aria-labelledby="zone-title">
<h2 id="zone-title">Risikosone ${m.zone.id}: ${m.zone.title}</h2>
<p>${m.zone.explanation}</p>
</section>
<h2>Slik leser du resultatet</h2>
<ul class="zones">
${riskZones.map(
  (zone) => html`<li${zone.id === m.zone.id ? html` aria-current="true" class="current"` : ''}>Sone ${zone.id}, ${zone.min}–${zone.max} poeng: ${zone.title}</li>`,
)}
</ul>
<p>Grensene er fra Verdens helseorganisasjons (WHO) veileder for AUDIT.</p>
<div class="actions">
<a href="${SUMMARY_PATH}">Se over svarene dine</a>
<form method="post" action="/audit/restart" accept-charset="UTF-8">
<input type="hidden" name="csrf" value="${m.csrfToken}">
<button type="submit" class="secondary">Ta testen på nytt</button>
</form>
</div>
${leaveForm(m.leave)}`,
  );
}
