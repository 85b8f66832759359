/** How far reading the keys of one account and Region has come. */
export interface ReadProgress {
  account: string;
  region: string;
  /** Keys read so far. */
  read: number;
  /** Keys to read in this account and Region. */
  total: number;
}

/** Called once with `read: 0` when the total is known, then after each key read. */
export type ReadProgressListener = (progress: ReadProgress) => void;
