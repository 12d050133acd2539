import type { AssignmentStatus } from './api/types.ts';
import type { HnLocale } from './locale.ts';

/** Texts about an assignment's state, shared by the sending form, the personnel list and the citizen's tools. */
export interface AssignmentTexts {
  statuses: Record<AssignmentStatus, string>;
  /** The overdue marker: text, so it does not rely on colour. */
  overdue: string;
  noDueDate: string;
}

export const assignmentTexts: Record<HnLocale, AssignmentTexts> = {
  'nb-NO': {
    statuses: { sent: 'Sendt', opened: 'Åpnet', completed: 'Fullført', withdrawn: 'Trukket tilbake' },
    overdue: 'Fristen er passert',
    noDueDate: 'Ingen frist',
  },
  'nn-NO': {
    statuses: { sent: 'Sendt', opened: 'Opna', completed: 'Fullført', withdrawn: 'Trekt tilbake' },
    overdue: 'Fristen er passert',
    noDueDate: 'Ingen frist',
  },
  'en-GB': {
    statuses: { sent: 'Sent', opened: 'Opened', completed: 'Completed', withdrawn: 'Withdrawn' },
    overdue: 'Overdue',
    noDueDate: 'No due date',
  },
};
