import type { Audience, Language, Topic } from '../catalog/vocabulary.ts';
import type { OpensIn, ToolStatus } from '../db/schema.ts';

export interface SeedVendor {
  id: string;
  name: string;
  sector: string;
  website: string;
}

export type SeedLaunch =
  | { mode: 'direct'; url: string }
  /** `launchUrl` undefined means the demo tool, whose URL and credentials come from the config. */
  | { mode: 'lti'; launchUrl?: string; consumerKey?: string; custom?: Record<string, string> }
  | { mode: 'sso'; initiateLoginUri: string; clientId: string };

export interface SeedTool {
  id: string;
  vendorId: string;
  name: string;
  summary: string;
  description: string;
  keywords: string[];
  topics: Topic[];
  audiences: Audience[];
  languages: Language[];
  status?: ToolStatus;
  withdrawnReason?: string;
  opensIn: OpensIn;
  launch: SeedLaunch;
}

export const DEMO_TOOL_ID = 'audit-alkoholvaner';

export const SEED_VENDORS: readonly SeedVendor[] = [
  { id: 'koblingslab-demo', name: 'Koblingslab demoverktøy', sector: 'koblingslab-demo', website: 'https://koblingslab.example' },
  { id: 'mestringslab', name: 'Mestringslab AS', sector: 'mestringslab.example', website: 'https://mestringslab.example' },
  { id: 'aktiv-hverdag', name: 'Aktiv Hverdag AS', sector: 'aktivhverdag.example', website: 'https://aktivhverdag.example' },
  { id: 'kostkompasset', name: 'Kostkompasset AS', sector: 'kostkompasset.example', website: 'https://kostkompasset.example' },
  { id: 'royksluttlab', name: 'Røykesluttlaben AS', sector: 'royksluttlab.example', website: 'https://royksluttlab.example' },
  { id: 'nordlys-helse', name: 'Nordlys Helseteknologi AS', sector: 'nordlyshelse.example', website: 'https://nordlyshelse.example' },
];

export const SEED_TOOLS: readonly SeedTool[] = [
  {
    id: DEMO_TOOL_ID,
    vendorId: 'koblingslab-demo',
    name: 'AUDIT – test dine alkoholvaner',
    summary: 'Ti spørsmål fra Verdens helseorganisasjon som viser om alkoholvanene dine gir risiko for helsa.',
    description:
      'AUDIT er en kort, anerkjent test for å kartlegge alkoholbruk. Du svarer på ti spørsmål om hvor ofte og hvor mye du drikker, ' +
      'og får en poengsum med råd om hva du kan gjøre videre. Svarene lagres slik at du kan ta testen igjen og se endringen over tid.',
    keywords: ['alkohol', 'AUDIT', 'rus', 'drikkevaner', 'selvtest'],
    topics: ['alcohol'],
    audiences: ['citizen', 'personnel'],
    languages: ['nb', 'nn', 'en'],
    opensIn: 'same-tab',
    launch: { mode: 'lti' },
  },
  {
    id: 'drikkedagboka',
    vendorId: 'nordlys-helse',
    name: 'Drikkedagboka',
    summary: 'Før dagbok over alkoholenheter og se mønstre i drikkingen din uke for uke.',
    description:
      'Drikkedagboka hjelper deg å registrere hva og hvor mye du drikker. Appen regner om til alkoholenheter, viser ukesoversikt ' +
      'og lar deg sette egne mål for alkoholfrie dager. Ingen innlogging er nødvendig.',
    keywords: ['alkoholenheter', 'dagbok', 'helgefyll', 'mål'],
    topics: ['alcohol'],
    audiences: ['citizen'],
    languages: ['nb'],
    opensIn: 'new-window',
    launch: { mode: 'direct', url: 'https://drikkedagboka.example/start' },
  },
  {
    id: 'samtaleguide-alkohol',
    vendorId: 'nordlys-helse',
    name: 'Samtaleguide om alkohol',
    summary: 'Strukturert støtte for korte samtaler om alkohol i allmennpraksis, basert på motiverende intervju.',
    description:
      'Samtaleguiden gir helsepersonell forslag til åpne spørsmål, tilbakemeldinger og oppsummeringer i en kort intervensjon om alkohol. ' +
      'Den følger anbefalingene i nasjonal faglig retningslinje for alkoholbruk i primærhelsetjenesten.',
    keywords: ['motiverende intervju', 'kort intervensjon', 'alkohol', 'allmennpraksis'],
    topics: ['alcohol'],
    audiences: ['personnel'],
    languages: ['nb'],
    opensIn: 'new-window',
    launch: { mode: 'sso', initiateLoginUri: 'https://nordlyshelse.example/oidc/login', clientId: 'nordlys-samtaleguide' },
  },
  {
    id: 'alkoholfri-manad',
    vendorId: 'nordlys-helse',
    name: 'Ein alkoholfri månad',
    summary: 'Ta ein pause frå alkohol i tretti dagar og sjå kva som skjer med søvn, humør og økonomi.',
    description:
      'Du får ei påminning kvar dag, tips til alkoholfrie alternativ og ei oversikt over kor mykje pengar du har spart. ' +
      'Programmet er skrive på nynorsk og passar for deg som vil kjenne etter korleis kvardagen blir utan alkohol.',
    keywords: ['alkoholfri', 'pause', 'drikkevanar'],
    topics: ['alcohol'],
    audiences: ['citizen'],
    languages: ['nn'],
    opensIn: 'new-window',
    launch: { mode: 'direct', url: 'https://nordlyshelse.example/alkoholfri' },
  },
  {
    id: 'slutta',
    vendorId: 'royksluttlab',
    name: 'Slutta – røykeslutt steg for steg',
    summary: 'Et seksukers program som hjelper deg å slutte å røyke, med daglige oppgaver og hjelp når suget kommer.',
    description:
      'Slutta lager en sluttplan sammen med deg, minner deg på sluttdatoen og gir deg øvelser for å takle abstinens og røyksug. ' +
      'Programmet viser hvor mye penger du har spart og hvordan helsa bedres dag for dag.',
    keywords: ['røykeslutt', 'nikotin', 'sigaretter', 'abstinens', 'røyksug'],
    topics: ['smoking'],
    audiences: ['citizen'],
    languages: ['nb', 'nn'],
    opensIn: 'same-tab',
    launch: { mode: 'lti', launchUrl: 'https://royksluttlab.example/lti/launch', custom: { Program: 'slutta-6-uker' } },
  },
  {
    id: 'quit-coach',
    vendorId: 'royksluttlab',
    name: 'Quit Coach',
    summary: 'A 28-day programme in English to help you stop smoking, with tools for cravings and daily progress.',
    description:
      'Quit Coach is for English-speaking residents of Norway who want to stop smoking. You set a quit date, learn what ' +
      'triggers your cravings and get advice on nicotine replacement available from Norwegian pharmacies.',
    keywords: ['smoking', 'quit', 'nicotine', 'røykeslutt'],
    topics: ['smoking'],
    audiences: ['citizen'],
    languages: ['en'],
    opensIn: 'same-tab',
    launch: { mode: 'lti', launchUrl: 'https://royksluttlab.example/lti/launch?lang=en' },
  },
  {
    id: 'snusfri',
    vendorId: 'royksluttlab',
    name: 'Snusfri på 30 dager',
    summary: 'Tretti dager med små oppgaver som hjelper deg å kutte ut snus.',
    description:
      'Snusfri gir deg én oppgave om dagen i tretti dager. Du lærer å kjenne igjen situasjonene der du pleier å snuse, ' +
      'og får tips om nikotinerstatning og hva du kan gjøre i stedet.',
    keywords: ['snus', 'nikotin', 'snusslutt'],
    topics: ['smoking'],
    audiences: ['citizen'],
    languages: ['nb'],
    opensIn: 'new-window',
    launch: { mode: 'direct', url: 'https://snusfri.example/' },
  },
  {
    id: 'royksluttveiledning',
    vendorId: 'royksluttlab',
    name: 'Røykesluttveiledning for helsepersonell',
    summary: 'Verktøy for å planlegge og følge opp røykeslutt hos pasienter, med oversikt over legemidler.',
    description:
      'Veiledningen tar helsepersonell gjennom en strukturert samtale om røykeslutt, hjelper med valg av nikotinerstatning ' +
      'eller reseptbelagte legemidler og lager en oppfølgingsplan pasienten kan ta med seg.',
    keywords: ['røykeslutt', 'legemidler', 'oppfølging', 'vareniklin'],
    topics: ['smoking'],
    audiences: ['personnel'],
    languages: ['nb'],
    opensIn: 'new-window',
    launch: { mode: 'sso', initiateLoginUri: 'https://royksluttlab.example/oidc/login', clientId: 'royksluttlab-veiledning' },
  },
  {
    id: 'styrke-hjemme',
    vendorId: 'aktiv-hverdag',
    name: 'Styrketrening hjemme',
    summary: 'Korte økter med styrkeøvelser du kan gjøre i stua, uten utstyr.',
    description:
      'Programmet gir deg tre styrkeøkter i uka på femten til tjue minutter. Videoer viser hver øvelse, ' +
      'og øktene blir gradvis tyngre etter hvert som du blir sterkere. Passer for nybegynnere.',
    keywords: ['styrkeøvelser', 'hjemmeøkt', 'muskler', 'uten utstyr'],
    topics: ['physical-activity'],
    audiences: ['citizen'],
    languages: ['nb'],
    opensIn: 'same-tab',
    launch: { mode: 'lti', launchUrl: 'https://aktivhverdag.example/lti/launch?program=styrke', custom: { 'Nivå': 'nybegynner' } },
  },
  {
    id: 'gatur-utfordringen',
    vendorId: 'aktiv-hverdag',
    name: 'Gåtur-utfordringen',
    summary: 'Sett et mål for daglige skritt og få påminnelser om å gå en tur.',
    description:
      'Gåtur-utfordringen teller skritt via telefonen og foreslår turer i nærområdet. Du kan utfordre venner og familie, ' +
      'og appen feirer når du når ukemålet ditt. Tilgjengelig på bokmål, nynorsk og nordsamisk.',
    keywords: ['gå', 'skritt', 'tur', 'hverdagsaktivitet', 'vázzin'],
    topics: ['physical-activity'],
    audiences: ['citizen'],
    languages: ['nb', 'nn', 'se'],
    opensIn: 'new-window',
    launch: { mode: 'direct', url: 'https://gaturutfordringen.example/' },
  },
  {
    id: 'aktivitet-pa-resept',
    vendorId: 'aktiv-hverdag',
    name: 'Fysisk aktivitet på resept',
    summary: 'Lag en aktivitetsresept sammen med pasienten og følg opp treningen over tolv uker.',
    description:
      'Verktøyet hjelper helsepersonell å kartlegge aktivitetsnivå, sette realistiske mål og skrive en individuell resept ' +
      'for trening og hverdagsaktivitet. Pasienten får påminnelser, og du ser fremgangen ved neste konsultasjon.',
    keywords: ['FaR', 'trening', 'aktivitetsresept', 'oppfølging'],
    topics: ['physical-activity'],
    audiences: ['personnel'],
    languages: ['nb'],
    opensIn: 'same-tab',
    launch: { mode: 'lti', launchUrl: 'https://aktivhverdag.example/lti/launch?program=far' },
  },
  {
    id: 'balanse-og-styrke',
    vendorId: 'aktiv-hverdag',
    name: 'Balanse og styrke for seniorer',
    summary: 'Øvelser som bedrer balansen og forebygger fall, tilpasset eldre.',
    description:
      'Et tolv ukers program med enkle øvelser for balanse og beinstyrke, utviklet sammen med fysioterapeuter. ' +
      'Studier viser at slike øvelser reduserer risikoen for fall hos hjemmeboende eldre.',
    keywords: ['fallforebygging', 'eldre', 'balanse', 'fysioterapi'],
    topics: ['physical-activity'],
    audiences: ['citizen', 'personnel'],
    languages: ['nb', 'en'],
    opensIn: 'new-window',
    launch: { mode: 'direct', url: 'https://aktivhverdag.example/balanse' },
  },
  {
    id: 'matdagboka',
    vendorId: 'kostkompasset',
    name: 'Matdagboka',
    summary: 'Registrer måltidene dine og få enkle forslag til sunnere valg.',
    description:
      'Matdagboka lar deg ta bilde av eller skrive inn det du spiser. Du får en oversikt over måltidsrytme, frukt og grønt ' +
      'og sukker, og forslag til små endringer i tråd med Helsedirektoratets kostråd.',
    keywords: ['kosthold', 'måltider', 'kostråd', 'sukker', 'grønnsaker'],
    topics: ['diet'],
    audiences: ['citizen'],
    languages: ['nb'],
    opensIn: 'same-tab',
    launch: { mode: 'lti', launchUrl: 'https://kostkompasset.example/lti/launch' },
  },
  {
    id: 'handlelista',
    vendorId: 'kostkompasset',
    name: 'Handlelista – sunnere matvalg',
    summary: 'Lag handleliste med sunne alternativer og Nøkkelhull-merkede varer.',
    description:
      'Handlelista foreslår sunnere bytter når du planlegger innkjøp, for eksempel grovt brød i stedet for fint og ' +
      'vann i stedet for brus. Ukemenyer gjør det enklere å lage middag hjemme.',
    keywords: ['handleliste', 'Nøkkelhullet', 'ukemeny', 'middag'],
    topics: ['diet'],
    audiences: ['citizen'],
    languages: ['nb', 'en'],
    opensIn: 'new-window',
    launch: { mode: 'direct', url: 'https://kostkompasset.example/handlelista' },
  },
  {
    id: 'kosthold-diabetes',
    vendorId: 'kostkompasset',
    name: 'Kosthold ved diabetes type 2',
    summary: 'Kurs om mat, blodsukker og vekt for deg som har eller er i risiko for diabetes type 2.',
    description:
      'Kurset består av åtte korte leksjoner om karbohydrater, måltidsrytme og vektreduksjon. Helsepersonell kan bruke ' +
      'materialet i gruppeundervisning og følge deltakernes fremgang.',
    keywords: ['diabetes', 'blodsukker', 'vektreduksjon', 'karbohydrater'],
    topics: ['diet'],
    audiences: ['citizen', 'personnel'],
    languages: ['nb'],
    opensIn: 'same-tab',
    launch: { mode: 'sso', initiateLoginUri: 'https://kostkompasset.example/oidc/login', clientId: 'kostkompasset-diabetes' },
  },
  {
    id: 'matglede',
    vendorId: 'kostkompasset',
    name: 'Matglede – betre måltid i kvardagen',
    summary: 'Enkle oppskrifter og tips til regelmessige måltid for travle vaksne.',
    description:
      'Matglede gjev deg vekeplanar med rimelege og sunne oppskrifter, og hjelper deg å få til faste måltid gjennom dagen. ' +
      'Verktøyet er skrive på nynorsk.',
    keywords: ['oppskrifter', 'måltid', 'vekeplan', 'nynorsk'],
    topics: ['diet'],
    audiences: ['citizen'],
    languages: ['nn'],
    opensIn: 'new-window',
    launch: { mode: 'direct', url: 'https://matglede.example/' },
  },
  {
    id: 'mestre-angst',
    vendorId: 'mestringslab',
    name: 'Mestre angst',
    summary: 'Internettbasert kognitiv terapi for deg som kjenner på angst og uro i hverdagen.',
    description:
      'Mestre angst er et selvhjelpsprogram over åtte uker. Du lærer hvordan angst virker i kroppen, øver på å tåle ubehag ' +
      'og trener på situasjoner du pleier å unngå, i ditt eget tempo.',
    keywords: ['angst', 'uro', 'kognitiv terapi', 'eksponering', 'panikk'],
    topics: ['mental-health'],
    audiences: ['citizen'],
    languages: ['nb', 'nn'],
    opensIn: 'same-tab',
    launch: { mode: 'lti', launchUrl: 'https://mestringslab.example/lti/launch', custom: { 'Kurs-ID': 'angst-8' } },
  },
  {
    id: 'trygg-i-sosiale-situasjoner',
    vendorId: 'mestringslab',
    name: 'Trygg i sosiale situasjoner',
    summary: 'Selvhjelpskurs mot sosialangst, med øvelser du gjør mellom hver leksjon.',
    description:
      'Kurset er for deg som gruer deg til å snakke i møter, spise med andre eller ta kontakt med nye mennesker. ' +
      'Gjennom ti leksjoner lærer du teknikker fra kognitiv atferdsterapi og prøver dem ut i hverdagen.',
    keywords: ['sosialangst', 'sjenanse', 'KAT'],
    topics: ['mental-health'],
    audiences: ['citizen'],
    languages: ['nb'],
    opensIn: 'same-tab',
    launch: { mode: 'lti', launchUrl: 'https://mestringslab.example/lti/launch?kurs=sosial' },
  },
  {
    id: 'sovnskolen',
    vendorId: 'mestringslab',
    name: 'Søvnskolen',
    summary: 'Bedre søvn på seks uker med metoder fra kognitiv terapi for insomni.',
    description:
      'Søvnskolen hjelper deg å føre søvndagbok, regulere tiden i sengen og håndtere tanker som holder deg våken. ' +
      'Metoden anbefales som førstevalg ved langvarige søvnvansker.',
    keywords: ['søvn', 'insomni', 'søvnvansker', 'søvndagbok'],
    topics: ['mental-health'],
    audiences: ['citizen', 'personnel'],
    languages: ['nb', 'nn', 'en'],
    opensIn: 'new-window',
    launch: { mode: 'lti', launchUrl: 'https://mestringslab.example/lti/launch?kurs=sovn' },
  },
  {
    id: 'humordagboka',
    vendorId: 'mestringslab',
    name: 'Mood diary',
    summary: 'Track your mood, sleep and activities, and notice what lifts your spirits.',
    description:
      'A short daily check-in: rate your mood, note what you did and how you slept. Weekly charts help you spot patterns ' +
      'to discuss with your GP or psychologist. Available in English and Norwegian bokmål.',
    keywords: ['mood', 'humør', 'depression', 'diary'],
    topics: ['mental-health'],
    audiences: ['citizen'],
    languages: ['en', 'nb'],
    opensIn: 'new-window',
    launch: { mode: 'direct', url: 'https://mestringslab.example/mood' },
  },
  {
    id: 'stressmestring',
    vendorId: 'nordlys-helse',
    name: 'Stressmestring i arbeidslivet',
    summary: 'Kurs i å håndtere stress og forebygge utbrenthet, med pusteøvelser og oppmerksomt nærvær.',
    description:
      'Fire moduler om stressreaksjoner, grensesetting, hvile og oppmerksomt nærvær. Passer for arbeidstakere ' +
      'og kan brukes av bedriftshelsetjenesten i oppfølging.',
    keywords: ['stress', 'utbrenthet', 'mindfulness', 'arbeid'],
    topics: ['mental-health'],
    audiences: ['citizen', 'personnel'],
    languages: ['nb', 'en'],
    opensIn: 'new-window',
    launch: { mode: 'sso', initiateLoginUri: 'https://nordlyshelse.example/oidc/login', clientId: 'nordlys-stress' },
  },
  {
    id: 'phq9-screening',
    vendorId: 'nordlys-helse',
    name: 'Depresjonsscreening med PHQ-9',
    summary: 'Digital PHQ-9 for helsepersonell, med skåring og forslag til videre tiltak.',
    description:
      'Pasienten fyller ut PHQ-9 på venterommet eller hjemme, og du får skåren og alvorlighetsgraden ferdig beregnet. ' +
      'Verktøyet viser utviklingen over flere målinger.',
    keywords: ['depresjon', 'PHQ-9', 'screening', 'kartlegging'],
    topics: ['mental-health'],
    audiences: ['personnel'],
    languages: ['nb'],
    opensIn: 'new-window',
    launch: { mode: 'direct', url: 'https://nordlyshelse.example/phq9' },
  },
  {
    id: 'livsstilssamtalen',
    vendorId: 'nordlys-helse',
    name: 'Livsstilssamtalen',
    summary: 'Kartlegg alkohol, røyk, kosthold og fysisk aktivitet i én samtale, og lag en felles plan.',
    description:
      'Livsstilssamtalen samler de viktigste spørsmålene om levevaner i ett skjema. Helsepersonell får en oversikt ' +
      'over risikofaktorer og kan sende relevante selvhjelpsverktøy videre til pasienten.',
    keywords: ['levevaner', 'livsstil', 'helsesamtale', 'risikofaktorer'],
    topics: ['alcohol', 'physical-activity', 'diet', 'smoking'],
    audiences: ['personnel'],
    languages: ['nb'],
    opensIn: 'same-tab',
    launch: { mode: 'lti', launchUrl: 'https://nordlyshelse.example/lti/launch' },
  },
  {
    id: 'aktiv-med-kols',
    vendorId: 'aktiv-hverdag',
    name: 'Aktiv med KOLS',
    summary: 'Pusteteknikker og trygg fysisk aktivitet for deg som har KOLS eller har sluttet å røyke.',
    description:
      'Programmet kombinerer pusteøvelser, gange og lett styrke for personer med kronisk obstruktiv lungesykdom. ' +
      'Du får råd om å holde deg røykfri og om å trene trygt med tung pust.',
    keywords: ['KOLS', 'lunger', 'pust', 'røykfri'],
    topics: ['physical-activity', 'smoking'],
    audiences: ['citizen'],
    languages: ['nb'],
    opensIn: 'same-tab',
    launch: { mode: 'direct', url: 'https://aktivhverdag.example/kols' },
  },
  {
    id: 'kaloriteller-classic',
    vendorId: 'kostkompasset',
    name: 'Kaloriteller Classic',
    summary: 'Tell kalorier i alt du spiser.',
    description: 'En eldre kaloriteller med stor matvaredatabase.',
    keywords: ['kalorier', 'slanking'],
    topics: ['diet'],
    audiences: ['citizen'],
    languages: ['nb'],
    status: 'withdrawn',
    withdrawnReason: 'Trukket tilbake fordi rådene ikke lenger følger nasjonale kostråd. Bruk Matdagboka i stedet.',
    opensIn: 'new-window',
    launch: { mode: 'direct', url: 'https://kostkompasset.example/kaloriteller' },
  },
  {
    id: 'pusterom',
    vendorId: 'mestringslab',
    name: 'Pusterom – pusteøvelser mot uro',
    summary: 'Korte lydguider med pusteøvelser. Under utvikling.',
    description: 'Et utkast som ikke er publisert ennå.',
    keywords: ['pust', 'uro', 'avspenning'],
    topics: ['mental-health'],
    audiences: ['citizen'],
    languages: ['nb'],
    status: 'draft',
    opensIn: 'same-tab',
    launch: { mode: 'direct', url: 'https://mestringslab.example/pusterom' },
  },
];
