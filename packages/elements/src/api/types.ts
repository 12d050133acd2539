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
