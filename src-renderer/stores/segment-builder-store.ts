import { create } from 'zustand';
import { checkDefinition, type SegmentIssue } from '../../src-shared/domain/segments/check';
import { emptyDefinition } from '../../src-shared/domain/segments/definition';
import type { Segment, SegmentDefinition, SegmentEntity, SegmentPreview } from '../../src-shared/domain/segments/types';
import { invoke } from '../api/client';
import { userTimeZone } from '../lib/agenda-dates';
import { notifyError } from './notify-error';
import { useSegmentLibrary } from './segment-library-store';

/** The segment being built: a new one, or a saved one being edited (a copy when the user may not change it). */
export type SegmentDraft = {
  entity: SegmentEntity;
  /** The saved segment edited; null for a new one. */
  segmentId: string | null;
  /** False: a segment of someone else's, saved as a new one of the user's. */
  canEdit: boolean;
  ownerName: string | null;
  /** Saved by a newer version: its conditions could not be read, the user starts again. */
  unreadable: boolean;
  name: string;
  shared: boolean;
  definition: SegmentDefinition;
};

export type PreviewState =
  | { status: 'idle' }
  | { status: 'counting'; last: SegmentPreview | null }
  | { status: 'ready'; result: SegmentPreview }
  /** The definition has problems to correct: nothing is counted. */
  | { status: 'invalid' }
  | { status: 'failed'; error: unknown };

type BuilderState = {
  draft: SegmentDraft | null;
  /** What the definition check finds wrong, by place; shown beside each condition. */
  issues: SegmentIssue[];
  preview: PreviewState;
  /** The name is missing (shown once the user tried to save). */
  nameMissing: boolean;
  /** The user tried to save: every problem shows, even on conditions not yet left. */
  tried: boolean;
  saving: boolean;
  open: (entity: SegmentEntity, segment?: Segment) => void;
  close: () => void;
  setDefinition: (definition: SegmentDefinition) => void;
  setName: (name: string) => void;
  setShared: (shared: boolean) => void;
  /** Saves the draft; the saved segment, or null when something must be corrected first or the core refused. */
  save: () => Promise<Segment | null>;
};

/** How long the builder waits after the last change before counting (typing a value is many changes). */
export const previewDelayMs = 300;
const previewRecords = 5;

let timer: ReturnType<typeof setTimeout> | null = null;
let request = 0;

function issuesOf(draft: SegmentDraft): SegmentIssue[] {
  const check = checkDefinition(draft.entity, draft.definition);
  return check.ok ? [] : check.issues;
}

/** The segment builder's draft, its problems and its live count (segments.preview, debounced). */
export const useSegmentBuilder = create<BuilderState>()((set, get) => {
  const countLater = () => {
    if (timer) clearTimeout(timer);
    const { draft, issues, preview } = get();
    if (!draft) return;
    if (issues.length > 0) {
      request += 1;
      set({ preview: { status: 'invalid' } });
      return;
    }
    const last = preview.status === 'ready' ? preview.result : preview.status === 'counting' ? preview.last : null;
    set({ preview: { status: 'counting', last } });
    const mine = ++request;
    timer = setTimeout(() => {
      timer = null;
      void invoke('segments.preview', { entity: draft.entity, definition: draft.definition, limit: previewRecords, timeZone: userTimeZone() })
        .then((result) => {
          if (mine === request && get().draft) set({ preview: { status: 'ready', result } });
        })
        .catch((error: unknown) => {
          if (mine === request && get().draft) set({ preview: { status: 'failed', error } });
        });
    }, previewDelayMs);
  };

  const change = (patch: Partial<SegmentDraft>, recount: boolean) => {
    const draft = get().draft;
    if (!draft) return;
    const next = { ...draft, ...patch };
    set({ draft: next, ...(recount ? { issues: issuesOf(next) } : {}) });
    if (recount) countLater();
  };

  return {
    draft: null,
    issues: [],
    preview: { status: 'idle' },
    nameMissing: false,
    tried: false,
    saving: false,
    open: (entity, segment) => {
      const draft: SegmentDraft = segment
        ? {
            entity,
            segmentId: segment.id,
            canEdit: segment.canEdit,
            ownerName: segment.owner?.displayName ?? null,
            unreadable: segment.unreadable,
            name: segment.name,
            shared: segment.shared,
            definition: segment.unreadable ? emptyDefinition() : segment.definition,
          }
        : { entity, segmentId: null, canEdit: true, ownerName: null, unreadable: false, name: '', shared: false, definition: emptyDefinition() };
      set({ draft, issues: issuesOf(draft), preview: { status: 'idle' }, nameMissing: false, tried: false, saving: false });
      countLater();
    },
    close: () => {
      if (timer) clearTimeout(timer);
      timer = null;
      request += 1;
      set({ draft: null, issues: [], preview: { status: 'idle' }, nameMissing: false, tried: false, saving: false });
    },
    setDefinition: (definition) => change({ definition }, true),
    setName: (name) => {
      change({ name }, false);
      if (name.trim()) set({ nameMissing: false });
    },
    setShared: (shared) => change({ shared }, false),
    save: async () => {
      const { draft, issues } = get();
      if (!draft || get().saving) return null;
      const nameMissing = draft.name.trim() === '';
      set({ nameMissing, tried: true });
      if (nameMissing || issues.length > 0) return null;
      set({ saving: true });
      try {
        const saved = await invoke('segments.save', {
          ...(draft.segmentId && draft.canEdit ? { id: draft.segmentId } : {}),
          name: draft.name.trim(),
          entity: draft.entity,
          definition: draft.definition,
          shared: draft.shared,
        });
        useSegmentLibrary.getState().remember(saved);
        return saved;
      } catch (error) {
        notifyError(error);
        return null;
      } finally {
        set({ saving: false });
      }
    },
  };
});
