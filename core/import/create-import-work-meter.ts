import { createWorkMeter, type WorkMeter } from '../work/create-work-meter.ts';
import { ImportWorkLimitError, MAX_IMPORT_WORK } from './import-work-limit-error.ts';

/** A meter for one policy's intent inference: past `limit`, a charge throws `ImportWorkLimitError`. */
export function createImportWorkMeter(limit: number = MAX_IMPORT_WORK): WorkMeter {
  return createWorkMeter(limit, () => new ImportWorkLimitError(limit));
}
