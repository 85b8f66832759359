import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  require_mod
} from "./chunk-SRQPVIDI.js";
import {
  UsageError
} from "./chunk-OXRK6FS4.js";
import {
  __toESM
} from "./chunk-BTB2OLG5.js";

// core/plan/select-target-keys.ts
var import_fastest_levenshtein = __toESM(require_mod(), 1);
var MAX_HINT_LENGTH = 256;
function selectTargetKeys(desired, targets) {
  if (targets.length === 0) return desired;
  let names = desired.keys.map((key) => key.name), known = new Set(names), unknown = [...new Set(targets)].filter((target) => !known.has(target));
  if (unknown.length > 0) {
    let details = unknown.map((target) => `'${target}'${nearMiss(target, names)}`);
    throw new UsageError(
      `--target must name a key under \`keys:\` of ${desired.file}, got ${details.join(", ")}; the keys are: ${names.length === 0 ? "(none)" : names.join(", ")}`
    );
  }
  let selected = new Set(targets);
  return {
    ...desired,
    keys: desired.keys.filter((key) => selected.has(key.name)),
    targets: [...selected].sort(),
    untargetedKeys: desired.keys.filter((key) => !selected.has(key.name)).flatMap(({ name, account, region, aliases, replicas, adopt, movedFrom }) => [
      {
        name,
        account,
        region,
        aliases,
        ...adopt === void 0 ? {} : { adopt },
        ...movedFrom === void 0 ? {} : { movedFrom }
      },
      ...replicas.map((replica) => ({
        name,
        account,
        region: replica.region,
        aliases: replica.aliases
      }))
    ])
  };
}
function nearMiss(target, names) {
  if (names.length === 0 || target.length > MAX_HINT_LENGTH) return "";
  let candidate = (0, import_fastest_levenshtein.closest)(target, [...names]);
  return (0, import_fastest_levenshtein.distance)(target.toLowerCase(), candidate.toLowerCase()) <= Math.max(2, Math.floor(candidate.length / 3)) ? ` (did you mean '${candidate}'?)` : "";
}

export {
  selectTargetKeys
};
