import type { ApiParsedInput } from '../../../src-shared/contract/api';
import { IMPORT_CHANGE_LIMIT, IMPORT_ISSUE_LIMIT, type ImportPreview } from '../../../src-shared/domain/imports';
import type { Core } from '../../core/core';
import { runTask } from '../../core/tasks';
import { appLanguage } from '../ical/language';
import { checkedPlan } from './plan';
import type { ImportPlan } from './plan-types';
import { findSession } from './sessions';

export function previewOf(importId: string, plan: ImportPlan): ImportPreview {
  return {
    importId,
    entity: plan.entity,
    counts: plan.counts,
    issues: plan.issues.slice(0, IMPORT_ISSUE_LIMIT),
    issueCount: plan.issues.length,
    warningRowCount: plan.warningRows,
    changes: plan.changes.slice(0, IMPORT_CHANGE_LIMIT),
    changeCount: plan.changes.length,
    companiesToCreate: [...plan.newCompanies.values()].slice(0, IMPORT_CHANGE_LIMIT),
    companiesToCreateCount: plan.newCompanies.size,
  };
}

/** Every row checked against the database with the user's mapping and choices; nothing written. */
export function previewImport(core: Core, input: ApiParsedInput<'imports.preview'>): Promise<ImportPreview> {
  return runTask(core, input.taskId, async (task) => {
    const language = appLanguage(core);
    const session = findSession(core, input.importId, language);
    return previewOf(session.importId, await checkedPlan(core, session, input, language, task));
  });
}
