/** `--target <key name>` (repeatable) of `plan` and `apply`: a partial run (select-target-keys.ts). */
export const TARGET_OPTION = { target: { type: 'string', multiple: true } } as const;

export const TARGET_HELP = `      --target <key name>    plan only this key, its aliases and grants (repeatable); the
                             other keys are not read, and the plan says it is partial`;
