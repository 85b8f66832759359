// What the manifest schema accepts of a live key's tags and aliases (`tags`, `aliases`).
const TAG_NAME = /^(?![Aa][Ww][Ss]:)(?!kms-action:)[\p{L}\p{Z}\p{N}_.:/=+\-@]{1,128}$/u;
const TAG_VALUE = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]{0,256}$/u;
const ALIAS = /^alias\/(?![Aa][Ww][Ss]\/)[a-zA-Z0-9/_-]+$/;

export function isWritableTag(name: string, value: string): boolean {
  return TAG_NAME.test(name) && TAG_VALUE.test(value);
}

export function isWritableAlias(name: string): boolean {
  return ALIAS.test(name);
}
