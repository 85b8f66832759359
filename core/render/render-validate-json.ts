import type { Finding } from '../lint/types.ts';
import type { ReadManifestFailure, ReadManifestSuccess } from '../manifest/read-manifest.ts';
import { renderFindingsJson, type FindingJson } from './render-findings-json.ts';

/** JSON contract of `validate --format json` (docs/json-output.md), version 1. */
export interface ValidateJson {
  format_version: 1;
  valid: boolean;
  errors: {
    message: string;
    file: string;
    line: number;
    column: number;
    path: string;
    hint?: string;
  }[];
  findings: FindingJson[];
}

/** The validate report: the manifest's errors (none when valid) and its lint findings. */
export function renderValidateJson(
  result: ReadManifestSuccess | ReadManifestFailure,
  findings: readonly Finding[],
): ValidateJson {
  return {
    format_version: 1,
    valid: result.ok,
    errors: result.ok ? [] : [...result.problems],
    findings: renderFindingsJson(findings),
  };
}
