import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);

// core/render/escape-markdown.ts
var INVISIBLE = /(?!\uFE0E|\uFE0F)[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]/gu, INVISIBLE_BUT_LF = /(?!\n|\uFE0E|\uFE0F)[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]/gu, ANY_INVISIBLE = new RegExp(INVISIBLE.source, "u");
function hasInvisible(text) {
  return ANY_INVISIBLE.test(text);
}
var BREAK = "\u200B";
function escapeMarkdown(text) {
  let escaped = breakReferences(revealInvisible(text)).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_{}[\]()+\-.!|~$=^]/g, (character) => `\\${character}`);
  return encodeEdgeSpaces(escaped);
}
function inlineCode(text) {
  return codeSpan(breakComments(revealInvisible(text)));
}
function tableCode(text) {
  return codeSpan(
    breakComments(revealInvisible(text)).replace(/\\(?=\|)/g, "[U+005C]").replace(/\|/g, "\\|")
  );
}
function codeBlock(text, language = "") {
  let clean = breakComments(text.replace(/\r\n/g, `
`).replace(INVISIBLE_BUT_LF, codePoint)), fence = "`".repeat(Math.max(2, longestBacktickRun(clean)) + 1);
  return `${fence}${language}
${clean}
${fence}`;
}
function escapeHtml(text) {
  return breakReferences(revealInvisible(text)).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}
function linkDestination(url) {
  return url.replace(
    /[^\w\-.~:/?#@!$&*+,;=%]/gu,
    (character) => [...new TextEncoder().encode(character)].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, "0")}`).join("")
  );
}
function plainText(text) {
  return text.replace(/\r\n/g, `
`).replace(INVISIBLE_BUT_LF, codePoint);
}
function revealInvisible(text) {
  return text.replace(INVISIBLE, codePoint);
}
function codePoint(character) {
  return `[U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}]`;
}
function breakReferences(text) {
  return text.replace(/[@#]/g, `$&${BREAK}`).replace(/:\/\//g, `:${BREAK}//`).replace(/GH(?=-\d)/gi, `$&${BREAK}`);
}
function encodeEdgeSpaces(text) {
  let start = 0;
  for (; text[start] === " "; ) start += 1;
  let end = text.length;
  for (; end > start && text[end - 1] === " "; ) end -= 1;
  return `${"&#32;".repeat(start)}${text.slice(start, end)}${"&#32;".repeat(text.length - end)}`;
}
function breakComments(text) {
  return text.replace(/<!/g, `<${BREAK}!`);
}
function codeSpan(content) {
  if (content === "") return "";
  let fence = "`".repeat(longestBacktickRun(content) + 1), pad = content.startsWith("`") || content.endsWith("`") || content.startsWith(" ") && content.endsWith(" ") && content.trim() !== "" ? " " : "";
  return `${fence}${pad}${content}${pad}${fence}`;
}
function longestBacktickRun(text) {
  let longest = 0, run = 0;
  for (let character of text)
    run = character === "`" ? run + 1 : 0, run > longest && (longest = run);
  return longest;
}

export {
  INVISIBLE_BUT_LF,
  hasInvisible,
  escapeMarkdown,
  inlineCode,
  tableCode,
  codeBlock,
  escapeHtml,
  linkDestination,
  plainText,
  revealInvisible
};
