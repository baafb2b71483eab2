import { useEffect } from 'react';
import { create } from 'zustand';
import type { Pipeline } from '../../../src-shared/domain/sales';
import type { FieldType } from '../../../src-shared/domain/segments/types';
import { invoke } from '../../api/client';
import { useReferenceStore } from '../../stores/reference-store';

export type Choice = { id: string; label: string };

const usePipelines = create<{ pipelines: Pipeline[] | null; load: () => Promise<void> }>()((set, get) => ({
  pipelines: null,
  load: async () => {
    if (get().pipelines) return;
    try {
      set({ pipelines: await invoke('pipelines.list', {}) });
    } catch {
      // Without pipelines the stage and pipeline pickers are empty; the rest of the builder works.
      set({ pipelines: [] });
    }
  },
}));

/** What a user, tag, stage or pipeline condition picks among: the office's users, tags, stages ("Pipeline › Stage" when there are several pipelines), pipelines. */
export function useChoices(type: FieldType): Choice[] {
  const users = useReferenceStore((state) => state.users);
  const tags = useReferenceStore((state) => state.tags);
  const pipelines = usePipelines((state) => state.pipelines);
  const needsPipelines = type === 'stage' || type === 'pipeline';
  useEffect(() => {
    if (needsPipelines) void usePipelines.getState().load();
  }, [needsPipelines]);
  switch (type) {
    case 'user':
      return users.map((user) => ({ id: user.id, label: user.displayName }));
    case 'tag':
      return tags.map((tag) => ({ id: tag.id, label: tag.name }));
    case 'pipeline':
      return (pipelines ?? []).map((pipeline) => ({ id: pipeline.id, label: pipeline.name }));
    case 'stage': {
      const several = (pipelines ?? []).length > 1;
      return (pipelines ?? []).flatMap((pipeline) =>
        pipeline.stages.map((stage) => ({ id: stage.id, label: several ? `${pipeline.name} › ${stage.name}` : stage.name })),
      );
    }
    default:
      return [];
  }
}
