import { ManifestError } from '../errors.ts';
import { expandKeyTemplates } from './expand-key-templates.ts';
import { compileDesiredState, type CompileOptions } from './compile-desired-state.ts';
import type { DesiredState } from './desired-state.ts';
import { loadManifest, type LoadedManifest } from './load-manifest.ts';
import type { ManifestInput, ManifestProblem } from './types.ts';
import { validateManifest } from './validate-manifest.ts';

export interface ReadManifestSuccess {
  ok: true;
  loaded: LoadedManifest;
  manifest: ManifestInput;
  desired: DesiredState;
}

export interface ReadManifestFailure {
  ok: false;
  problems: ManifestProblem[];
  /**
   * When the only problems are errors in raw key policies: the desired state with those
   * policies as written, for linting what can be understood. Never for planning or applying.
   */
  lintable?: DesiredState;
}

/** load -> validate -> compile: the desired state, or every located problem of the manifest. */
export function readManifest(
  file: string,
  content: string | Uint8Array,
  options: CompileOptions,
): ReadManifestSuccess | ReadManifestFailure {
  let loaded: LoadedManifest;
  try {
    loaded = expandKeyTemplates(loadManifest(file, content));
  } catch (error) {
    if (error instanceof ManifestError) return { ok: false, problems: [...error.problems] };
    throw error;
  }
  const validation = validateManifest(loaded);
  if (!validation.valid) return { ok: false, problems: validation.problems };
  const compiled = compileDesiredState(loaded, validation.manifest, options);
  if (!compiled.ok) {
    return compiled.lintable === undefined
      ? { ok: false, problems: compiled.problems }
      : { ok: false, problems: compiled.problems, lintable: compiled.lintable };
  }
  return { ok: true, loaded, manifest: validation.manifest, desired: compiled.desired };
}
