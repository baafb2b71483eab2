/**
 * Long work the user watches and may cancel (an import, an export, a mail merge, a duplicates
 * scan). The caller names the task with a fresh id in its request; the core announces progress
 * under that id (`task.progress`) and `tasks.cancel` stops it, leaving nothing half-written.
 */
export const taskPhases = ['reading', 'checking', 'saving', 'writing', 'merging', 'scanning'] as const;
export type TaskPhase = (typeof taskPhases)[number];

export type TaskProgress = {
  taskId: string;
  phase: TaskPhase;
  /** Rows, records or letters done so far in this phase. */
  done: number;
  /** How many there are in all, when known. */
  total: number | null;
};
