import { create } from 'zustand';
import type { DuplicateEntity, DuplicateGroup, DuplicateScanResult } from '../../src-shared/domain/duplicates';
import { restoreGroups, withoutPair, withoutRecord, type GroupsUndo } from './duplicates-groups';

/** The last scan of a kind of record, and when it was made. */
export type EntityScan = { result: DuplicateScanResult; at: string };

type ScanState = {
  scans: Partial<Record<DuplicateEntity, EntityScan>>;
  /** How to put groups back, by the action that changed them (a merge id, a dismissed pair). */
  undos: Record<string, { entity: DuplicateEntity; undo: GroupsUndo }>;
  setResult: (result: DuplicateScanResult) => void;
  /** A pair set aside: it leaves the list; `undoKey` puts it back. */
  dismissPair: (entity: DuplicateEntity, pairKey: string, undoKey: string) => void;
  /** A record merged away: it leaves every group; `undoKey` puts them back. */
  recordMerged: (entity: DuplicateEntity, mergedId: string, undoKey: string) => void;
  undo: (undoKey: string) => void;
};

function changeGroups(state: ScanState, entity: DuplicateEntity, change: (groups: readonly DuplicateGroup[]) => DuplicateGroup[]): ScanState['scans'] {
  const scan = state.scans[entity];
  if (!scan) return state.scans;
  const groups = change(scan.result.groups);
  const totalGroups = Math.max(0, scan.result.totalGroups + groups.length - scan.result.groups.length);
  return { ...state.scans, [entity]: { ...scan, result: { ...scan.result, groups, totalGroups } } };
}

/** The review lists of the Duplicates screen, kept while the app is open. */
export const useDuplicateScanStore = create<ScanState>()((set) => ({
  scans: {},
  undos: {},
  setResult: (result) => set((state) => ({ scans: { ...state.scans, [result.entity]: { result, at: new Date().toISOString() } } })),
  dismissPair: (entity, pairKey, undoKey) =>
    set((state) => {
      let undo: GroupsUndo = { replacedKeys: [], originals: [] };
      const scans = changeGroups(state, entity, (groups) => {
        const next = withoutPair(groups, pairKey);
        undo = next.undo;
        return next.groups;
      });
      return { scans, undos: { ...state.undos, [undoKey]: { entity, undo } } };
    }),
  recordMerged: (entity, mergedId, undoKey) =>
    set((state) => {
      let undo: GroupsUndo = { replacedKeys: [], originals: [] };
      const scans = changeGroups(state, entity, (groups) => {
        const next = withoutRecord(groups, mergedId);
        undo = next.undo;
        return next.groups;
      });
      return { scans, undos: { ...state.undos, [undoKey]: { entity, undo } } };
    }),
  undo: (undoKey) =>
    set((state) => {
      const entry = state.undos[undoKey];
      if (!entry) return {};
      const undos = { ...state.undos };
      delete undos[undoKey];
      return { scans: changeGroups(state, entry.entity, (groups) => restoreGroups(groups, entry.undo)), undos };
    }),
}));
