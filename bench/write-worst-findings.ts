/**
 * Writes the full lint findings (JSON) of one generated worst valid manifest, to compare them
 * before and after a change to the lint's speed:
 *   node --import tsx bench/write-worst-findings.ts <index of generateWorstValidManifests> <file>
 *   cmp before.json after.json
 */
import { writeFileSync } from 'node:fs';
import { runLint } from '../core/lint/run-lint.ts';
import { readManifest } from '../core/manifest/read-manifest.ts';
import { generateWorstValidManifests } from './generate-worst-valid-manifests.ts';

const index = Number(process.argv[2] ?? 0);
const file = process.argv[3] ?? `worst-${String(index)}-findings.json`;
const text = generateWorstValidManifests('123456789012')[index]?.text() ?? '';
const read = readManifest('kms.yaml', text, { repository: 'acme/bench', manifestPath: 'kms.yaml' });
if (!read.ok) throw new Error(`refused: ${read.problems[0]?.message ?? ''}`);
const findings = runLint(read.desired);
writeFileSync(file, `${JSON.stringify(findings, null, 1)}\n`);
console.log(`${String(findings.length)} findings written to ${file}`);
