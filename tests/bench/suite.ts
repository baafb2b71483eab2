/** A benchmark suite: runs in plain Node and returns flat figures (`{ metric: number }`). */
export type Metrics = Record<string, number>;

export type SuiteContext = {
  /** A fresh temporary folder for this suite's databases; removed after the run. */
  workDir: string;
  /** Progress lines for the person watching (stderr). */
  log: (line: string) => void;
};

export type Suite = (ctx: SuiteContext) => Promise<Metrics>;
