/**
 * Hidden markers by which the Action finds its own comments and issues again: one plan
 * comment per manifest and pull request, one apply report per manifest on the merged pull
 * request, one drift issue per manifest.
 */
export function planCommentMarker(manifestPath: string): string {
  return `<!-- kms-action:${safe(manifestPath)} -->`;
}

export function applyCommentMarker(manifestPath: string): string {
  return `<!-- kms-action-apply:${safe(manifestPath)} -->`;
}

export function driftIssueMarker(manifestPath: string): string {
  return `<!-- kms-action-drift:${safe(manifestPath)} -->`;
}

/** A path cannot end the HTML comment early (`-->`) or carry a line break. */
function safe(path: string): string {
  return path
    .replace(/[^\w./@+=,:-]/g, (character) => encodeURIComponent(character))
    .replace(/--/g, '-%2D');
}
