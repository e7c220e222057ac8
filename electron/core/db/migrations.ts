// Numbered schema migrations. Each runs once, in order, inside one transaction, and bumps
// PRAGMA user_version. Never edit a migration that has shipped: add the next one.
// Every table is STRICT with UUID text ids, created_at/updated_at, and deleted_at for the bin.

const stamps = `created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT`;

export const MIGRATIONS: readonly string[] = [
  // 1: records of the inspection campaign
  `
  CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL, ${stamps}) STRICT;

  CREATE TABLE unit_levels (id TEXT PRIMARY KEY, name TEXT NOT NULL, position INTEGER NOT NULL, ${stamps}) STRICT;

  CREATE TABLE units (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, level_id TEXT REFERENCES unit_levels(id),
    parent_id TEXT REFERENCES units(id), address TEXT NOT NULL DEFAULT '', ${stamps}) STRICT;
  CREATE TABLE unit_representatives (
    id TEXT PRIMARY KEY, unit_id TEXT NOT NULL REFERENCES units(id), position INTEGER NOT NULL,
    honorific TEXT NOT NULL, full_name TEXT NOT NULL, title TEXT NOT NULL, ${stamps}) STRICT;

  CREATE TABLE campaigns (
    id TEXT PRIMARY KEY, year INTEGER NOT NULL, title TEXT NOT NULL,
    plan_number TEXT NOT NULL, plan_date TEXT, plan_issuer TEXT NOT NULL, plan_summary TEXT NOT NULL,
    decision_number TEXT NOT NULL, decision_date TEXT, decision_issuer TEXT NOT NULL, decision_summary TEXT NOT NULL,
    ${stamps}) STRICT;
  CREATE TABLE areas (
    id TEXT PRIMARY KEY, campaign_id TEXT NOT NULL REFERENCES campaigns(id), position INTEGER NOT NULL,
    name TEXT NOT NULL, ${stamps}) STRICT;
  CREATE TABLE indicators (
    id TEXT PRIMARY KEY, campaign_id TEXT NOT NULL REFERENCES campaigns(id), position INTEGER NOT NULL,
    name TEXT NOT NULL, area_id TEXT, kind TEXT NOT NULL CHECK (kind IN ('count','ratio','percent')),
    unit TEXT NOT NULL, parent_id TEXT, ${stamps}) STRICT;

  CREATE TABLE teams (
    id TEXT PRIMARY KEY, campaign_id TEXT NOT NULL REFERENCES campaigns(id), number INTEGER NOT NULL, ${stamps}) STRICT;
  CREATE TABLE team_members (
    id TEXT PRIMARY KEY, team_id TEXT NOT NULL REFERENCES teams(id), position INTEGER NOT NULL,
    honorific TEXT NOT NULL, full_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('leader','deputy','member','secretary')),
    title TEXT NOT NULL, agency TEXT NOT NULL, ${stamps}) STRICT;

  CREATE TABLE inspections (
    id TEXT PRIMARY KEY, campaign_id TEXT NOT NULL REFERENCES campaigns(id),
    team_id TEXT REFERENCES teams(id), unit_id TEXT REFERENCES units(id),
    date_from TEXT, date_to TEXT, meeting_date TEXT, start_time TEXT, end_time TEXT,
    place TEXT NOT NULL, chair_note TEXT NOT NULL, unit_opinion TEXT NOT NULL, doc_options TEXT NOT NULL, ${stamps}) STRICT;
  CREATE TABLE attendees (
    id TEXT PRIMARY KEY, inspection_id TEXT NOT NULL REFERENCES inspections(id), position INTEGER NOT NULL,
    side TEXT NOT NULL CHECK (side IN ('team','unit','guest')), honorific TEXT NOT NULL, full_name TEXT NOT NULL,
    title TEXT NOT NULL, agency TEXT NOT NULL, is_chair INTEGER NOT NULL, ${stamps}) STRICT;
  CREATE TABLE sub_units (
    id TEXT PRIMARY KEY, inspection_id TEXT NOT NULL REFERENCES inspections(id), position INTEGER NOT NULL,
    unit_id TEXT REFERENCES units(id), name TEXT NOT NULL, note TEXT NOT NULL, ${stamps}) STRICT;
  CREATE TABLE findings (
    id TEXT PRIMARY KEY, inspection_id TEXT NOT NULL REFERENCES inspections(id), position INTEGER NOT NULL,
    area_id TEXT, kind TEXT NOT NULL CHECK (kind IN ('strength','shortcoming','cause')), text TEXT NOT NULL, ${stamps}) STRICT;
  CREATE TABLE figures (
    id TEXT PRIMARY KEY, inspection_id TEXT NOT NULL REFERENCES inspections(id), position INTEGER NOT NULL,
    indicator_id TEXT NOT NULL, value REAL, denominator REAL, note TEXT NOT NULL, ${stamps}) STRICT;
  CREATE TABLE recommendations (
    id TEXT PRIMARY KEY, inspection_id TEXT NOT NULL REFERENCES inspections(id), position INTEGER NOT NULL,
    area_id TEXT, content TEXT NOT NULL, responsible_unit TEXT NOT NULL,
    remedy_deadline TEXT, remedy_deadline_note TEXT NOT NULL, report_deadline TEXT, report_to TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('open','in_progress','done')), status_note TEXT NOT NULL, ${stamps}) STRICT;
  CREATE TABLE unit_proposals (
    id TEXT PRIMARY KEY, inspection_id TEXT NOT NULL REFERENCES inspections(id), position INTEGER NOT NULL,
    content TEXT NOT NULL, addressed_to TEXT NOT NULL, ${stamps}) STRICT;

  CREATE INDEX idx_units_parent ON units(parent_id);
  CREATE INDEX idx_reps_unit ON unit_representatives(unit_id);
  CREATE INDEX idx_areas_campaign ON areas(campaign_id);
  CREATE INDEX idx_indicators_campaign ON indicators(campaign_id);
  CREATE INDEX idx_teams_campaign ON teams(campaign_id);
  CREATE INDEX idx_members_team ON team_members(team_id);
  CREATE INDEX idx_inspections_campaign ON inspections(campaign_id);
  CREATE INDEX idx_attendees_insp ON attendees(inspection_id);
  CREATE INDEX idx_sub_units_insp ON sub_units(inspection_id);
  CREATE INDEX idx_findings_insp ON findings(inspection_id);
  CREATE INDEX idx_figures_insp ON figures(inspection_id);
  CREATE INDEX idx_recs_insp ON recommendations(inspection_id);
  CREATE INDEX idx_proposals_insp ON unit_proposals(inspection_id);
  `,

  // 2: the register of issued documents. Each row holds the frozen .docx exactly as issued, its
  // checksum and its number; numbers are unique per symbol and year (documents.md §1.4). Only the
  // bin columns (deleted_at, updated_at) may change afterwards, and a row is never deleted.
  `
  CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    inspection_id TEXT NOT NULL REFERENCES inspections(id),
    type TEXT NOT NULL CHECK (type IN ('minutes','conclusion')),
    symbol TEXT NOT NULL CHECK (length(symbol) > 0),
    year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 9999),
    number INTEGER NOT NULL CHECK (number >= 1),
    issued_date TEXT NOT NULL CHECK (issued_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND substr(issued_date, 1, 4) = CAST(year AS TEXT)),
    version INTEGER NOT NULL CHECK (version >= 1),
    supersedes_id TEXT REFERENCES documents(id),
    template_name TEXT NOT NULL,
    template_sha256 TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    file_name TEXT NOT NULL,
    content BLOB NOT NULL,
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    size INTEGER NOT NULL CHECK (size = length(content)),
    ${stamps},
    UNIQUE (symbol, year, number),
    UNIQUE (inspection_id, type, version)
  ) STRICT;
  CREATE INDEX idx_documents_insp ON documents(inspection_id, type);

  CREATE TRIGGER documents_frozen BEFORE UPDATE OF
    id, inspection_id, type, symbol, year, number, issued_date, version, supersedes_id,
    template_name, template_sha256, fingerprint, file_name, content, sha256, size, created_at
  ON documents
  BEGIN
    SELECT RAISE(ABORT, 'Văn bản đã ban hành không được sửa: hãy ban hành phiên bản mới.');
  END;
  CREATE TRIGGER documents_kept BEFORE DELETE ON documents
  BEGIN
    SELECT RAISE(ABORT, 'Văn bản đã ban hành không được xóa khỏi sổ đăng ký.');
  END;
  `,

  // 3: the e-mail address of an inspected unit, for the e-mail drafts of its documents
  `
  ALTER TABLE units ADD COLUMN email TEXT NOT NULL DEFAULT '';
  `,

  // 4 (field drafts): what was typed into a field that does not hold a valid value yet ("25:70",
  // "31/02/2023"), per record and field path, so that nothing typed is lost and the typed column
  // itself never holds an invalid value. Rows are replaced with each save of the record.
  `
  CREATE TABLE field_drafts (
    owner_id TEXT NOT NULL, field TEXT NOT NULL, text TEXT NOT NULL,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    PRIMARY KEY (owner_id, field)) STRICT;
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;
