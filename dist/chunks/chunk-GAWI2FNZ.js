import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);

// cli/cli-version.ts
function cliVersion() {
  return "0.1.0";
}

export {
  cliVersion
};
