// AUDIT (Alcohol Use Disorders Identification Test, WHO 2001) in Norwegian bokmål, close to Helsedirektoratet's wording.
// The self-report form asks all ten questions; the interview's skip rules (after Q1 = "Aldri") are not applied.

export interface AnswerOption {
  readonly score: number;
  readonly label: string;
}

export interface AuditQuestion {
  /** 1–10, the WHO numbering. */
  readonly number: number;
  readonly text: string;
  readonly hint?: string;
  readonly options: readonly AnswerOption[];
}

export type RiskZoneId = 'I' | 'II' | 'III' | 'IV';

export interface RiskZone {
  readonly id: RiskZoneId;
  readonly min: number;
  readonly max: number;
  readonly title: string;
  readonly explanation: string;
}

export const AUDIT_QUESTION_COUNT = 10;
export const AUDIT_MAX_SCORE = 40;

const frequencyLastYear: readonly AnswerOption[] = [
  { score: 0, label: 'Aldri' },
  { score: 1, label: 'Sjeldnere enn månedlig' },
  { score: 2, label: 'Månedlig' },
  { score: 3, label: 'Ukentlig' },
  { score: 4, label: 'Daglig eller nesten daglig' },
];

const harmOrConcern: readonly AnswerOption[] = [
  { score: 0, label: 'Nei' },
  { score: 2, label: 'Ja, men ikke i løpet av det siste året' },
  { score: 4, label: 'Ja, i løpet av det siste året' },
];

const unitHint =
  'Én alkoholenhet er for eksempel en liten flaske øl (33 cl), et glass vin (12 cl) eller en drink med brennevin (4 cl).';

export const auditQuestions: readonly AuditQuestion[] = [
  {
    number: 1,
    text: 'Hvor ofte drikker du alkohol?',
    options: [
      { score: 0, label: 'Aldri' },
      { score: 1, label: 'Månedlig eller sjeldnere' },
      { score: 2, label: '2–4 ganger i måneden' },
      { score: 3, label: '2–3 ganger i uken' },
      { score: 4, label: '4 ganger i uken eller mer' },
    ],
  },
  {
    number: 2,
    text: 'Hvor mange alkoholenheter drikker du på en typisk dag når du drikker?',
    hint: unitHint,
    options: [
      { score: 0, label: '1–2' },
      { score: 1, label: '3–4' },
      { score: 2, label: '5–6' },
      { score: 3, label: '7–9' },
      { score: 4, label: '10 eller flere' },
    ],
  },
  {
    number: 3,
    text: 'Hvor ofte drikker du seks alkoholenheter eller mer ved én anledning?',
    hint: unitHint,
    options: frequencyLastYear,
  },
  {
    number: 4,
    text: 'Hvor ofte i løpet av det siste året har du ikke klart å stoppe å drikke når du først hadde begynt?',
    options: frequencyLastYear,
  },
  {
    number: 5,
    text: 'Hvor ofte i løpet av det siste året har du unnlatt å gjøre det som normalt forventes av deg, fordi du hadde drukket?',
    options: frequencyLastYear,
  },
  {
    number: 6,
    text: 'Hvor ofte i løpet av det siste året har du trengt en drink om morgenen for å komme i gang etter en kraftig rangel?',
    options: frequencyLastYear,
  },
  {
    number: 7,
    text: 'Hvor ofte i løpet av det siste året har du hatt skyldfølelse eller samvittighetsnag på grunn av drikking?',
    options: frequencyLastYear,
  },
  {
    number: 8,
    text: 'Hvor ofte i løpet av det siste året har du ikke husket hva som hendte kvelden før, fordi du hadde drukket?',
    options: frequencyLastYear,
  },
  {
    number: 9,
    text: 'Har du eller noen andre blitt skadet som følge av at du hadde drukket?',
    options: harmOrConcern,
  },
  {
    number: 10,
    text: 'Har en slektning, venn, lege eller annet helsepersonell vært bekymret for drikkingen din, eller foreslått at du bør redusere?',
    options: harmOrConcern,
  },
];

// Zone boundaries from the WHO AUDIT manual (Babor et al. 2001), table 5.
export const riskZones: readonly RiskZone[] = [
  {
    id: 'I',
    min: 0,
    max: 7,
    title: 'Lav risiko',
    explanation:
      'Svarene dine tyder på at alkoholbruken din gir lav risiko for helseskader. ' +
      'Det er likevel lurt å være bevisst på hvor mye og hvor ofte du drikker.',
  },
  {
    id: 'II',
    min: 8,
    max: 15,
    title: 'Risikofylt bruk',
    explanation:
      'Svarene dine tyder på at alkoholbruken din gir økt risiko for helseskader. ' +
      'Det kan være lurt å drikke mindre og sjeldnere. Råd om å redusere er ofte nok til å gjøre en forskjell.',
  },
  {
    id: 'III',
    min: 16,
    max: 19,
    title: 'Skadelig bruk',
    explanation:
      'Svarene dine tyder på at alkoholbruken din allerede kan skade helsen din. ' +
      'Vi anbefaler at du snakker med fastlegen eller annet helsepersonell om drikkingen din.',
  },
  {
    id: 'IV',
    min: 20,
    max: AUDIT_MAX_SCORE,
    title: 'Mulig avhengighet',
    explanation:
      'Svarene dine tyder på at du kan ha utviklet en avhengighet av alkohol. ' +
      'Vi anbefaler at du tar kontakt med fastlegen for en grundigere vurdering og hjelp.',
  },
];

export function findQuestion(questionNumber: number): AuditQuestion | undefined {
  return auditQuestions.find((question) => question.number === questionNumber);
}

export function isValidAnswer(questionNumber: number, score: number): boolean {
  return findQuestion(questionNumber)?.options.some((option) => option.score === score) ?? false;
}

/** The total (0–40) of a complete set of answers, keyed by question number. Throws RangeError when incomplete or invalid. */
export function auditScore(answers: ReadonlyMap<number, number>): number {
  let total = 0;
  for (const question of auditQuestions) {
    const score = answers.get(question.number);
    if (score === undefined) throw new RangeError(`Question ${question.number} is not answered`);
    if (!isValidAnswer(question.number, score)) {
      throw new RangeError(`${score} is not a valid answer to question ${question.number}`);
    }
    total += score;
  }
  return total;
}

export function riskZone(score: number): RiskZone {
  const zone = riskZones.find((candidate) => Number.isInteger(score) && score >= candidate.min && score <= candidate.max);
  if (!zone) throw new RangeError(`${score} is not an AUDIT score (0–${AUDIT_MAX_SCORE})`);
  return zone;
}

/** The lowest question number without an answer, or undefined when all are answered. */
export function nextUnansweredQuestion(answers: ReadonlyMap<number, number>): number | undefined {
  return auditQuestions.find((question) => !answers.has(question.number))?.number;
}
