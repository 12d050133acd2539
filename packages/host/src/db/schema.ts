import type { ColumnType, Generated } from 'kysely';

export type Role = 'citizen' | 'personnel' | 'editor';
export type ToolStatus = 'draft' | 'published' | 'withdrawn';
export type LaunchMode = 'direct' | 'lti' | 'sso';
export type OpensIn = 'same-tab' | 'new-window';
export type OrganisationKind = 'gp-office' | 'municipal-service';
export type AssignmentStatus = 'sent' | 'opened' | 'completed' | 'withdrawn';

/** Kysely's view of the tables created by the migrations in ./migrations. */
export interface Database {
  meta: { key: string; value: string };
  secrets: { name: string; value: string; created_at: string };
  organisations: { number: string; name: string; kind: OrganisationKind };
  users: {
    id: string;
    role: Role;
    /** Null only for a citizen created by an assignment who has not signed in yet. */
    name: string | null;
    pid: string | null;
    hpr_number: string | null;
    organisation_number: string | null;
    persona_id: string | null;
    created_at: string;
  };
  vendors: { id: string; name: string; sector: string; website: string | null };
  tools: {
    seq: Generated<number>;
    id: string;
    vendor_id: string;
    name: string;
    summary: string;
    description: string;
    /** JSON array of strings. */
    keywords: string;
    status: ToolStatus;
    withdrawn_reason: string | null;
    launch_mode: LaunchMode;
    opens_in: OpensIn;
    direct_url: string | null;
    lti_launch_url: string | null;
    lti_consumer_key: string | null;
    lti_secret: string | null;
    /** JSON object of custom parameter name → value, names as registered. */
    lti_custom: string | null;
    sso_initiate_login_uri: string | null;
    sso_client_id: string | null;
    sort_key: string;
    created_at: string;
    updated_at: string;
  };
  tool_topics: { tool_id: string; topic: string };
  tool_audiences: { tool_id: string; audience: string };
  tool_languages: { tool_id: string; language: string };
  pseudonyms: { vendor_id: string; subject_id: string; pseudonym: string; created_at: string };
  launch_tickets: {
    ticket_hash: string;
    user_id: string;
    tool_id: string;
    locale: string;
    expires_at: ColumnType<number, number, never>;
    created_at: ColumnType<number, number, never>;
    /** Set when the launch starts an assignment; its id becomes the LTI resource_link_id. */
    assignment_id: string | null;
  };
  assignments: {
    seq: Generated<number>;
    id: string;
    tool_id: string;
    citizen_id: string;
    sender_id: string;
    organisation_number: string;
    message: string;
    /** Calendar date YYYY-MM-DD (Europe/Oslo), no time. */
    due_date: string | null;
    status: AssignmentStatus;
    share_results: number;
    created_at: string;
    opened_at: string | null;
    completed_at: string | null;
    completed_by: 'citizen' | 'tool' | null;
    withdrawn_at: string | null;
    withdrawn_by: string | null;
  };
  saved_tools: { citizen_id: string; tool_id: string; saved_at: string };
}
