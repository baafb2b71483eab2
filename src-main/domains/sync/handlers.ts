import type { ApiHandlers } from '../../core/dispatch';
import { listReview } from './queries';
import { syncRuntime } from './runtime';
import { resolveReviewItem } from './service';

export const syncHandlers = {
  'sync.status': (_input, { core }) => syncRuntime(core).status(),
  'sync.now': (_input, { core }) => syncRuntime(core).syncNow(),
  'sync.connect': (input, { core }) => syncRuntime(core).connect(input),
  'sync.disconnect': (_input, { core }) => syncRuntime(core).disconnect(),
  'sync.review.list': (_input, { core }) => listReview(core.read),
  'sync.review.resolve': (input, { core }) => resolveReviewItem(core, input),
  'sync.share.status': (_input, { core }) => syncRuntime(core).share.status(),
  'sync.share.start': (input, { core }) => syncRuntime(core).share.start(input),
  'sync.share.stop': async (_input, { core }) => {
    const { share } = syncRuntime(core);
    await share.stop({ remember: false });
    return share.status();
  },
} satisfies Partial<ApiHandlers>;
