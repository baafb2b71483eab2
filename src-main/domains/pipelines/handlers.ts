import type { ApiHandlers } from '../../core/dispatch';
import { ensureSalesDefaults } from './defaults';
import { listLostReasons, listPipelines } from './queries';
import { deletePipeline, saveLostReasons, savePipeline } from './service';

export const pipelineHandlers = {
  'pipelines.list': (_input, { core }) => {
    ensureSalesDefaults(core);
    return listPipelines(core.read);
  },
  'pipelines.save': (input, { core }) => savePipeline(core, input),
  'pipelines.delete': (input, { core }) => deletePipeline(core, input.id),
  'lostReasons.list': (_input, { core }) => {
    ensureSalesDefaults(core);
    return listLostReasons(core.read);
  },
  'lostReasons.save': (input, { core }) => saveLostReasons(core, input.reasons),
} satisfies Partial<ApiHandlers>;
