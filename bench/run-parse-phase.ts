/**
 * One phase of `measureParsePhases`, alone in a fresh process (a cold process, as the CLI
 * runs): node --import tsx bench/run-parse-phase.ts <index of generateWorstValidManifests> <phase>
 * Each phase does the work of the one before it and more; prints the CPU milliseconds of the
 * work (module loading excluded).
 */
import { Lexer, Parser, type CST } from 'yaml';
import { runLint } from '../core/lint/run-lint.ts';
import { createKeysTaker } from '../core/manifest/create-keys-taker.ts';
import { loadManifest } from '../core/manifest/load-manifest.ts';
import { readManifest } from '../core/manifest/read-manifest.ts';
import { readYamlDocuments } from '../core/manifest/read-yaml-documents.ts';
import { createLexemeScanner } from '../core/manifest/scan-yaml-lexemes.ts';
import { withPlainEnvironment } from '../core/manifest/with-plain-environment.ts';
import { generateWorstValidManifests } from './generate-worst-valid-manifests.ts';

export const PARSE_PHASES = {
  lex: "yaml's Lexer",
  scan: '+ our pre-scan of the lexemes',
  parse: "+ yaml's Parser (CST), entries taken out in batches",
  compose: "+ yaml's Composer (each batch, then the rest)",
  load: '+ structure checks, plain data, positions (loadManifest)',
  read: '+ key templates, schema, compile (readManifest)',
  lint: '+ lint',
} as const;

export type ParsePhase = keyof typeof PARSE_PHASES;

const options = { repository: 'acme/bench', manifestPath: 'kms.yaml' };

function run(phase: ParsePhase, text: string): number {
  switch (phase) {
    case 'lex':
    case 'scan':
    case 'parse':
      // As readYamlDocuments reads (same environment), without composing.
      return withPlainEnvironment(() => {
        const scanner = createLexemeScanner();
        const parser = new Parser();
        const takeKeys = createKeysTaker();
        const tokens: CST.Token[] = [];
        let count = 0;
        for (const lexeme of new Lexer().lex(text)) {
          count += 1;
          if (phase === 'lex') continue;
          scanner.next(lexeme);
          if (phase === 'scan') continue;
          for (const token of parser.next(lexeme)) tokens.push(token);
          if (lexeme === '\n' && takeKeys(parser, tokens) !== undefined) count += 1;
        }
        return count;
      });
    case 'compose': {
      const read = readYamlDocuments(text, () => undefined);
      return read.ok ? read.documents.length : 0;
    }
    case 'load':
      return Object.keys(loadManifest('kms.yaml', text).data as object).length;
    case 'read':
      return readManifest('kms.yaml', text, options).ok ? 1 : 0;
    case 'lint': {
      const read = readManifest('kms.yaml', text, options);
      return read.ok ? runLint(read.desired).length : 0;
    }
  }
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const index = Number(process.argv[2] ?? 0);
  const phase = (process.argv[3] ?? 'lex') as ParsePhase;
  const text = generateWorstValidManifests('123456789012')[index]?.text() ?? '';
  const start = process.cpuUsage();
  run(phase, text);
  const used = process.cpuUsage(start);
  console.log(String(Math.round((used.user + used.system) / 1000)));
}
