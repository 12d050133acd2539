import { randomUUID } from 'node:crypto';
import { maskPid } from '@koblingslab/identity-number';
import type { Db } from './database.ts';
import type { AssignmentStatus, ToolStatus } from './schema.ts';
import { createUsersRepository } from './users-repository.ts';

/** An assignment as the API may show it; the citizen's pid is masked here, so a full pid never leaves this layer. */
export interface AssignmentRecord {
  seq: number;
  id: string;
  tool: { id: string; name: string; status: ToolStatus; withdrawnReason: string | null };
  citizen: { id: string; name: string | null; pidMasked: string };
  sender: { id: string; name: string };
  organisation: { number: string; name: string };
  message: string;
  dueDate: string | null;
  status: AssignmentStatus;
  shareResults: boolean;
  createdAt: string;
  openedAt: string | null;
  completedAt: string | null;
  withdrawnAt: string | null;
}

export interface NewAssignment {
  toolId: string;
  citizenPid: string;
  senderId: string;
  organisationNumber: string;
  message: string;
  dueDate: string | null;
}

/** Whose assignments a member of personnel may see and change: their own and their organisation's. */
export interface PersonnelScope {
  userId: string;
  organisationNumber: string | null;
}

export type SendResult = { kind: 'created'; assignment: AssignmentRecord } | { kind: 'duplicate'; existing: AssignmentRecord };
export type WithdrawResult = { kind: 'withdrawn'; assignment: AssignmentRecord } | { kind: 'not-open'; assignment: AssignmentRecord } | { kind: 'not-found' };
export type CitizenUpdateResult = { kind: 'updated'; assignment: AssignmentRecord } | { kind: 'withdrawn'; assignment: AssignmentRecord } | { kind: 'not-found' };

const OPEN: AssignmentStatus[] = ['sent', 'opened'];
const MAX_SEND_ATTEMPTS = 3;

export function createAssignmentsRepository(db: Db) {
  const selectAssignment = (from: Db = db) =>
    from
      .selectFrom('assignments as a')
      .innerJoin('tools as t', 't.id', 'a.tool_id')
      .innerJoin('users as c', 'c.id', 'a.citizen_id')
      .innerJoin('users as s', 's.id', 'a.sender_id')
      .innerJoin('organisations as o', 'o.number', 'a.organisation_number')
      .select([
        'a.seq', 'a.id', 'a.message', 'a.due_date', 'a.status', 'a.share_results', 'a.created_at', 'a.opened_at', 'a.completed_at',
        'a.withdrawn_at', 't.id as tool_id', 't.name as tool_name', 't.status as tool_status', 't.withdrawn_reason as tool_withdrawn_reason',
        'c.id as citizen_id', 'c.name as citizen_name', 'c.pid as citizen_pid', 's.id as sender_id', 's.name as sender_name',
        'o.number as org_number', 'o.name as org_name',
      ]);
  type Row = NonNullable<Awaited<ReturnType<ReturnType<typeof selectAssignment>['executeTakeFirst']>>>;

  const inScope = (scope: PersonnelScope) =>
    selectAssignment().where((eb) =>
      scope.organisationNumber === null
        ? eb('a.sender_id', '=', scope.userId)
        : eb.or([eb('a.sender_id', '=', scope.userId), eb('a.organisation_number', '=', scope.organisationNumber)]),
    );

  const findById = async (id: string, from: Db = db) => {
    const row = await selectAssignment(from).where('a.id', '=', id).executeTakeFirst();
    return row && toRecord(row);
  };

  /** One insert attempt: the new id, or the citizen whose open assignment of the tool blocked it. */
  const insertAssignment = async (input: NewAssignment, at: Date): Promise<{ kind: 'created'; id: string } | { kind: 'conflict'; citizenId: string }> => {
    let citizenId: string | undefined;
    try {
      return await db.transaction().execute(async (trx) => {
        citizenId = await createUsersRepository(trx).citizenIdForPid(input.citizenPid, at);
        const id = randomUUID();
        await trx
          .insertInto('assignments')
          .values({
            id,
            tool_id: input.toolId,
            citizen_id: citizenId,
            sender_id: input.senderId,
            organisation_number: input.organisationNumber,
            message: input.message,
            due_date: input.dueDate,
            status: 'sent',
            share_results: 0,
            created_at: at.toISOString(),
            opened_at: null,
            completed_at: null,
            completed_by: null,
            withdrawn_at: null,
            withdrawn_by: null,
          })
          .execute();
        return { kind: 'created' as const, id };
      });
    } catch (error) {
      // A citizen with an open assignment existed before this transaction, so the rolled-back id is still theirs.
      if (!isUniqueViolation(error) || citizenId === undefined) throw error;
      return { kind: 'conflict', citizenId };
    }
  };

  return {
    findById: (id: string) => findById(id),

    /**
     * Creates the citizen if the pid is new and the assignment, in one transaction. The partial unique index
     * assignments_one_open_per_organisation decides duplicates atomically; a violation answers the sending
     * organisation's assignment that is already open. Should that one close before it is read, the send is tried again.
     */
    async send(input: NewAssignment, at: Date): Promise<SendResult> {
      for (let attempt = 1; ; attempt += 1) {
        const inserted = await insertAssignment(input, at);
        if (inserted.kind === 'created') return { kind: 'created', assignment: (await findById(inserted.id))! };
        const row = await selectAssignment()
          .where('a.tool_id', '=', input.toolId)
          .where('a.citizen_id', '=', inserted.citizenId)
          .where('a.organisation_number', '=', input.organisationNumber)
          .where('a.status', 'in', OPEN)
          .executeTakeFirst();
        if (row !== undefined) return { kind: 'duplicate', existing: toRecord(row) };
        if (attempt === MAX_SEND_ATTEMPTS) throw new Error('The open assignment kept changing while it was sent again');
      }
    },

    /** Newest first, keyset-paged by the insertion sequence; no statuses means all. */
    async listForPersonnel(scope: PersonnelScope, options: { statuses: AssignmentStatus[]; limit: number; beforeSeq?: number }) {
      let query = inScope(scope);
      if (options.statuses.length > 0) query = query.where('a.status', 'in', options.statuses);
      const { n } = await query.clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      if (options.beforeSeq !== undefined) query = query.where('a.seq', '<', options.beforeSeq);
      const rows = await query.orderBy('a.seq', 'desc').limit(options.limit + 1).execute();
      return { items: rows.slice(0, options.limit).map(toRecord), total: n, hasMore: rows.length > options.limit };
    },

    /** Withdraws a sent or opened assignment the scope may see; another organisation's is not found. */
    async withdraw(id: string, scope: PersonnelScope, at: Date): Promise<WithdrawResult> {
      const visible = await inScope(scope).where('a.id', '=', id).executeTakeFirst();
      if (visible === undefined) return { kind: 'not-found' };
      const changed = await db
        .updateTable('assignments')
        .set({ status: 'withdrawn', withdrawn_at: at.toISOString(), withdrawn_by: scope.userId })
        .where('id', '=', id)
        .where('status', 'in', OPEN)
        .executeTakeFirst();
      const assignment = (await findById(id))!;
      return changed.numUpdatedRows > 0n ? { kind: 'withdrawn', assignment } : { kind: 'not-open', assignment };
    },

    async listForCitizen(citizenId: string): Promise<AssignmentRecord[]> {
      const rows = await selectAssignment().where('a.citizen_id', '=', citizenId).orderBy('a.seq', 'desc').execute();
      return rows.map(toRecord);
    },

    async findForCitizen(id: string, citizenId: string): Promise<AssignmentRecord | undefined> {
      const row = await selectAssignment().where('a.id', '=', id).where('a.citizen_id', '=', citizenId).executeTakeFirst();
      return row && toRecord(row);
    },

    /** The citizen marks their assignment completed and/or changes result sharing, in one transaction. */
    async updateByCitizen(id: string, citizenId: string, change: { complete: boolean; shareResults?: boolean }, at: Date): Promise<CitizenUpdateResult> {
      return db.transaction().execute(async (trx) => {
        const current = await trx.selectFrom('assignments').select('status').where('id', '=', id).where('citizen_id', '=', citizenId).executeTakeFirst();
        if (current === undefined) return { kind: 'not-found' };
        if (change.complete && current.status === 'withdrawn') return { kind: 'withdrawn', assignment: (await findById(id, trx))! };
        if (change.complete) {
          // Completing twice keeps the first completion time.
          await trx
            .updateTable('assignments')
            .set({ status: 'completed', completed_at: at.toISOString(), completed_by: 'citizen' })
            .where('id', '=', id)
            .where('status', 'in', OPEN)
            .execute();
        }
        if (change.shareResults !== undefined) {
          await trx.updateTable('assignments').set({ share_results: change.shareResults ? 1 : 0 }).where('id', '=', id).execute();
        }
        return { kind: 'updated', assignment: (await findById(id, trx))! };
      });
    },

    /** First launch: sent becomes opened (only once, atomically). Returns the status after the attempt. */
    async openOnLaunch(id: string, at: Date): Promise<AssignmentStatus | undefined> {
      await db.updateTable('assignments').set({ status: 'opened', opened_at: at.toISOString() }).where('id', '=', id).where('status', '=', 'sent').execute();
      const row = await db.selectFrom('assignments').select('status').where('id', '=', id).executeTakeFirst();
      return row?.status;
    },
  };

  function toRecord(row: Row): AssignmentRecord {
    return {
      seq: row.seq,
      id: row.id,
      tool: { id: row.tool_id, name: row.tool_name, status: row.tool_status, withdrawnReason: row.tool_withdrawn_reason },
      // Citizens reached by an assignment always have a pid and personnel always a name (CHECK); the fallbacks only satisfy the types.
      citizen: { id: row.citizen_id, name: row.citizen_name, pidMasked: row.citizen_pid === null ? '' : maskPid(row.citizen_pid) },
      sender: { id: row.sender_id, name: row.sender_name ?? '' },
      organisation: { number: row.org_number, name: row.org_name },
      message: row.message,
      dueDate: row.due_date,
      status: row.status,
      shareResults: row.share_results === 1,
      createdAt: row.created_at,
      openedAt: row.opened_at,
      completedAt: row.completed_at,
      withdrawnAt: row.withdrawn_at,
    };
  }
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'SQLITE_CONSTRAINT_UNIQUE';
}

export type AssignmentsRepository = ReturnType<typeof createAssignmentsRepository>;
