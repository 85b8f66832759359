import type { ValidateJson } from '../json-contracts.ts';
import type { Finding } from '../lint/types.ts';
import type { ReadManifestFailure, ReadManifestSuccess } from '../manifest/read-manifest.ts';
import { renderFindingsJson } from './render-findings-json.ts';

export type { ValidateJson };

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
