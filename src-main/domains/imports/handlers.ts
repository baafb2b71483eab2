import type { ApiHandlers } from '../../core/dispatch';
import { listImports, undoImport } from './batches';
import { inspectImport } from './inspect';
import { previewImport } from './preview';
import { importReport } from './report';
import { runImport } from './run';

export const importHandlers = {
  'imports.inspect': (input, { core }) => inspectImport(core, input),
  'imports.preview': (input, { core }) => previewImport(core, input),
  'imports.run': (input, { core }) => runImport(core, input),
  'imports.report': (input, { core }) => importReport(core, input),
  'imports.list': (input, { core }) => listImports(core, input.limit),
  'imports.undo': (input, { core }) => undoImport(core, input),
} satisfies Partial<ApiHandlers>;
