// Column maps for every table, in one place so the schema (db/migrations.ts) and the records
// (shared/records.ts) can be compared at a glance.
import type { TableSpec } from '../db/table';

export const SPECS = {
  unitLevels: { table: 'unit_levels', label: 'Cấp đơn vị', columns: { name: ['name', 'text'], position: ['position', 'int'] } },
  units: {
    table: 'units', label: 'Đơn vị',
    columns: { name: ['name', 'text'], levelId: ['level_id', 'nullableText'], parentId: ['parent_id', 'nullableText'], address: ['address', 'text'], email: ['email', 'text'] },
  },
  representatives: {
    table: 'unit_representatives', parent: 'unit_id', label: 'Người đại diện', parentLabel: 'một đơn vị khác',
    columns: { honorific: ['honorific', 'text'], fullName: ['full_name', 'text'], title: ['title', 'text'] },
  },
  campaigns: {
    table: 'campaigns', label: 'Đợt kiểm tra',
    columns: {
      year: ['year', 'int'], title: ['title', 'text'],
      planNumber: ['plan_number', 'text'], planDate: ['plan_date', 'nullableText'], planIssuer: ['plan_issuer', 'text'], planSummary: ['plan_summary', 'text'],
      decisionNumber: ['decision_number', 'text'], decisionDate: ['decision_date', 'nullableText'], decisionIssuer: ['decision_issuer', 'text'], decisionSummary: ['decision_summary', 'text'],
      issuer: ['issuer', 'json'],
    },
  },
  areas: { table: 'areas', parent: 'campaign_id', label: 'Lĩnh vực', parentLabel: 'một đợt kiểm tra khác', columns: { name: ['name', 'text'] } },
  indicators: {
    table: 'indicators', parent: 'campaign_id', label: 'Chỉ tiêu', parentLabel: 'một đợt kiểm tra khác',
    columns: { name: ['name', 'text'], areaId: ['area_id', 'nullableText'], kind: ['kind', 'text'], unit: ['unit', 'text'], parentId: ['parent_id', 'nullableText'] },
  },
  teams: { table: 'teams', label: 'Đoàn kiểm tra', columns: { campaignId: ['campaign_id', 'text'], number: ['number', 'int'] } },
  members: {
    table: 'team_members', parent: 'team_id', label: 'Thành viên', parentLabel: 'một đoàn kiểm tra khác',
    columns: { honorific: ['honorific', 'text'], fullName: ['full_name', 'text'], role: ['role', 'text'], title: ['title', 'text'], agency: ['agency', 'text'] },
  },
  inspections: {
    table: 'inspections', label: 'Cuộc kiểm tra',
    columns: {
      campaignId: ['campaign_id', 'text'], teamId: ['team_id', 'nullableText'], unitId: ['unit_id', 'nullableText'],
      dateFrom: ['date_from', 'nullableText'], dateTo: ['date_to', 'nullableText'], meetingDate: ['meeting_date', 'nullableText'],
      startTime: ['start_time', 'nullableText'], endTime: ['end_time', 'nullableText'],
      place: ['place', 'text'], chairNote: ['chair_note', 'text'], unitOpinion: ['unit_opinion', 'text'],
      docOptions: ['doc_options', 'json'],
    },
  },
  attendees: {
    table: 'attendees', parent: 'inspection_id', label: 'Người tham dự', parentLabel: 'một cuộc kiểm tra khác',
    columns: {
      side: ['side', 'text'], honorific: ['honorific', 'text'], fullName: ['full_name', 'text'],
      title: ['title', 'text'], agency: ['agency', 'text'], isChair: ['is_chair', 'bool'],
    },
  },
  subUnits: {
    table: 'sub_units', parent: 'inspection_id', label: 'Đơn vị trực thuộc', parentLabel: 'một cuộc kiểm tra khác',
    columns: { unitId: ['unit_id', 'nullableText'], name: ['name', 'text'], note: ['note', 'text'] },
  },
  findings: {
    table: 'findings', parent: 'inspection_id', label: 'Kết quả kiểm tra', parentLabel: 'một cuộc kiểm tra khác',
    columns: { areaId: ['area_id', 'nullableText'], kind: ['kind', 'text'], text: ['text', 'text'] },
  },
  figures: {
    table: 'figures', parent: 'inspection_id', label: 'Số liệu', parentLabel: 'một cuộc kiểm tra khác',
    columns: { indicatorId: ['indicator_id', 'text'], value: ['value', 'nullableReal'], denominator: ['denominator', 'nullableReal'], note: ['note', 'text'] },
  },
  recommendations: {
    table: 'recommendations', parent: 'inspection_id', label: 'Kiến nghị', parentLabel: 'một cuộc kiểm tra khác',
    columns: {
      areaId: ['area_id', 'nullableText'], content: ['content', 'text'], responsibleUnit: ['responsible_unit', 'text'],
      remedyDeadline: ['remedy_deadline', 'nullableText'], remedyDeadlineNote: ['remedy_deadline_note', 'text'],
      reportDeadline: ['report_deadline', 'nullableText'], reportTo: ['report_to', 'text'],
      status: ['status', 'text'], statusNote: ['status_note', 'text'],
    },
  },
  unitProposals: {
    table: 'unit_proposals', parent: 'inspection_id', label: 'Kiến nghị, đề xuất của đơn vị', parentLabel: 'một cuộc kiểm tra khác',
    columns: { content: ['content', 'text'], addressedTo: ['addressed_to', 'text'] },
  },
} satisfies Record<string, TableSpec>;
