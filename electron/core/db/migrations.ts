// Numbered schema migrations. Each runs once, in order, inside one transaction, and bumps
// PRAGMA user_version. Never edit a migration that has shipped: add the next one.
// Every table is STRICT with UUID text ids, created_at/updated_at, and deleted_at for the bin.

const stamps = `created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT`;

/**
 * SQL of migration 4, from literals frozen in the call (never from shared/defaults.ts, which may
 * change). For each built-in level: the level named so (as typed by BienBan, all lower case or all
 * upper case; live before binned, then by position) takes the fixed id; units follow; the old row
 * goes. A database that already has the fixed id, or no such level, is left as it is.
 */
function remapDefaultLevels(levels: [id: string, name: string][]): string {
  const q = (s: string) => `'${s.replace(/'/g, "''")}'`;
  const spellings = (name: string) => [...new Set([name, name.toLocaleLowerCase('vi'), name.toLocaleUpperCase('vi')])].map(q).join(', ');
  const pick = levels.map(([id, name]) => `
  INSERT INTO level_remap (old_id, new_id)
    SELECT id, ${q(id)} FROM unit_levels WHERE trim(name) IN (${spellings(name)}) AND id <> ${q(id)}
      AND NOT EXISTS (SELECT 1 FROM unit_levels WHERE id = ${q(id)})
    ORDER BY deleted_at IS NOT NULL, position, created_at LIMIT 1;`).join('');
  return `
  CREATE TEMP TABLE level_remap (old_id TEXT PRIMARY KEY, new_id TEXT NOT NULL UNIQUE);${pick}
  INSERT INTO unit_levels (id, name, position, created_at, updated_at, deleted_at)
    SELECT m.new_id, l.name, l.position, l.created_at, l.updated_at, l.deleted_at FROM level_remap m JOIN unit_levels l ON l.id = m.old_id;
  UPDATE units SET level_id = (SELECT new_id FROM level_remap WHERE old_id = units.level_id)
    WHERE level_id IN (SELECT old_id FROM level_remap);
  DELETE FROM unit_levels WHERE id IN (SELECT old_id FROM level_remap);
  DROP TABLE level_remap;
  `;
}

/**
 * One source of the search index (migration 10): rows of `table` (aliased X) of search kind `kind`,
 * the text a secretary would search them by, and the records a hit opens. Frozen literals, like
 * remapDefaultLevels: a later change to search adds a migration, it never edits this one.
 */
interface SearchSource { kind: string; table: string; text: string; parent: string; inspection: string; campaign: string }
/** The text of a row: its non-empty parts, separated by one space. */
const words = (...parts: string[]) => `concat_ws(' ', ${parts.map((p) => `nullif(${p}, '')`).join(', ')})`;
const campaignOfInspection = '(SELECT campaign_id FROM inspections WHERE id = X.inspection_id)';
const SEARCH_SOURCES: SearchSource[] = [
  { kind: 'inspection', table: 'inspections', parent: 'NULL', inspection: 'X.id', campaign: 'X.campaign_id',
    text: words('(SELECT name FROM units WHERE id = X.unit_id)', 'X.place', 'X.chair_note', 'X.unit_opinion') },
  { kind: 'finding', table: 'findings', text: 'X.text', parent: 'NULL', inspection: 'X.inspection_id', campaign: campaignOfInspection },
  { kind: 'recommendation', table: 'recommendations', parent: 'NULL', inspection: 'X.inspection_id', campaign: campaignOfInspection,
    text: words('X.content', 'X.responsible_unit') },
  { kind: 'proposal', table: 'unit_proposals', parent: 'NULL', inspection: 'X.inspection_id', campaign: campaignOfInspection,
    text: words('X.content', 'X.addressed_to') },
  { kind: 'attendee', table: 'attendees', parent: 'NULL', inspection: 'X.inspection_id', campaign: campaignOfInspection,
    text: words('X.honorific', 'X.full_name', 'X.title', 'X.agency') },
  { kind: 'document', table: 'documents', parent: 'NULL', inspection: 'X.inspection_id', campaign: campaignOfInspection,
    text: words('printf(\'%02d/%s\', X.number, X.symbol)', 'X.file_name') },
  { kind: 'unit', table: 'units', parent: 'NULL', inspection: 'NULL', campaign: 'NULL',
    text: words('X.name', 'X.address', 'X.email') },
  { kind: 'representative', table: 'unit_representatives', parent: 'X.unit_id', inspection: 'NULL', campaign: 'NULL',
    text: words('X.honorific', 'X.full_name', 'X.title') },
  { kind: 'campaign', table: 'campaigns', parent: 'NULL', inspection: 'NULL', campaign: 'X.id',
    text: words('X.title', 'X.plan_number', 'X.decision_number') },
  { kind: 'member', table: 'team_members', parent: 'X.team_id', inspection: 'NULL', campaign: '(SELECT campaign_id FROM teams WHERE id = X.team_id)',
    text: words('X.honorific', 'X.full_name', 'X.title', 'X.agency') },
];

/** SQL that (re)adds the index rows of the live rows of `s` matching `where`, keys first. */
function indexRows(s: SearchSource, where: string): string {
  return `
    INSERT OR IGNORE INTO search_keys (kind, record_id) SELECT '${s.kind}', X.id FROM ${s.table} X WHERE X.deleted_at IS NULL AND (${where});
    INSERT INTO search_index (rowid, folded, body, kind, record_id, parent_id, inspection_id, campaign_id)
      SELECT k.id, fold(${s.text}), ${s.text}, '${s.kind}', X.id, ${s.parent}, ${s.inspection}, ${s.campaign}
      FROM ${s.table} X JOIN search_keys k ON k.kind = '${s.kind}' AND k.record_id = X.id
      WHERE X.deleted_at IS NULL AND (${where});`;
}
const unindexRow = (kind: string, id: string) =>
  `DELETE FROM search_index WHERE rowid = (SELECT id FROM search_keys WHERE kind = '${kind}' AND record_id = ${id});`;

/**
 * Migration 10's SQL. unicode61 on text already folded (nothing left for it to strip), with prefix
 * indexes for the word being typed; trigram was measured and is larger and matches inside words
 * (docs/architecture.md, "Search").
 */
function searchIndex(): string {
  const triggers = SEARCH_SOURCES.map((s) => {
    // Only a change of the searched text or of the bin state re-indexes: an autosave that rewrites a
    // row unchanged, or touches its updated_at, costs the index nothing.
    const changed = `(${s.text.replace(/X\./g, 'OLD.')}) IS NOT (${s.text.replace(/X\./g, 'NEW.')}) OR OLD.deleted_at IS NOT NEW.deleted_at`;
    return `
  CREATE TRIGGER search_${s.kind}_insert AFTER INSERT ON ${s.table} WHEN NEW.deleted_at IS NULL
  BEGIN ${indexRows(s, 'X.id = NEW.id')}
  END;
  CREATE TRIGGER search_${s.kind}_update AFTER UPDATE ON ${s.table} WHEN ${changed}
  BEGIN
    ${unindexRow(s.kind, 'OLD.id')}${indexRows(s, 'X.id = NEW.id')}
  END;
  CREATE TRIGGER search_${s.kind}_delete AFTER DELETE ON ${s.table}
  BEGIN
    ${unindexRow(s.kind, 'OLD.id')}
    DELETE FROM search_keys WHERE kind = '${s.kind}' AND record_id = OLD.id;
  END;`;
  }).join('');
  const inspection = SEARCH_SOURCES[0];
  return `
  CREATE TABLE search_keys (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, record_id TEXT NOT NULL, UNIQUE (kind, record_id)) STRICT;
  CREATE VIRTUAL TABLE search_index USING fts5(
    folded, body UNINDEXED, kind UNINDEXED, record_id UNINDEXED, parent_id UNINDEXED, inspection_id UNINDEXED, campaign_id UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3');
  ${triggers}
  CREATE TRIGGER search_unit_name_of_inspections AFTER UPDATE OF name ON units WHEN OLD.name IS NOT NEW.name
  BEGIN
    DELETE FROM search_index WHERE rowid IN (
      SELECT k.id FROM search_keys k JOIN inspections i ON k.kind = 'inspection' AND k.record_id = i.id WHERE i.unit_id = NEW.id);
    ${indexRows(inspection, 'X.unit_id = NEW.id')}
  END;
  ${SEARCH_SOURCES.map((s) => indexRows(s, '1')).join('')}
  `;
}

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

  // 4: the built-in unit levels move onto the fixed ids of shared/defaults.ts (until now each
  // database gave them random ids, so a unit's level could not travel by id between laptops)
  remapDefaultLevels([
    ['ddf670ca-181f-4f7e-8a31-2128d0d2b21e', 'Cấp tỉnh'],
    ['9bee2222-db5f-4088-90d0-086ec30f043d', 'Sở, ban, ngành'],
    ['19eb36f0-21e2-41fd-8de1-edf812e5befd', 'Cấp huyện'],
    ['5cd9b2f9-f156-4d8f-bc52-3611de80be72', 'Cấp xã'],
    ['081b1bd3-01a1-4283-b8d2-da479f5566df', 'Phòng, ban chuyên môn'],
  ]),

  // 5 (field drafts): what was typed into a field that does not hold a valid value yet ("25:70",
  // "31/02/2023"), per record and field path, so that nothing typed is lost and the typed column
  // itself never holds an invalid value. Rows are replaced with each save of the record.
  `
  CREATE TABLE field_drafts (
    owner_id TEXT NOT NULL, field TEXT NOT NULL, text TEXT NOT NULL,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    PRIMARY KEY (owner_id, field)) STRICT;
  `,

  // 6: the issuing side belongs to the campaign (docs/domain.md "Who issues what"): each campaign
  // carries its own province, bodies, place name and symbols as JSON (shared/records.ts
  // IssuerSettings). Existing campaigns take the issuing side set until now for the whole laptop;
  // that setting stays as the default a new campaign starts from.
  `
  ALTER TABLE campaigns ADD COLUMN issuer TEXT NOT NULL DEFAULT '{}';
  UPDATE campaigns SET issuer = json_object(
      'province', COALESCE((SELECT json_extract(value, '$.province') FROM settings WHERE key = 'issuer' AND deleted_at IS NULL), ''),
      'superiorBody', COALESCE((SELECT json_extract(value, '$.superiorBody') FROM settings WHERE key = 'issuer' AND deleted_at IS NULL), ''),
      'issuingBody', COALESCE((SELECT json_extract(value, '$.issuingBody') FROM settings WHERE key = 'issuer' AND deleted_at IS NULL), ''),
      'teamBodyName', COALESCE((SELECT json_extract(value, '$.teamBodyName') FROM settings WHERE key = 'issuer' AND deleted_at IS NULL), ''),
      'placeName', COALESCE((SELECT json_extract(value, '$.placeName') FROM settings WHERE key = 'issuer' AND deleted_at IS NULL), ''),
      'teamSymbol', COALESCE((SELECT json_extract(value, '$.teamSymbol') FROM settings WHERE key = 'issuer' AND deleted_at IS NULL), ''),
      'issuerSymbol', COALESCE((SELECT json_extract(value, '$.issuerSymbol') FROM settings WHERE key = 'issuer' AND deleted_at IS NULL), ''),
      'level', 'province', 'issuingBodyKind', '', 'headTitle', '');
  `,
  // 7: attachments (a signed scan of an issued document, the scanned report of a unit). The file is
  // copied into <data folder>/attachments/ under its SHA-256 (content-addressed, never overwritten or
  // deleted by the app, so a restored backup still finds its files); this row says whose it is, what
  // the user called it and what its content is (checked by its first bytes, not its extension).
  `
  CREATE TABLE attachments (
    id TEXT PRIMARY KEY,
    owner_kind TEXT NOT NULL CHECK (owner_kind IN ('signed_document','remediation_report')),
    owner_id TEXT NOT NULL,
    file_name TEXT NOT NULL CHECK (length(file_name) > 0),
    mime TEXT NOT NULL CHECK (mime IN ('application/pdf','image/jpeg','image/png')),
    size INTEGER NOT NULL CHECK (size > 0),
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    ${stamps}
  ) STRICT;
  CREATE INDEX idx_attachments_owner ON attachments(owner_kind, owner_id);
  `,

  // 8: following recommendations to their end (docs/domain.md, "Follow-up"). Everything here is a
  // record of what happened, so history and extensions are append-only (triggers refuse UPDATE and
  // DELETE); a unit's remediation report and the team's assessment of each item are ordinary records.
  // An extension never edits the recommendation's own deadline: that deadline is printed in the issued
  // conclusion notice, which must not go stale because the deadline was later extended.
  `
  CREATE TABLE recommendation_history (
    id INTEGER PRIMARY KEY,
    recommendation_id TEXT NOT NULL REFERENCES recommendations(id),
    created_at TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('created','status','result','deadline','extension','report','assessment','reminder','carried')),
    on_date TEXT,
    from_value TEXT NOT NULL DEFAULT '',
    to_value TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    ref_id TEXT
  ) STRICT;
  CREATE INDEX idx_rec_history ON recommendation_history(recommendation_id, id);
  CREATE TRIGGER recommendation_history_no_update BEFORE UPDATE ON recommendation_history
  BEGIN SELECT RAISE(ABORT, 'Lịch sử kiến nghị chỉ được ghi thêm, không được sửa.'); END;
  CREATE TRIGGER recommendation_history_no_delete BEFORE DELETE ON recommendation_history
  BEGIN SELECT RAISE(ABORT, 'Lịch sử kiến nghị chỉ được ghi thêm, không được xóa.'); END;

  CREATE TABLE recommendation_extensions (
    id TEXT PRIMARY KEY,
    recommendation_id TEXT NOT NULL REFERENCES recommendations(id),
    new_deadline TEXT NOT NULL CHECK (new_deadline GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    decided_date TEXT NOT NULL,
    created_at TEXT NOT NULL
  ) STRICT;
  CREATE INDEX idx_rec_extensions ON recommendation_extensions(recommendation_id, created_at);
  CREATE TRIGGER recommendation_extensions_no_update BEFORE UPDATE ON recommendation_extensions
  BEGIN SELECT RAISE(ABORT, 'Gia hạn đã ghi không được sửa: hãy ghi một lần gia hạn mới.'); END;
  CREATE TRIGGER recommendation_extensions_no_delete BEFORE DELETE ON recommendation_extensions
  BEGIN SELECT RAISE(ABORT, 'Gia hạn đã ghi không được xóa.'); END;

  CREATE TABLE remediation_reports (
    id TEXT PRIMARY KEY,
    inspection_id TEXT NOT NULL REFERENCES inspections(id),
    received_date TEXT NOT NULL,
    doc_number TEXT NOT NULL DEFAULT '',
    doc_date TEXT,
    summary TEXT NOT NULL DEFAULT '',
    ${stamps}
  ) STRICT;
  CREATE INDEX idx_remediation_reports_insp ON remediation_reports(inspection_id);
  CREATE TABLE remediation_report_items (
    report_id TEXT NOT NULL REFERENCES remediation_reports(id),
    recommendation_id TEXT NOT NULL REFERENCES recommendations(id),
    done_text TEXT NOT NULL DEFAULT '',
    assessment TEXT CHECK (assessment IN ('accepted','not_accepted')),
    assessment_reason TEXT NOT NULL DEFAULT '',
    assessed_date TEXT,
    ${stamps},
    PRIMARY KEY (report_id, recommendation_id)
  ) STRICT;
  CREATE INDEX idx_remediation_items_rec ON remediation_report_items(recommendation_id);
  `,

  // 9 (signed copies): what happened to
  // an issued document after it was printed. A table of its own, not columns of `documents`: the
  // register row stays frozen as issued (its triggers stay as they are), while the signing date, the
  // sending date and the addressee are ordinary facts she may correct. The scans themselves are
  // attachments (owner_kind 'signed_document', migration 7). deleted_at is there like on every
  // table; the row follows its document (a document in the bin is not listed).
  `
  CREATE TABLE document_dispatch (
    document_id TEXT PRIMARY KEY REFERENCES documents(id),
    signed_date TEXT CHECK (signed_date IS NULL OR signed_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    sent_date TEXT CHECK (sent_date IS NULL OR sent_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    sent_to TEXT NOT NULL DEFAULT '',
    ${stamps}
  ) STRICT;
  `,

  // 10: the register of the campaign's own issued documents: the summary report (one per campaign,
  // new versions supersede) and the reminder letters (one series per unit). Frozen like `documents`; a number is
  // unique per symbol and year across both registers, which a trigger on each side enforces.
  `
  CREATE TABLE campaign_documents (
    id TEXT PRIMARY KEY,
    campaign_id TEXT NOT NULL REFERENCES campaigns(id),
    unit_id TEXT REFERENCES units(id),
    kind TEXT NOT NULL CHECK (kind IN ('report','reminder')),
    symbol TEXT NOT NULL CHECK (length(symbol) > 0),
    year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 9999),
    number INTEGER NOT NULL CHECK (number >= 1),
    issued_date TEXT NOT NULL CHECK (issued_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND substr(issued_date, 1, 4) = CAST(year AS TEXT)),
    version INTEGER NOT NULL CHECK (version >= 1),
    supersedes_id TEXT REFERENCES campaign_documents(id),
    template_name TEXT NOT NULL,
    template_sha256 TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    file_name TEXT NOT NULL,
    content BLOB NOT NULL,
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    size INTEGER NOT NULL CHECK (size = length(content)),
    recommendation_ids TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(recommendation_ids)),
    report_by TEXT,
    ${stamps},
    CHECK ((kind = 'reminder') = (unit_id IS NOT NULL)),
    UNIQUE (symbol, year, number)
  ) STRICT;
  CREATE UNIQUE INDEX idx_campaign_documents_version ON campaign_documents(campaign_id, kind, COALESCE(unit_id, ''), version);

  CREATE TRIGGER campaign_documents_frozen BEFORE UPDATE OF
    id, campaign_id, unit_id, kind, symbol, year, number, issued_date, version, supersedes_id,
    template_name, template_sha256, fingerprint, file_name, content, sha256, size, recommendation_ids, report_by, created_at
  ON campaign_documents
  BEGIN
    SELECT RAISE(ABORT, 'Văn bản đã ban hành không được sửa: hãy ban hành phiên bản mới.');
  END;
  CREATE TRIGGER campaign_documents_kept BEFORE DELETE ON campaign_documents
  BEGIN
    SELECT RAISE(ABORT, 'Văn bản đã ban hành không được xóa khỏi sổ đăng ký.');
  END;
  CREATE TRIGGER campaign_documents_number_free BEFORE INSERT ON campaign_documents
  WHEN EXISTS (SELECT 1 FROM documents WHERE symbol = NEW.symbol AND year = NEW.year AND number = NEW.number)
  BEGIN
    SELECT RAISE(ABORT, 'Số văn bản này đã được dùng trong năm cho cùng ký hiệu.');
  END;
  CREATE TRIGGER documents_number_free BEFORE INSERT ON documents
  WHEN EXISTS (SELECT 1 FROM campaign_documents WHERE symbol = NEW.symbol AND year = NEW.year AND number = NEW.number)
  BEGIN
    SELECT RAISE(ABORT, 'Số văn bản này đã được dùng trong năm cho cùng ký hiệu.');
  END;
  `,
  // 11 (search): a full-text index over a folded copy (shared/vi/text.ts foldKey, the SQL
  // function fold() every connection registers) of what a secretary searches by: inspections, findings,
  // recommendations, proposals, people, units, campaigns and issued documents. Triggers keep it in step
  // inside the transaction of each write, so a search never finds what the bin holds nor misses what
  // was just saved. Rowids come from search_keys (an INTEGER PRIMARY KEY, stable under VACUUM).
  searchIndex(),
];

export const SCHEMA_VERSION = MIGRATIONS.length;
