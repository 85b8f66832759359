import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../core/lint/types.ts';
import {
  escapeData,
  escapeProperty,
  renderFindingsAnnotations,
} from '../../../core/render/render-findings-annotations.ts';

const FINDING: Finding = {
  rule: 'public-principal',
  severity: 'error',
  message: 'statement `Anyone` lets any AWS principal call kms:Decrypt',
  file: 'infra/kms.yaml',
  line: 48,
  column: 24,
  key: 'prod-billing',
  help: 'name the principals',
};

function withoutKey(finding: Finding): Finding {
  const rest = { ...finding };
  delete rest.key;
  return rest;
}

describe('renderFindingsAnnotations', () => {
  it('writes one workflow command per finding, at its file, line and column', () => {
    expect(
      renderFindingsAnnotations([
        FINDING,
        { ...FINDING, severity: 'warning', line: 3, column: 1 },
        withoutKey({ ...FINDING, severity: 'notice' }),
      ]),
    ).toBe(
      [
        '::error file=infra/kms.yaml,line=48,col=24,title=kms-action public-principal (key prod-billing)::statement `Anyone` lets any AWS principal call kms:Decrypt%0Ahelp: name the principals',
        '::warning file=infra/kms.yaml,line=3,col=1,title=kms-action public-principal (key prod-billing)::statement `Anyone` lets any AWS principal call kms:Decrypt%0Ahelp: name the principals',
        '::notice file=infra/kms.yaml,line=48,col=24,title=kms-action public-principal::statement `Anyone` lets any AWS principal call kms:Decrypt%0Ahelp: name the principals',
        '',
      ].join('\n'),
    );
  });

  it('escapes what would end the command or its properties, and shows invisible characters', () => {
    const [command] = renderFindingsAnnotations([
      {
        ...FINDING,
        file: 'a,b:c%.yaml',
        key: 'k,1\u202e',
        message: '100% bad\r\nnext: line\rx\u200by',
      },
    ]).split('\n');
    expect(command).toBe(
      '::error file=a%2Cb%3Ac%25.yaml,line=48,col=24,title=kms-action public-principal (key k%2C1[U+202E])::100%25 bad%0Anext: line[U+000D]x[U+200B]y%0Ahelp: name the principals',
    );
  });

  it.each([
    ['%', '%25', '%25'],
    ['\r', '%0D', '%0D'],
    ['\n', '%0A', '%0A'],
    [':', ':', '%3A'],
    [',', ',', '%2C'],
    ['%0A', '%250A', '%250A'],
  ])('escapes %j as the Actions toolkit does', (raw, data, property) => {
    expect(escapeData(raw)).toBe(data);
    expect(escapeProperty(raw)).toBe(property);
  });
});
