import { toolJson } from '../catalog/tool-json.ts';
import type { AssignmentRecord } from '../db/assignments-repository.ts';
import type { ToolRecord } from '../db/catalog-repository.ts';

/** Overdue: the due date is before today (Europe/Oslo) while the citizen has yet to complete it. */
export function isOverdue(assignment: AssignmentRecord, today: string): boolean {
  return assignment.dueDate !== null && assignment.dueDate < today && (assignment.status === 'sent' || assignment.status === 'opened');
}

/** The personnel view of an assignment; the citizen appears only by name and masked pid. */
export function assignmentJson(assignment: AssignmentRecord, today: string) {
  return {
    id: assignment.id,
    tool: assignment.tool,
    citizen: { name: assignment.citizen.name, pidMasked: assignment.citizen.pidMasked },
    sender: assignment.sender,
    organisation: assignment.organisation,
    message: assignment.message,
    dueDate: assignment.dueDate,
    status: assignment.status,
    overdue: isOverdue(assignment, today),
    createdAt: assignment.createdAt,
    openedAt: assignment.openedAt,
    completedAt: assignment.completedAt,
    withdrawnAt: assignment.withdrawnAt,
  };
}

/** The citizen's view of a tool they received: the full catalog Tool, who sent it and where it stands. */
export function receivedToolJson(assignment: AssignmentRecord, tool: ToolRecord, today: string) {
  return {
    assignmentId: assignment.id,
    tool: toolJson(tool),
    sender: { name: assignment.sender.name },
    organisation: assignment.organisation,
    message: assignment.message,
    dueDate: assignment.dueDate,
    status: assignment.status,
    overdue: isOverdue(assignment, today),
    createdAt: assignment.createdAt,
    openedAt: assignment.openedAt,
    completedAt: assignment.completedAt,
    shareResults: assignment.shareResults,
  };
}

export type AssignmentJson = ReturnType<typeof assignmentJson>;
export type ReceivedToolJson = ReturnType<typeof receivedToolJson>;
