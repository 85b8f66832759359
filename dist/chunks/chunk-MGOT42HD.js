import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);

// core/render/clip-markdown.ts
function clipMarkdown(markdown, options) {
  let measure = options.unit === "utf8" ? utf8Length : utf16Length;
  if (measure(markdown) <= options.max) return markdown;
  let ending = `

${options.notice}`, room = options.max - measure(ending);
  if (room < 0) throw new Error(`the notice alone exceeds the limit of ${String(options.max)}`);
  let kept = [], used = 0, state = { fence: void 0, comment: !1, details: 0 }, closingSize = (at) => {
    let close2 = closers(at);
    return close2 === "" ? 0 : measure(close2) + 1;
  };
  for (let line of markdown.split(`
`)) {
    let next = advance(state, line), size = measure(line) + (kept.length === 0 ? 0 : 1);
    if (used + size + closingSize(next) <= room) {
      kept.push(line), used += size, state = next;
      continue;
    }
    if (state.fence === void 0 && !state.comment) {
      let budget = room - used - (kept.length === 0 ? 0 : 1) - closingSize(state), part = cutLine(line, budget, options.unit === "utf8"), after = advance(state, part);
      part !== "" && after.details === state.details && !after.comment && after.fence === void 0 && kept.push(`${part} \u2026`);
    }
    break;
  }
  let close = closers(state);
  return `${kept.join(`
`)}${close === "" ? "" : `
${close}`}${ending}`;
}
var DETAILS_OPEN = /^ {0,3}<details(?=[\s>]|\/>|$)/i, DETAILS_CLOSE = /^ {0,3}<\/details(?=[\s>]|$)/i;
function advance(state, line) {
  let run = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
  if (state.fence !== void 0)
    return run !== void 0 && run[0] === state.fence[0] && run.length >= state.fence.length && line.trim() === run ? { ...state, fence: void 0 } : state;
  if (!state.comment && run !== void 0) return { ...state, fence: run };
  let comment = state.comment, details = state.details;
  comment || (DETAILS_OPEN.test(line) ? details++ : DETAILS_CLOSE.test(line) && (details = Math.max(0, details - 1)));
  let index = 0;
  for (; index < line.length; ) {
    if (comment) {
      let end = line.indexOf("-->", index);
      if (end < 0) break;
      comment = !1, index = end + 3;
      continue;
    }
    let start = line.indexOf("<!--", index);
    if (start < 0) break;
    comment = !0, index = start + 4;
  }
  return { fence: void 0, comment, details };
}
function closers(state) {
  let parts = [];
  state.fence !== void 0 && parts.push(state.fence), state.comment && parts.push("-->");
  for (let open = 0; open < state.details; open++) parts.push("</details>");
  return parts.join(`
`);
}
function cutLine(line, budget, bytes) {
  let limit = budget - 4, size = 0, span = 0, inComment = !1, inTag = !1, best = 0, index = 0;
  for (; index < line.length && size <= limit; ) {
    let code = line.codePointAt(index) ?? 0, width = code > 65535 ? 2 : 1;
    if (span === 0 && !inComment && !inTag && (code === 32 || code === 9) && (best = index), code === 96) {
      let end = index;
      for (; line.charCodeAt(end) === 96; ) end++;
      !inComment && !inTag && (span === 0 ? span = end - index : span === end - index && (span = 0)), size += end - index, index = end;
      continue;
    }
    size += bytes ? utf8Width(code) : width, span === 0 && (inComment ? line.startsWith("-->", index) && (inComment = !1) : inTag ? code === 62 && (inTag = !1) : line.startsWith("<!--", index) ? inComment = !0 : code === 60 && /[A-Za-z/]/.test(line[index + 1] ?? "") && (inTag = !0)), index += width;
  }
  return line.slice(0, best).trimEnd();
}
function utf16Length(text) {
  return text.length;
}
function utf8Length(text) {
  let size = 0;
  for (let index = 0; index < text.length; index++) {
    let code = text.charCodeAt(index);
    if (code >= 55296 && code <= 56319 && index + 1 < text.length) {
      let low = text.charCodeAt(index + 1);
      if (low >= 56320 && low <= 57343) {
        size += 4, index++;
        continue;
      }
    }
    size += utf8Width(code);
  }
  return size;
}
function utf8Width(code) {
  return code < 128 ? 1 : code < 2048 ? 2 : code < 65536 ? 3 : 4;
}

// adapters/github/marker-line.ts
var MARKER = /^<!-- (?:[\x21-\x2c\x2e-\x3b\x3d\x3f-\x7e]|-(?!-))+ -->$/;
function markBody(marker, body) {
  if (!MARKER.test(marker)) throw new Error(`not a marker: ${JSON.stringify(marker)}`);
  return `${marker}
${body}`;
}
function hasMarkerLine(body, marker) {
  let end = body.indexOf(`
`), first = end < 0 ? body : body.slice(0, end);
  return (first.endsWith("\r") ? first.slice(0, -1) : first) === marker;
}

// adapters/github/compose-github-body.ts
function composeGitHubBody(parts) {
  let unit = parts.unit ?? "utf16", measure = (text) => unit === "utf8" ? new TextEncoder().encode(text).length : text.length, head = [parts.marker, parts.head].filter((part) => part !== void 0).join(`
`), before = head === "" ? "" : `${head}
`, after = parts.tail === void 0 ? "" : `

${parts.tail}`, room = parts.limit - measure(before) - measure(after), notice = `> [!NOTE]
> This report is too long for GitHub and was cut here: the full report is in ${parts.fullReport}.`, content = clipMarkdown(parts.content, { max: room, notice, unit });
  parts.marker === void 0 && parts.head === void 0 && content.startsWith("<!--") && (content = clipMarkdown(`**kms-action**
${content}`, { max: room, notice, unit }));
  let rest = `${parts.head === void 0 ? "" : `${parts.head}
`}${content}${after}`;
  return parts.marker === void 0 ? rest : markBody(parts.marker, rest);
}

// adapters/github/github-limits.ts
var GITHUB_LIMITS = {
  /** Issue and pull request comments, review comments and review bodies. */
  comment: 65536,
  /** Issue bodies. */
  issueBody: 65536,
  /** A check run's `output.summary` and `output.text` each. */
  checkRunOutput: 65535,
  /** A job summary (`$GITHUB_STEP_SUMMARY`), in bytes. */
  jobSummaryBytes: 1048576
};

export {
  hasMarkerLine,
  composeGitHubBody,
  GITHUB_LIMITS
};
