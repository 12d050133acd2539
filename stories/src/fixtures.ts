// Sample data for the mocked host: the shapes of the host HTTP API, with Norwegian texts a designer would see.
import type { Assignment, HnUser, MyTools, ReceivedTool, Tool } from '@koblingslab/elements/api';

/** A calendar date (YYYY-MM-DD) `days` from today, so "overdue" and "due soon" stay true whenever the stories are opened. */
export function dateFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A timestamp `days` ago, at 09:30 local time. */
export function timestampDaysAgo(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() - days);
  date.setHours(9, 30, 0, 0);
  return date.toISOString();
}

function tool(fields: Partial<Tool> & Pick<Tool, 'id' | 'name' | 'summary' | 'vendor' | 'topics'>): Tool {
  return {
    description: `${fields.summary} Verktøyet er laget sammen med fagfolk og kan brukes så ofte du vil.`,
    audiences: ['citizen'],
    languages: ['nb'],
    keywords: [],
    status: 'published',
    withdrawnReason: null,
    launch: { mode: 'direct', opensIn: 'same-tab' },
    updatedAt: timestampDaysAgo(12),
    ...fields,
  };
}

export const auditTool = tool({
  id: 'audit-alkoholvaner',
  name: 'AUDIT – test dine alkoholvaner',
  summary: 'Ti spørsmål om alkoholvanene dine, med råd ut fra svarene.',
  vendor: { id: 'koblingslab-demo', name: 'Koblingslab Demo' },
  topics: ['alcohol', 'mental-health'],
  audiences: ['citizen', 'personnel'],
  languages: ['nb', 'nn', 'en'],
  keywords: ['alkohol', 'AUDIT', 'selvtest'],
  launch: { mode: 'lti', opensIn: 'same-tab' },
  updatedAt: timestampDaysAgo(2),
});

export const walkTool = tool({
  id: 'gaa-deg-glad',
  name: 'Gå deg glad',
  summary: 'Daglige gåturer med påminnelser og en enkel logg.',
  vendor: { id: 'turappen', name: 'Turappen AS' },
  topics: ['physical-activity', 'mental-health'],
  languages: ['nb', 'nn'],
  keywords: ['gåtur', 'trening'],
  launch: { mode: 'direct', opensIn: 'new-window' },
});

export const smokeFreeTool = tool({
  id: 'royklaus',
  name: 'Røykfri',
  summary: 'Slutt å røyke med støtte hver dag i de første ukene.',
  vendor: { id: 'helseapp', name: 'Helseapp' },
  topics: ['smoking'],
  languages: ['nb', 'se'],
  keywords: ['røyk', 'snus', 'slutte'],
  launch: { mode: 'sso', opensIn: 'same-tab' },
});

export const dietTool = tool({
  id: 'matvaner',
  name: 'Bedre matvaner',
  summary: 'Små endringer i kostholdet, én uke om gangen.',
  vendor: { id: 'kostholdslab', name: 'Kostholdslaben' },
  topics: ['diet'],
  keywords: ['kosthold', 'mat', 'frukt'],
});

export const sleepTool = tool({
  id: 'sov-bedre',
  name: 'Sov bedre',
  summary: 'Kognitiv atferdsterapi for søvnvansker, på egen hånd.',
  vendor: { id: 'helseapp', name: 'Helseapp' },
  topics: ['mental-health'],
  languages: ['nb', 'en'],
  keywords: ['søvn', 'insomni'],
  launch: { mode: 'lti', opensIn: 'new-window' },
});

export const screeningTool = tool({
  id: 'kartlegging-fagfolk',
  name: 'Kartlegging av rusvaner (for fagfolk)',
  summary: 'Et skjema helsepersonell fyller ut sammen med pasienten.',
  vendor: { id: 'koblingslab-demo', name: 'Koblingslab Demo' },
  topics: ['alcohol'],
  audiences: ['personnel'],
  keywords: ['kartlegging'],
});

export const withdrawnTool = tool({
  id: 'gammel-kalorikalkulator',
  name: 'Kalorikalkulatoren',
  summary: 'Regn ut hvor mye energi maten gir.',
  vendor: { id: 'kostholdslab', name: 'Kostholdslaben' },
  topics: ['diet'],
  status: 'withdrawn',
  withdrawnReason: 'Leverandøren har sluttet å oppdatere verktøyet.',
});

/** The published catalog the mocked search runs over (withdrawn tools are found by id, as on the host). */
export const catalog: Tool[] = [auditTool, walkTool, smokeFreeTool, dietTool, sleepTool, screeningTool];

/** More tools than one page holds, for "Vis flere". */
export const largeCatalog: Tool[] = [
  ...catalog,
  ...Array.from({ length: 14 }, (_, i) =>
    tool({
      id: `aktivitet-${i + 1}`,
      name: `Aktivitetsplan ${i + 1}`,
      summary: 'Et ukeprogram med korte økter du kan gjøre hjemme.',
      vendor: { id: 'turappen', name: 'Turappen AS' },
      topics: ['physical-activity'],
    }),
  ),
];

export const citizen: HnUser = { id: 'u-citizen-kari', role: 'citizen', name: 'Kari Nordmann', organisation: null };

export const personnel: HnUser = {
  id: 'u-gp-lise',
  role: 'personnel',
  name: 'Lise Lege',
  organisation: { number: '999888777', name: 'Byen legekontor' },
};

export const editor: HnUser = { id: 'u-editor-erik', role: 'editor', name: 'Erik Redaktør', organisation: null };

const organisation = { number: '999888777', name: 'Byen legekontor' };

function assignment(fields: Partial<Assignment> & Pick<Assignment, 'id'>): Assignment {
  return {
    tool: { id: auditTool.id, name: auditTool.name, status: 'published', withdrawnReason: null },
    citizen: { name: 'Kari Nordmann', pidMasked: '109155*****' },
    sender: { id: personnel.id, name: personnel.name },
    organisation,
    message: 'Ta testen før timen vår, så snakker vi om svarene.',
    dueDate: dateFromToday(14),
    status: 'sent',
    overdue: false,
    createdAt: timestampDaysAgo(1),
    openedAt: null,
    completedAt: null,
    withdrawnAt: null,
    ...fields,
  };
}

/** What a GP and her office sent: every status, an overdue one, one without a due date and one to a citizen without a name. */
export const sentAssignments: Assignment[] = [
  assignment({ id: 'a-1' }),
  assignment({
    id: 'a-2',
    tool: { id: walkTool.id, name: walkTool.name, status: 'published', withdrawnReason: null },
    citizen: { name: 'Ola Nordmann', pidMasked: '148385*****' },
    status: 'opened',
    dueDate: dateFromToday(-3),
    overdue: true,
    createdAt: timestampDaysAgo(20),
    openedAt: timestampDaysAgo(18),
  }),
  assignment({
    id: 'a-3',
    tool: { id: dietTool.id, name: dietTool.name, status: 'published', withdrawnReason: null },
    citizen: { name: null, pidMasked: '029167*****' },
    dueDate: null,
    createdAt: timestampDaysAgo(4),
  }),
  assignment({
    id: 'a-4',
    citizen: { name: 'Per Hansen', pidMasked: '238692*****' },
    status: 'completed',
    createdAt: timestampDaysAgo(30),
    openedAt: timestampDaysAgo(29),
    completedAt: timestampDaysAgo(25),
    dueDate: dateFromToday(-20),
  }),
  assignment({
    id: 'a-5',
    tool: { id: withdrawnTool.id, name: withdrawnTool.name, status: 'withdrawn', withdrawnReason: withdrawnTool.withdrawnReason },
    citizen: { name: 'Aisha Khan', pidMasked: '098974*****' },
    sender: { id: 'u-psych-1', name: 'Petter Psykolog' },
    status: 'withdrawn',
    createdAt: timestampDaysAgo(40),
    withdrawnAt: timestampDaysAgo(35),
  }),
];

function received(fields: Partial<ReceivedTool> & Pick<ReceivedTool, 'assignmentId'>): ReceivedTool {
  return {
    tool: auditTool,
    sender: { name: personnel.name },
    organisation,
    message: 'Ta testen før timen vår, så snakker vi om svarene.',
    dueDate: dateFromToday(14),
    status: 'sent',
    overdue: false,
    createdAt: timestampDaysAgo(1),
    openedAt: null,
    completedAt: null,
    shareResults: false,
    ...fields,
  };
}

/** Kari's tools: received ones in every state (overdue, completed, withdrawn tool, withdrawn assignment, SSO) and saved ones. */
export const myTools: MyTools = {
  received: [
    received({ assignmentId: 'r-1' }),
    received({
      assignmentId: 'r-2',
      tool: walkTool,
      message: 'Prøv å gå en tur hver dag denne måneden.',
      status: 'opened',
      dueDate: dateFromToday(-2),
      overdue: true,
      createdAt: timestampDaysAgo(21),
      openedAt: timestampDaysAgo(20),
    }),
    received({ assignmentId: 'r-3', tool: smokeFreeTool, message: '', dueDate: null, createdAt: timestampDaysAgo(6) }),
    received({
      assignmentId: 'r-4',
      tool: dietTool,
      message: 'Skriv ned hva du spiser i en uke, så ser vi på det sammen.',
      status: 'completed',
      createdAt: timestampDaysAgo(40),
      openedAt: timestampDaysAgo(39),
      completedAt: timestampDaysAgo(30),
      dueDate: dateFromToday(-25),
    }),
    received({ assignmentId: 'r-5', tool: withdrawnTool, message: 'Bruk denne til neste kontroll.', createdAt: timestampDaysAgo(50) }),
    received({
      assignmentId: 'r-6',
      tool: sleepTool,
      sender: { name: 'Petter Psykolog' },
      organisation: { number: '974600000', name: 'Psykisk helsetjeneste, Byen kommune' },
      message: 'Denne passer ikke likevel, vi tar det opp neste gang.',
      status: 'withdrawn',
      createdAt: timestampDaysAgo(9),
    }),
  ],
  saved: [
    { tool: sleepTool, savedAt: timestampDaysAgo(3) },
    { tool: walkTool, savedAt: timestampDaysAgo(10) },
    { tool: withdrawnTool, savedAt: timestampDaysAgo(60) },
  ],
};

/** More than one page of sent assignments, for "Vis flere": the fixtures first, then older sends. */
export const manySentAssignments: Assignment[] = [
  ...sentAssignments,
  ...Array.from({ length: 12 }, (_, i) =>
    assignment({
      id: `a-older-${i + 1}`,
      tool: { id: sleepTool.id, name: sleepTool.name, status: 'published', withdrawnReason: null },
      citizen: { name: `Innbygger ${i + 1}`, pidMasked: '178580*****' },
      status: 'completed',
      dueDate: null,
      createdAt: timestampDaysAgo(45 + i),
      openedAt: timestampDaysAgo(44 + i),
      completedAt: timestampDaysAgo(43 + i),
    }),
  ),
];

/** A synthetic fødselsnummer (month +80, shared/vectors/fnr.json): passes the form's live check, as in the demo. */
export const syntheticPid = '10915596784';
