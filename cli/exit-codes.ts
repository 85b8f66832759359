/** Exit codes of SPEC section 6: scripts and CI rely on them. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_INVALID_INPUT = 2;
export const EXIT_CHANGES = 3;
export const EXIT_AWS_ERROR = 4;
