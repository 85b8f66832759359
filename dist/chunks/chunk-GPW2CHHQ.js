import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  revealInvisible
} from "./chunk-4OQQTHGJ.js";

// core/render/terminal-lines.ts
function terminalLines(lines) {
  return lines.map((line) => `${revealInvisible(line)}
`).join("");
}

export {
  terminalLines
};
