// The published description of the transfer format must not drift from the code: the committed JSON
// Schema is exactly what scripts/write-export-schema.ts generates now, it describes a real export,
// and the prose document names every top-level field, the format, the version and the size limit.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderTransferSchema, SCHEMA_FILE } from '../../scripts/write-export-schema';
import { contract } from '../../shared/api';
import { defaultDocOptions, newCampaign, newId } from '../../shared/defaults';
import { MAX_IMPORT_BASE64, MAX_IMPORT_BYTES, TRANSFER_FORMAT, TRANSFER_VERSION } from '../../shared/transfer';
import { formatCount } from '../../shared/vi/numbers';
import { tempCore } from '../helpers';

const DOC_FILE = path.join(path.dirname(SCHEMA_FILE), 'inspection-transfer.md');

type Schema = {
  type?: string;
  const?: unknown;
  anyOf?: Schema[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  pattern?: string;
  maxLength?: number;
  maxItems?: number;
};

/** A deliberately small JSON Schema check, enough to show the schema describes what export writes. */
function conforms(value: unknown, s: Schema, at = '$'): string[] {
  if (s.anyOf) return s.anyOf.some((alt) => conforms(value, alt, at).length === 0) ? [] : [`${at}: matches no alternative`];
  if ('const' in s && value !== s.const) return [`${at}: expected ${JSON.stringify(s.const)}`];
  switch (s.type) {
    case 'null':
      return value === null ? [] : [`${at}: expected null`];
    case 'boolean':
      return typeof value === 'boolean' ? [] : [`${at}: expected boolean`];
    case 'number':
      return typeof value === 'number' ? [] : [`${at}: expected number`];
    case 'integer':
      return Number.isInteger(value) ? [] : [`${at}: expected integer`];
    case 'string':
      if (typeof value !== 'string') return [`${at}: expected string`];
      if (s.pattern && !new RegExp(s.pattern).test(value)) return [`${at}: does not match ${s.pattern}`];
      if (s.maxLength !== undefined && value.length > s.maxLength) return [`${at}: too long`];
      return [];
    case 'array':
      if (!Array.isArray(value)) return [`${at}: expected array`];
      if (s.maxItems !== undefined && value.length > s.maxItems) return [`${at}: too many items`];
      return value.flatMap((v, i) => conforms(v, s.items ?? {}, `${at}[${i}]`));
    case 'object': {
      if (!value || typeof value !== 'object' || Array.isArray(value)) return [`${at}: expected object`];
      const obj = value as Record<string, unknown>;
      const props = s.properties ?? {};
      return [
        ...(s.required ?? []).filter((k) => !(k in obj)).map((k) => `${at}.${k}: required`),
        ...Object.keys(obj).filter((k) => !(k in props)).map((k) => `${at}.${k}: not in the schema`),
        ...Object.entries(obj).flatMap(([k, v]) => (props[k] ? conforms(v, props[k], `${at}.${k}`) : [])),
      ];
    }
    default:
      return [];
  }
}

const cores: ReturnType<typeof tempCore>[] = [];
afterAll(() => cores.forEach((c) => (c.close(), fs.rmSync(c.dir, { recursive: true, force: true }))));

describe('docs/inspection-transfer.schema.json', () => {
  it('is exactly what `npm run schema:export` generates from the code', () => {
    const committed = fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, 'utf8') : '(missing)';
    expect(committed, 'docs/inspection-transfer.schema.json is out of date: run `npm run schema:export` and commit it').toBe(
      renderTransferSchema(),
    );
  });

  it('pins the format name and version', () => {
    const schema = JSON.parse(renderTransferSchema());
    expect(schema.properties.format.const).toBe(TRANSFER_FORMAT);
    expect(schema.properties.version.const).toBe(TRANSFER_VERSION);
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'version', 'campaign', 'inspection']));
  });

  it('describes what export really writes (and the checker does catch a wrong file)', () => {
    const core = tempCore();
    cores.push(core);
    const h = core.handlers;
    const level = h['unitLevels.list']({})[0];
    const unit = h['units.save']({ id: newId(), name: 'UBND huyện Mường Chà', levelId: level.id, parentId: null, address: '', representatives: [] });
    const campaign = h['campaigns.save'](newCampaign(2022));
    const team = h['teams.save']({
      id: newId(), campaignId: campaign.id, number: 1,
      members: [{ id: newId(), honorific: 'Ông', fullName: 'Vũ Minh Hồng', role: 'leader', title: 'Trưởng đoàn', agency: 'Sở Nội vụ' }],
    });
    const id = newId();
    h['inspections.save']({
      id, campaignId: campaign.id, teamId: team.id, unitId: unit.id, dateFrom: '2022-10-03', dateTo: '2022-10-06',
      meetingDate: null, startTime: '08:00', endTime: null, place: 'Mường Chà', chairNote: '', docOptions: defaultDocOptions(),
      attendees: [{ id: newId(), side: 'unit', honorific: 'Ông', fullName: 'Trang A Lử', title: 'Chủ tịch', agency: 'UBND huyện', isChair: true }],
      subUnits: [{ id: newId(), unitId: null, name: 'UBND xã Sa Lông', note: '' }],
      findings: [{ id: newId(), areaId: campaign.areas[2].id, kind: 'shortcoming', text: 'Còn 231 hồ sơ trễ hạn.' }],
      figures: [{ id: newId(), indicatorId: campaign.indicators[0].id, value: 97.52, denominator: null, note: '' }],
      recommendations: [{
        id: newId(), areaId: null, content: 'Khắc phục', responsibleUnit: 'UBND huyện', remedyDeadline: '2022-12-31',
        remedyDeadlineNote: '', reportDeadline: null, reportTo: '', status: 'open', statusNote: '',
      }],
      unitOpinion: 'Thống nhất.', unitProposals: [{ id: newId(), content: 'Hỗ trợ kinh phí', addressedTo: 'UBND tỉnh' }],
    });
    const schema = JSON.parse(renderTransferSchema()) as Schema;
    const exported = JSON.parse(h['transfer.export']({ id }).json);
    expect(conforms(exported, schema)).toEqual([]);

    const wrong = structuredClone(exported);
    wrong.inspection.figures[0].value = '97,52';
    wrong.inspection.surprise = true;
    delete wrong.campaign.year;
    expect(conforms(wrong, schema)).toEqual(
      expect.arrayContaining([
        '$.inspection.figures[0].value: matches no alternative',
        '$.inspection.surprise: not in the schema',
        '$.campaign.year: required',
      ]),
    );
  });
});

describe('docs/inspection-transfer.md', () => {
  const doc = fs.readFileSync(DOC_FILE, 'utf8');

  it('names the format, the current version and every top-level field', () => {
    expect(doc).toContain(`\`${TRANSFER_FORMAT}\``);
    expect(doc).toContain(`phiên bản **${TRANSFER_VERSION}**`);
    expect(doc).toContain(`version **${TRANSFER_VERSION}**`);
    const schema = JSON.parse(renderTransferSchema());
    for (const key of Object.keys(schema.properties)) expect(doc, `top-level field ${key}`).toContain(`| \`${key}\` |`);
  });

  it('states the size limit that dispatch enforces', () => {
    const max = MAX_IMPORT_BYTES;
    expect((contract['transfer.import'].input.shape.base64 as { maxLength: number | null }).maxLength).toBe(MAX_IMPORT_BASE64);
    expect(doc).toContain(formatCount(max)); // 50.000.000
    expect(doc).toContain(max.toLocaleString('en-US')); // 50,000,000
  });
});
