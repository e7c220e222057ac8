// Writes docs/inspection-transfer.schema.json from the zod schema that import validates against
// (shared/transfer.ts), so the published format cannot drift from the code:
//   npm run schema:export
// test/unit/transfer-schema-doc.test.ts fails when the committed file differs from this output.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { transferJsonSchema } from '../electron/core/transfer';
import { TRANSFER_FORMAT, TRANSFER_VERSION } from '../shared/transfer';

export const SCHEMA_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../docs/inspection-transfer.schema.json');

/** The exact text of docs/inspection-transfer.schema.json. */
export function renderTransferSchema(): string {
  const { $schema, ...rest } = transferJsonSchema() as Record<string, unknown>;
  const doc = {
    $schema,
    title: `BienBan inspection transfer file, format "${TRANSFER_FORMAT}" version ${TRANSFER_VERSION}`,
    description:
      'One inspection with the campaign, team, units and unit levels it refers to, and the follow-up of its recommendations. Generated from shared/transfer.ts ' +
      'by scripts/write-export-schema.ts; see docs/inspection-transfer.md. Import also checks what JSON Schema cannot ' +
      'express: dates that exist, references inside the file, parent chains without loops, and each scan\'s size and SHA-256.',
    ...rest,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  fs.mkdirSync(path.dirname(SCHEMA_FILE), { recursive: true });
  fs.writeFileSync(SCHEMA_FILE, renderTransferSchema());
  console.log(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)}`);
}
