import { sql, type Kysely, type Migration } from 'kysely';

// Raw DDL: CHECK constraints, FTS5 tables and triggers have no Kysely builder equivalent.
const statements = [
  `CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT`,
  `CREATE TABLE secrets (name TEXT PRIMARY KEY, value TEXT NOT NULL, created_at TEXT NOT NULL) STRICT`,
  `CREATE TABLE organisations (number TEXT PRIMARY KEY CHECK (number GLOB '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'), name TEXT NOT NULL) STRICT`,
  `CREATE TABLE users (
     id TEXT PRIMARY KEY,
     role TEXT NOT NULL CHECK (role IN ('citizen', 'personnel', 'editor')),
     name TEXT NOT NULL,
     pid TEXT UNIQUE CHECK (pid IS NULL OR role = 'citizen'),
     hpr_number TEXT,
     organisation_number TEXT REFERENCES organisations (number),
     persona_id TEXT UNIQUE,
     created_at TEXT NOT NULL
   ) STRICT`,
  `CREATE TABLE vendors (id TEXT PRIMARY KEY, name TEXT NOT NULL, sector TEXT NOT NULL UNIQUE, website TEXT) STRICT`,
  `CREATE TABLE tools (
     seq INTEGER PRIMARY KEY,
     id TEXT NOT NULL UNIQUE CHECK (id GLOB '[a-z0-9]*' AND id NOT GLOB '*[^a-z0-9-]*'),
     vendor_id TEXT NOT NULL REFERENCES vendors (id),
     name TEXT NOT NULL,
     summary TEXT NOT NULL,
     description TEXT NOT NULL,
     keywords TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(keywords)),
     status TEXT NOT NULL CHECK (status IN ('draft', 'published', 'withdrawn')),
     withdrawn_reason TEXT CHECK (withdrawn_reason IS NULL OR status = 'withdrawn'),
     launch_mode TEXT NOT NULL CHECK (launch_mode IN ('direct', 'lti', 'sso')),
     opens_in TEXT NOT NULL CHECK (opens_in IN ('same-tab', 'new-window')),
     direct_url TEXT,
     lti_launch_url TEXT,
     lti_consumer_key TEXT,
     lti_secret TEXT,
     lti_custom TEXT CHECK (lti_custom IS NULL OR json_valid(lti_custom)),
     sso_initiate_login_uri TEXT,
     sso_client_id TEXT,
     sort_key TEXT NOT NULL,
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL,
     CHECK (launch_mode <> 'direct' OR direct_url IS NOT NULL),
     CHECK (launch_mode <> 'lti' OR (lti_launch_url IS NOT NULL AND lti_consumer_key IS NOT NULL AND lti_secret IS NOT NULL)),
     CHECK (launch_mode <> 'sso' OR (sso_initiate_login_uri IS NOT NULL AND sso_client_id IS NOT NULL))
   ) STRICT`,
  `CREATE INDEX tools_by_status_name ON tools (status, sort_key, id)`,
  `CREATE INDEX tools_by_vendor ON tools (vendor_id)`,
  `CREATE TABLE tool_topics (
     tool_id TEXT NOT NULL REFERENCES tools (id) ON DELETE CASCADE,
     topic TEXT NOT NULL CHECK (topic IN ('alcohol', 'physical-activity', 'diet', 'smoking', 'mental-health')),
     PRIMARY KEY (tool_id, topic)
   ) STRICT, WITHOUT ROWID`,
  `CREATE INDEX tool_topics_by_topic ON tool_topics (topic, tool_id)`,
  `CREATE TABLE tool_audiences (
     tool_id TEXT NOT NULL REFERENCES tools (id) ON DELETE CASCADE,
     audience TEXT NOT NULL CHECK (audience IN ('citizen', 'personnel')),
     PRIMARY KEY (tool_id, audience)
   ) STRICT, WITHOUT ROWID`,
  `CREATE INDEX tool_audiences_by_audience ON tool_audiences (audience, tool_id)`,
  `CREATE TABLE tool_languages (
     tool_id TEXT NOT NULL REFERENCES tools (id) ON DELETE CASCADE,
     language TEXT NOT NULL CHECK (language IN ('nb', 'nn', 'en', 'se')),
     PRIMARY KEY (tool_id, language)
   ) STRICT, WITHOUT ROWID`,
  `CREATE INDEX tool_languages_by_language ON tool_languages (language, tool_id)`,
  // Two indexes over the same text: whole-word prefixes (ranked first) and trigrams for words inside compounds.
  `CREATE VIRTUAL TABLE tools_words USING fts5(
     name, summary, description, keywords,
     content = 'tools', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 0')`,
  `CREATE VIRTUAL TABLE tools_trigrams USING fts5(
     name, summary, description, keywords,
     content = 'tools', content_rowid = 'seq', tokenize = 'trigram remove_diacritics 0')`,
  `CREATE TRIGGER tools_fts_insert AFTER INSERT ON tools BEGIN
     INSERT INTO tools_words (rowid, name, summary, description, keywords) VALUES (new.seq, new.name, new.summary, new.description, new.keywords);
     INSERT INTO tools_trigrams (rowid, name, summary, description, keywords) VALUES (new.seq, new.name, new.summary, new.description, new.keywords);
   END`,
  `CREATE TRIGGER tools_fts_delete AFTER DELETE ON tools BEGIN
     INSERT INTO tools_words (tools_words, rowid, name, summary, description, keywords) VALUES ('delete', old.seq, old.name, old.summary, old.description, old.keywords);
     INSERT INTO tools_trigrams (tools_trigrams, rowid, name, summary, description, keywords) VALUES ('delete', old.seq, old.name, old.summary, old.description, old.keywords);
   END`,
  `CREATE TRIGGER tools_fts_update AFTER UPDATE OF name, summary, description, keywords ON tools BEGIN
     INSERT INTO tools_words (tools_words, rowid, name, summary, description, keywords) VALUES ('delete', old.seq, old.name, old.summary, old.description, old.keywords);
     INSERT INTO tools_trigrams (tools_trigrams, rowid, name, summary, description, keywords) VALUES ('delete', old.seq, old.name, old.summary, old.description, old.keywords);
     INSERT INTO tools_words (rowid, name, summary, description, keywords) VALUES (new.seq, new.name, new.summary, new.description, new.keywords);
     INSERT INTO tools_trigrams (rowid, name, summary, description, keywords) VALUES (new.seq, new.name, new.summary, new.description, new.keywords);
   END`,
  `CREATE TABLE pseudonyms (
     vendor_id TEXT NOT NULL REFERENCES vendors (id),
     subject_id TEXT NOT NULL REFERENCES users (id),
     pseudonym TEXT NOT NULL,
     created_at TEXT NOT NULL,
     PRIMARY KEY (vendor_id, subject_id),
     UNIQUE (vendor_id, pseudonym)
   ) STRICT, WITHOUT ROWID`,
  `CREATE TABLE launch_tickets (
     ticket_hash TEXT PRIMARY KEY,
     user_id TEXT NOT NULL REFERENCES users (id),
     tool_id TEXT NOT NULL REFERENCES tools (id),
     locale TEXT NOT NULL CHECK (locale IN ('nb-NO', 'nn-NO', 'en-GB')),
     expires_at INTEGER NOT NULL,
     created_at INTEGER NOT NULL
   ) STRICT, WITHOUT ROWID`,
  `CREATE INDEX launch_tickets_by_expiry ON launch_tickets (expires_at)`,
];

export const initial: Migration = {
  async up(db: Kysely<unknown>) {
    for (const statement of statements) await sql.raw(statement).execute(db);
  },
};
