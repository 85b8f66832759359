import { Composer, Lexer, Parser, type CST, type Document } from 'yaml';
import { createLexemeScanner, type ScanProblem } from './scan-yaml-lexemes.ts';
import { createKeysTaker } from './create-keys-taker.ts';
import { withPlainEnvironment } from './with-plain-environment.ts';

/**
 * The YAML documents of `text`, as yaml's `parseAllDocuments` reads them, or the caps the
 * text is past: its lexemes are watched as they are read (`createLexemeScanner`), and
 * documents are built only from input that is not refused, so a hostile manifest never
 * costs a full parse. With `onKeysBatch`, completed entries of the top-level `keys:` mapping
 * are composed in batches as they are read, each batch a document of its own given to
 * `onKeysBatch` and left out of the documents returned (`createKeysTaker`).
 */
export function readYamlDocuments(
  text: string,
  onKeysBatch?: (document: Document.Parsed) => void,
): YamlReading {
  return withPlainEnvironment(() => readDocuments(text, onKeysBatch));
}

type YamlReading =
  { ok: true; documents: Document.Parsed[] } | { ok: false; problems: ScanProblem[] };

function readDocuments(
  text: string,
  onKeysBatch?: (document: Document.Parsed) => void,
): YamlReading {
  const scanner = createLexemeScanner();
  const parser = new Parser();
  const tokens: CST.Token[] = [];
  let refused = false;
  const takeKeys = onKeysBatch === undefined ? undefined : createKeysTaker();
  for (const lexeme of new Lexer().lex(text)) {
    // Once refused, keep lexing (cheap, no memory) only to count the keys to the end.
    refused = scanner.next(lexeme) || refused;
    if (refused) continue;
    for (const token of parser.next(lexeme)) tokens.push(token);
    // An entry of a block mapping is complete at a line break at the earliest.
    const batch = lexeme === '\n' || lexeme === '\r\n' ? takeKeys?.(parser, tokens) : undefined;
    if (batch !== undefined && onKeysBatch !== undefined) {
      for (const document of createComposer().compose([batch])) onKeysBatch(document);
    }
  }
  const problems = scanner.finish();
  if (problems.length > 0) return { ok: false, problems };
  for (const token of parser.end()) tokens.push(token);
  return { ok: true, documents: Array.from(createComposer().compose(tokens)) };
}

function createComposer(): Composer {
  return new Composer({
    prettyErrors: false,
    // yaml's own duplicate check compares every key with every other (quadratic: a minute for
    // a 700 KB file of short keys); inspectStructure finds duplicates with one Map per mapping.
    uniqueKeys: false,
    schema: 'core',
    // YAML 1.1 merge keys (`<<: *shared`): inspectYamlStructure checks their sources and
    // bounds what they expand to, like aliases.
    merge: true,
    strict: true,
    // The core reports through problems, never through process warnings.
    logLevel: 'error',
  });
}
