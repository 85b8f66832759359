/** What a command needs from the process, passed in so tests run commands in-process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** True when stdout is a terminal (colours, prompts). */
  isTty: boolean;
  /** True when stderr is a terminal (progress rewrites one line); default false. */
  stderrIsTty?: boolean;
  /** Asks a question on the terminal and returns the answer; absent when there is none. */
  prompt?: (question: string) => Promise<string>;
}

export type CommandResult = number;
