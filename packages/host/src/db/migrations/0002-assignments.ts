import { sql, type Kysely, type Migration } from 'kysely';

/**
 * users.name becomes nullable (a citizen created by an assignment has no name until they sign in). SQLite cannot drop
 * NOT NULL in place, and foreign_keys cannot be switched off inside the migration's transaction, so the rows that
 * reference users are parked in temp tables while users is rebuilt, then put back.
 */
const rebuildUsers = [
  `CREATE TABLE users_new (
     id TEXT PRIMARY KEY,
     role TEXT NOT NULL CHECK (role IN ('citizen', 'personnel', 'editor')),
     name TEXT CHECK (name IS NOT NULL OR role = 'citizen'),
     pid TEXT UNIQUE CHECK (pid IS NULL OR role = 'citizen'),
     hpr_number TEXT,
     organisation_number TEXT REFERENCES organisations (number),
     persona_id TEXT UNIQUE,
     created_at TEXT NOT NULL
   ) STRICT`,
  `INSERT INTO users_new SELECT id, role, name, pid, hpr_number, organisation_number, persona_id, created_at FROM users`,
  `CREATE TEMP TABLE parked_pseudonyms AS SELECT * FROM pseudonyms`,
  `CREATE TEMP TABLE parked_launch_tickets AS SELECT * FROM launch_tickets`,
  `DELETE FROM pseudonyms`,
  `DELETE FROM launch_tickets`,
  `DROP TABLE users`,
  `ALTER TABLE users_new RENAME TO users`,
  `INSERT INTO pseudonyms SELECT * FROM temp.parked_pseudonyms`,
  `INSERT INTO launch_tickets SELECT * FROM temp.parked_launch_tickets`,
  `DROP TABLE temp.parked_pseudonyms`,
  `DROP TABLE temp.parked_launch_tickets`,
];

const statements = [
  ...rebuildUsers,
  // Rows that existed before this migration are GP offices until someone says otherwise; the seed sets the kind.
  `ALTER TABLE organisations ADD COLUMN kind TEXT NOT NULL DEFAULT 'gp-office' CHECK (kind IN ('gp-office', 'municipal-service'))`,
  `CREATE TABLE assignments (
     seq INTEGER PRIMARY KEY,
     id TEXT NOT NULL UNIQUE,
     tool_id TEXT NOT NULL REFERENCES tools (id),
     citizen_id TEXT NOT NULL REFERENCES users (id),
     sender_id TEXT NOT NULL REFERENCES users (id),
     organisation_number TEXT NOT NULL REFERENCES organisations (number),
     message TEXT NOT NULL DEFAULT '' CHECK (length(message) <= 1000),
     due_date TEXT CHECK (due_date IS NULL OR due_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
     status TEXT NOT NULL CHECK (status IN ('sent', 'opened', 'completed', 'withdrawn')),
     share_results INTEGER NOT NULL DEFAULT 0 CHECK (share_results IN (0, 1)),
     created_at TEXT NOT NULL,
     opened_at TEXT,
     completed_at TEXT,
     completed_by TEXT CHECK (completed_by IN ('citizen', 'tool')),
     withdrawn_at TEXT,
     withdrawn_by TEXT REFERENCES users (id),
     CHECK ((status = 'completed') = (completed_at IS NOT NULL AND completed_by IS NOT NULL)),
     CHECK ((status = 'withdrawn') = (withdrawn_at IS NOT NULL)),
     CHECK (status <> 'opened' OR opened_at IS NOT NULL)
   ) STRICT`,
  // At most one open assignment per tool and citizen, whoever sent it; the insert itself enforces it.
  `CREATE UNIQUE INDEX assignments_one_open ON assignments (tool_id, citizen_id) WHERE status IN ('sent', 'opened')`,
  `CREATE INDEX assignments_by_organisation ON assignments (organisation_number, seq)`,
  `CREATE INDEX assignments_by_sender ON assignments (sender_id, seq)`,
  `CREATE INDEX assignments_by_citizen ON assignments (citizen_id, seq)`,
  `CREATE TABLE saved_tools (
     citizen_id TEXT NOT NULL REFERENCES users (id),
     tool_id TEXT NOT NULL REFERENCES tools (id),
     saved_at TEXT NOT NULL,
     PRIMARY KEY (citizen_id, tool_id)
   ) STRICT, WITHOUT ROWID`,
  `ALTER TABLE launch_tickets ADD COLUMN assignment_id TEXT REFERENCES assignments (id)`,
];

export const assignments: Migration = {
  async up(db: Kysely<unknown>) {
    for (const statement of statements) await sql.raw(statement).execute(db);
  },
};
