import type { Db } from './database.ts';

export interface TicketRecord {
  userId: string;
  toolId: string;
  locale: string;
  expiresAt: number;
  /** The assignment this launch starts, if any. */
  assignmentId: string | null;
}

export function createTicketsRepository(db: Db) {
  return {
    async create(ticketHash: string, ticket: TicketRecord, nowMs: number): Promise<void> {
      // Expired tickets are useless; sweeping them here keeps the table small without a timer.
      await db.deleteFrom('launch_tickets').where('expires_at', '<', nowMs).execute();
      await db
        .insertInto('launch_tickets')
        .values({ ticket_hash: ticketHash, user_id: ticket.userId, tool_id: ticket.toolId, locale: ticket.locale, expires_at: ticket.expiresAt, created_at: nowMs, assignment_id: ticket.assignmentId })
        .execute();
    },

    /** Atomically removes and returns the ticket, so two requests can never both use it. */
    async consume(ticketHash: string): Promise<TicketRecord | undefined> {
      const row = await db
        .deleteFrom('launch_tickets')
        .where('ticket_hash', '=', ticketHash)
        .returning(['user_id', 'tool_id', 'locale', 'expires_at', 'assignment_id'])
        .executeTakeFirst();
      return row && { userId: row.user_id, toolId: row.tool_id, locale: row.locale, expiresAt: row.expires_at, assignmentId: row.assignment_id };
    },
  };
}

export type TicketsRepository = ReturnType<typeof createTicketsRepository>;
