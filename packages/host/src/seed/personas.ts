import type { OrganisationKind, Role } from '../db/schema.ts';

export interface Persona {
  id: string;
  role: Role;
  name: string;
  /** Who this persona is, for the dev login page. */
  description: string;
  organisation: { number: string; name: string } | null;
  /** Synthetic test pid (month + 80) for citizens; never leaves the host. */
  pid?: string;
  hprNumber?: string;
}

const GP_OFFICE = { number: '914829135', name: 'Storgata legesenter' };
const MUNICIPAL_SERVICE = { number: '974632012', name: 'Fjordvik kommune, psykisk helse og rus' };

/** The personas' workplaces: the GP and the psychologist are in different organisations, so neither sees the other's assignments. */
export const SEED_ORGANISATIONS: ReadonlyArray<{ number: string; name: string; kind: OrganisationKind }> = [
  { ...GP_OFFICE, kind: 'gp-office' },
  { ...MUNICIPAL_SERVICE, kind: 'municipal-service' },
];

/** The dev IdP's people. Each citizen struggles with one topic, so every part of the catalog has someone to try it. */
export const PERSONAS: readonly Persona[] = [
  {
    id: 'kari',
    role: 'citizen',
    name: 'Kari Nordmann',
    description: 'Drikker mer enn hun vil i helgene og lurer på om det har blitt et problem.',
    organisation: null,
    pid: '10915596784',
  },
  {
    id: 'ola',
    role: 'citizen',
    name: 'Ola Hansen',
    description: 'Har røykt i tjue år og har prøvd å slutte flere ganger.',
    organisation: null,
    pid: '14838540024',
  },
  {
    id: 'ingrid',
    role: 'citizen',
    name: 'Ingrid Berg',
    description: 'Spiser uregelmessig og mye ferdigmat, og har fått høyt blodsukker.',
    organisation: null,
    pid: '02916740029',
  },
  {
    id: 'jonas',
    role: 'citizen',
    name: 'Jonas Haugen',
    description: 'Sover dårlig, bekymrer seg mye og har unngått sosiale situasjoner det siste året.',
    organisation: null,
    pid: '23869240001',
  },
  {
    id: 'fastlege',
    role: 'personnel',
    name: 'Eva Lie',
    description: 'Fastlege ved Storgata legesenter. Sender verktøy til pasienter etter konsultasjoner.',
    organisation: GP_OFFICE,
    hprNumber: '9144889',
  },
  {
    id: 'psykolog',
    role: 'personnel',
    name: 'Martin Dahl',
    description: 'Psykolog i kommunal psykisk helsetjeneste i Fjordvik. Følger opp pasienter med angst og depresjon.',
    organisation: MUNICIPAL_SERVICE,
    hprNumber: '8765432',
  },
  {
    id: 'redaktor',
    role: 'editor',
    name: 'Siri Moe',
    description: 'Redaktør for verktøykatalogen. Registrerer og vedlikeholder verktøy.',
    organisation: null,
  },
];
