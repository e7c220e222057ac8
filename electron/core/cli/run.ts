// Runs one command line and resolves to the exit code: 0 done, 1 failed while running, 2 typed wrong.
// Everything the user reads is Vietnamese; errors go to stderr, results to stdout. An unexpected
// failure says what failed in her words; its stack goes to the log file in the data folder, as the
// app's dispatch does (docs/architecture.md, "One contract for every call").
import { unexpectedMessage } from '../../../shared/errors';
import { cleanText } from '../../../shared/vi/text';
import { CoreError } from '../errors';
import { createLogger } from '../log';
import { resolveDataDir } from '../paths';
import { parseCommandLine, UsageError, type OptionName } from './args';
import { check, CommandFailure, demo, exportInspection, importInspection, list, type Context } from './commands';
import { backup, restore } from './backup';
import { generate, issue, pdf } from './documents';
import { attachSigned } from './signed';
import { followUp } from './followup';
import { xlsx } from './xlsx';
import { reminder, report } from './campaign-docs';
import { search } from './search';
import { helpText } from './help';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

const COMMANDS: Record<string, { options: OptionName[]; maxArgs: number }> = {
  demo: { options: ['years'], maxArgs: 0 },
  list: { options: ['json'], maxArgs: 0 },
  export: { options: ['out', 'force'], maxArgs: 1 },
  import: { options: [], maxArgs: 1 },
  check: { options: [], maxArgs: 0 },
  generate: { options: ['type', 'out', 'template', 'force'], maxArgs: 1 },
  issue: { options: ['type', 'date', 'out', 'force', 'accept-warnings'], maxArgs: 1 },
  pdf: { options: ['type', 'out', 'force'], maxArgs: 1 },
  'follow-up': { options: ['date', 'all', 'json'], maxArgs: 0 },
  xlsx: { options: ['campaign', 'date', 'out', 'force'], maxArgs: 0 },
  report: { options: ['date', 'out', 'force', 'issue'], maxArgs: 1 },
  reminder: { options: ['campaign', 'date', 'report-by', 'out', 'force', 'issue'], maxArgs: 1 },
  search: { options: ['json'], maxArgs: 20 },
  backup: { options: ['out', 'force'], maxArgs: 0 },
  restore: { options: [], maxArgs: 1 },
  'attach-signed': { options: ['signed'], maxArgs: 2 },
  help: { options: [], maxArgs: 1 },
};
const GLOBAL_OPTIONS: OptionName[] = ['data-dir', 'help'];

/** The group of operations each command runs, so an unexpected failure is named as the app names it. */
const COMMAND_OPS: Record<string, string> = {
  demo: 'demo.load', list: 'inspections.list', export: 'transfer.export', import: 'transfer.import', check: 'system.check',
  generate: 'documents.generate', issue: 'documents.issue', pdf: 'documents.savePdf', 'follow-up': 'followUp.list', xlsx: 'xlsx.save', report: 'campaignDocs.issue', reminder: 'campaignDocs.issue', search: 'search.query', backup: 'backup.create', restore: 'backup.restore',
  'attach-signed': 'documents.attachSigned',
};

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const out = (s: string) => io.out(cleanText(s));
  const err = (s: string) => io.err(cleanText(s));
  let command: string | undefined;
  let dataDir: string | undefined;
  try {
    const cl = parseCommandLine(argv);
    command = cl.command;
    if (cl.command === 'help' || (cl.help && (!cl.command || COMMANDS[cl.command]))) {
      out(helpText());
      return 0;
    }
    if (!cl.command) throw new UsageError('Chưa nhập lệnh.');
    const spec = COMMANDS[cl.command];
    if (!spec) throw new UsageError(`Lệnh không được hỗ trợ: "${cl.command}".`);
    const extra = cl.given.filter((o) => !spec.options.includes(o) && !GLOBAL_OPTIONS.includes(o));
    if (extra.length) throw new UsageError(`Lệnh ${cl.command} không nhận tùy chọn ${extra.map((o) => `--${o}`).join(', ')}.`);
    if (cl.args.length > spec.maxArgs) throw new UsageError(`Lệnh ${cl.command} có tham số thừa: ${cl.args.slice(spec.maxArgs).join(' ')}.`);

    dataDir = resolveDataDir(cl.dataDir, io.env, io.cwd);
    const ctx: Context = { dataDir, cwd: io.cwd, out };
    switch (cl.command) {
      case 'demo': demo(ctx, cl.years); return 0;
      case 'list': list(ctx, cl.json); return 0;
      case 'export': exportInspection(ctx, cl.args[0], cl.out, cl.force); return 0;
      case 'import': importInspection(ctx, cl.args[0]); return 0;
      case 'check': return check(ctx) ? 0 : 1;
      case 'generate': await generate(ctx, cl.args[0], cl); return 0;
      case 'issue': await issue(ctx, cl.args[0], cl); return 0;
      case 'pdf': await pdf(ctx, cl.args[0], cl); return 0;
      case 'report': await report(ctx, cl.args[0], cl); return 0;
      case 'reminder': await reminder(ctx, cl.args[0], cl); return 0;
      case 'follow-up': followUp(ctx, { date: cl.date, all: cl.all, json: cl.json }); return 0;
      case 'xlsx': await xlsx(ctx, { campaign: cl.campaign, date: cl.date, out: cl.out, force: cl.force }); return 0;
      case 'search': search(ctx, cl.args, cl.json); return 0;
      case 'backup': await backup(ctx, cl.out, cl.force); return 0;
      case 'restore': await restore(ctx, cl.args[0]); return 0;
      case 'attach-signed': attachSigned(ctx, cl.args[0], cl.args[1], cl.signed); return 0;
    }
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      err(`Lỗi: ${e.message}`);
      err('Gõ "npm run cli -- help" để xem cách dùng.');
      return 2;
    }
    if (e instanceof CommandFailure || e instanceof CoreError) {
      err(`Lỗi: ${e.message}`);
      return 1;
    }
    const op = COMMAND_OPS[command ?? ''] ?? 'system.cli';
    if (dataDir) createLogger(dataDir).error(`cli ${command}`, e);
    err(`Lỗi: ${unexpectedMessage(op)}`);
    return 1;
  }
}

/** The folder relative file names refer to: where the user typed `npm run cli`, not the package root npm moves to. */
export function userCwd(env: NodeJS.ProcessEnv, cwd: string): string {
  return env.npm_lifecycle_event === 'cli' && env.INIT_CWD ? env.INIT_CWD : cwd;
}
