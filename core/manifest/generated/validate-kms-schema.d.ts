// Types of the generated validate-kms-schema.js (scripts/generate-schema-validator.ts).
import type { ValidateFunction } from 'ajv/dist/2020.js';

export declare const validate: ValidateFunction;
export default validate;
