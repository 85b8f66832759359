import {
  CHARACTERS_PER_STEP,
  REQUEST_CHARACTERS_PER_STEP,
  valueWork,
  type PreparedStatement,
} from './prepare-key-policy.ts';

/** What the access matrix's requests carry that makes conditions cost more than their size. */
export interface MatrixRequestSize {
  /** The longest value a request may carry (a row's ARN, an encryption context value). */
  longest: number;
  /** Encryption context keys of a request: the values of `kms:EncryptionContextKeys`. */
  contextKeys: number;
}

const CONTEXT_KEYS = 'kms:encryptioncontextkeys';

/**
 * The steps matching `statement`'s conditions may take in one request of the access matrix,
 * priced as `matchConditions` charges them: its `conditionCost`, each policy variable
 * producing up to `longest` characters, each policy value compared with a long request value,
 * and a set operator on `kms:EncryptionContextKeys` comparing every context key with every
 * value. Wildcard matcher steps are not foreseen here; the matrix counts them as it goes.
 */
export function estimateConditionWork(
  statement: PreparedStatement,
  request: MatrixRequestSize,
): number {
  const variableSteps = Math.floor(request.longest / CHARACTERS_PER_STEP);
  const requestSteps = Math.floor(request.longest / REQUEST_CHARACTERS_PER_STEP);
  let work = statement.conditionCost;
  for (const condition of statement.conditions) {
    let values = 0;
    let variables = 0;
    for (const value of condition.values) {
      values += valueWork(value);
      for (let at = value.indexOf('${'); at !== -1; at = value.indexOf('${', at + 2)) {
        variables += 1;
      }
    }
    const requestValues = condition.key === CONTEXT_KEYS ? Math.max(1, request.contextKeys) : 1;
    work +=
      2 * variables * variableSteps +
      (requestValues - 1) * values +
      requestValues * condition.values.length * requestSteps;
  }
  return work;
}
