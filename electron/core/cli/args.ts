// Reads the command line with node:util parseArgs and says what is wrong in Vietnamese: parseArgs'
// own messages are English and name things a secretary does not need to know.
import { parseArgs } from 'node:util';

/** A mistake in how the command was typed (exit code 2), as opposed to a failure while running it. */
export class UsageError extends Error {}

const OPTIONS = {
  'data-dir': { type: 'string' },
  json: { type: 'boolean' },
  out: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
  all: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  type: { type: 'string' },
  template: { type: 'string' },
  date: { type: 'string' },
  years: { type: 'string' },
  campaign: { type: 'string' },
  'accept-warnings': { type: 'boolean' },
  signed: { type: 'string' },
  issue: { type: 'boolean' },
  'report-by': { type: 'string' },
} as const;
export type OptionName = keyof typeof OPTIONS;

export interface CommandLine {
  command: string | undefined;
  /** Arguments after the command name. */
  args: string[];
  dataDir?: string;
  json: boolean;
  out?: string;
  force: boolean;
  /** follow-up: the finished recommendations too. */
  all: boolean;
  help: boolean;
  /** Document type for generate/issue: minutes | conclusion. */
  type?: string;
  /** A Word template to use instead of the active one (generate). */
  template?: string;
  /** Issue date (issue), or the day deadlines are counted from (follow-up): dd/mm/yyyy. */
  date?: string;
  /** demo: a generated province over this many years instead of the five articles. */
  years?: string;
  /** xlsx: one campaign instead of all. */
  campaign?: string;
  /** issue: the points to confirm (figures, invalid entries, a far date) were checked; never lets a missing item through. */
  acceptWarnings: boolean;
  /** attach-signed: the day the document was signed, dd/mm/yyyy. */
  signed?: string;
  /** report, reminder: issue (number and register) rather than draft. */
  issue: boolean;
  /** reminder: the date by which the unit reports, dd/mm/yyyy. */
  reportBy?: string;
  /** Options actually typed, to reject those the command does not take. */
  given: OptionName[];
}

export function parseCommandLine(argv: string[]): CommandLine {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true, tokens: true });
  } catch (e) {
    throw new UsageError(describeParseError(e as Error & { code?: string }));
  }
  const { values, positionals, tokens } = parsed;
  for (const name of ['data-dir', 'out', 'type', 'template', 'date', 'years', 'campaign', 'signed', 'report-by'] as const) {
    if (values[name] !== undefined && values[name].trim() === '') throw new UsageError(`Tùy chọn --${name} cần một giá trị, không được để trống.`);
  }
  const given = [...new Set(tokens.filter((t) => t.kind === 'option').map((t) => t.name as OptionName))];
  return {
    command: positionals[0],
    args: positionals.slice(1),
    dataDir: values['data-dir'],
    json: values.json ?? false,
    out: values.out,
    force: values.force ?? false,
    all: values.all ?? false,
    help: values.help ?? false,
    type: values.type,
    template: values.template,
    date: values.date,
    years: values.years,
    campaign: values.campaign,
    acceptWarnings: values['accept-warnings'] ?? false,
    signed: values.signed,
    issue: values.issue ?? false,
    reportBy: values['report-by'],
    given,
  };
}

function describeParseError(e: Error & { code?: string }): string {
  const quoted = /'([^']+)'/.exec(e.message)?.[1] ?? '';
  const option = /--[\w-]+/.exec(quoted)?.[0] ?? quoted;
  switch (e.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `Tùy chọn không được hỗ trợ: ${option}.`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (/does not take an argument/.test(e.message)) return `Tùy chọn ${option} không nhận giá trị.`;
      if (/ambiguous/.test(e.message)) {
        return `Tùy chọn ${option} cần một giá trị (nếu giá trị bắt đầu bằng dấu "-", viết liền: ${option}=giá-trị).`;
      }
      return `Tùy chọn ${option} cần một giá trị.`;
    default:
      return `Dòng lệnh không hợp lệ: ${e.message}`;
  }
}
