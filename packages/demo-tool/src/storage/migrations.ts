// Numbered schema changes, applied in order by openDatabase. Append only; never edit one that has shipped.
export const migrations: readonly string[] = [
  /* 0001 sessions and answers */ `
  CREATE TABLE sessions (
    id_hash          TEXT PRIMARY KEY,    -- SHA-256 of the cookie value, so a copy of the file gives no live session
    user_key         TEXT NOT NULL,       -- the launch's pseudonymous consumer:user key; never a name or identity number
    resource_link_id TEXT NOT NULL,
    return_url       TEXT,
    locale           TEXT,
    csrf_token       TEXT NOT NULL,
    expires_at       INTEGER NOT NULL     -- ms since epoch
  ) STRICT;
  CREATE INDEX sessions_expires_at ON sessions (expires_at);

  CREATE TABLE answers (
    user_key         TEXT NOT NULL,
    resource_link_id TEXT NOT NULL,
    question         INTEGER NOT NULL CHECK (question BETWEEN 1 AND 10),
    score            INTEGER NOT NULL CHECK (score BETWEEN 0 AND 4),
    answered_at      INTEGER NOT NULL,
    PRIMARY KEY (user_key, resource_link_id, question)
  ) STRICT, WITHOUT ROWID;
  `,
  /* 0002 sliding idle timeout; expires_at stays the absolute cap */ `
  -- Sessions from before this migration get 0 and so count as idle: they end, which is the safe side.
  ALTER TABLE sessions ADD COLUMN last_seen_at INTEGER NOT NULL DEFAULT 0;
  `,
];
