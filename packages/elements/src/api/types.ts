/** Shapes of the host HTTP API (see the contract in the team brief). */

export const toolTopics = ['alcohol', 'physical-activity', 'diet', 'smoking', 'mental-health'] as const;
export type ToolTopic = (typeof toolTopics)[number];

export const toolAudiences = ['citizen', 'personnel'] as const;
export type ToolAudience = (typeof toolAudiences)[number];

export type ToolLanguage = 'nb' | 'nn' | 'en' | 'se';
export type LaunchMode = 'direct' | 'lti' | 'sso';
export type ToolStatus = 'draft' | 'published' | 'withdrawn';

export interface Tool {
  id: string;
  name: string;
  summary: string;
  description: string;
  vendor: { id: string; name: string };
  topics: ToolTopic[];
  audiences: ToolAudience[];
  languages: ToolLanguage[];
  keywords: string[];
  status: ToolStatus;
  withdrawnReason: string | null;
  launch: { mode: LaunchMode; opensIn: 'same-tab' | 'new-window' };
  updatedAt: string;
}

export interface ToolPage {
  items: Tool[];
  nextCursor: string | null;
  total: number;
}

export interface ToolSearch {
  q?: string;
  topic?: ToolTopic[];
  audience?: ToolAudience[];
  launch?: LaunchMode[];
  lang?: ToolLanguage[];
  limit?: number;
  cursor?: string;
}

export interface HnUser {
  id: string;
  role: 'citizen' | 'personnel' | 'editor';
  name: string;
  organisation: { number: string; name: string } | null;
}

export interface LaunchRequest {
  toolId: string;
  assignmentId?: string;
  locale?: string;
}

export interface LaunchTicket {
  url: string;
  expiresAt: string;
}

export interface ProblemFieldError {
  field: string;
  in: 'query' | 'body' | 'path' | 'header';
  detail: string;
}

export type AssignmentStatus = 'sent' | 'opened' | 'completed' | 'withdrawn';
export const assignmentStatuses: readonly AssignmentStatus[] = ['sent', 'opened', 'completed', 'withdrawn'];

/** An assignment as the personnel who sent it see it. The citizen's pid only ever arrives masked. */
export interface Assignment {
  id: string;
  tool: { id: string; name: string; status: ToolStatus; withdrawnReason: string | null };
  citizen: { name: string | null; pidMasked: string };
  sender: { id: string; name: string };
  organisation: { number: string; name: string };
  message: string;
  /** YYYY-MM-DD, or null when there is no due date. */
  dueDate: string | null;
  status: AssignmentStatus;
  overdue: boolean;
  createdAt: string;
  openedAt: string | null;
  completedAt: string | null;
  withdrawnAt: string | null;
}

export interface AssignmentPage {
  items: Assignment[];
  nextCursor: string | null;
  total: number;
}

export interface AssignmentQuery {
  status?: AssignmentStatus[];
  limit?: number;
  cursor?: string;
}

/** `POST /api/assignments`. The pid goes only into this request body. */
export interface NewAssignment {
  pid: string;
  toolId: string;
  message?: string;
  dueDate?: string;
}

/** A tool a citizen received, as the citizen sees it. */
export interface ReceivedTool {
  assignmentId: string;
  tool: Tool;
  sender: { name: string };
  organisation: { number: string; name: string };
  message: string;
  dueDate: string | null;
  status: AssignmentStatus;
  overdue: boolean;
  createdAt: string;
  openedAt: string | null;
  completedAt: string | null;
  shareResults: boolean;
}

export interface SavedTool {
  tool: Tool;
  savedAt: string;
}

export interface MyTools {
  received: ReceivedTool[];
  saved: SavedTool[];
}

export interface MyAssignmentChange {
  status?: 'completed';
  shareResults?: boolean;
}
