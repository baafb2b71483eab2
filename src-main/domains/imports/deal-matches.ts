import { foldWords } from '../../../src-shared/domain/import-choices';
import { splitFullName } from '../../../src-shared/domain/import-names';
import type { Pipeline, PipelineStage, StageKind } from '../../../src-shared/domain/sales';
import { personSortKey } from '../../../src-shared/domain/text';
import { prepared, type ReadDb } from '../../db/handles';
import { defaultStageId, defaultStages } from '../pipelines/defaults';
import { listLostReasons, listPipelines } from '../pipelines/queries';
import type { ContactEmails } from './matches';

/**
 * What a deals file names by words, found as the CRM names it: pipelines, their stages, lost
 * reasons (accents, case and punctuation aside: "Rendez-vous" is "rendez vous"), and contacts (by e-mail, or by name, within the deal's
 * company when several share it). Read once per check of a file, except contacts (indexed).
 */
export class SalesSetup {
  readonly pipelines: Pipeline[];
  private readonly lostReasons: Map<string, string>;
  /** The default pipeline's stages by their French and English names, the way the app first names them. */
  private readonly defaultNames = new Map<string, string>();

  constructor(db: ReadDb) {
    this.pipelines = listPipelines(db);
    this.lostReasons = new Map(listLostReasons(db).map((reason) => [foldWords(reason.label), reason.id]));
    for (const stage of defaultStages) {
      for (const name of [stage.fr, stage.en]) this.defaultNames.set(foldWords(name), defaultStageId(stage.key));
    }
  }

  /** The pipeline a deal goes to when the file does not name one: the first, as the create form. */
  get defaultPipeline(): Pipeline | null {
    return this.pipelines[0] ?? null;
  }

  pipelineNamed(name: string): Pipeline | null {
    const key = foldWords(name);
    return this.pipelines.find((pipeline) => foldWords(pipeline.name) === key) ?? null;
  }

  pipelineOf(id: string): Pipeline | null {
    return this.pipelines.find((pipeline) => pipeline.id === id) ?? null;
  }

  /** A stage of the pipeline by its name, or by the name the app gave it in the other language. */
  stageNamed(pipeline: Pipeline, name: string): PipelineStage | null {
    const key = foldWords(name);
    const byName = pipeline.stages.find((stage) => foldWords(stage.name) === key);
    if (byName) return byName;
    const defaultId = this.defaultNames.get(key);
    return pipeline.stages.find((stage) => stage.id === defaultId) ?? null;
  }

  /** The first stage of a kind (the first open one is where the create form puts a deal). */
  firstStage(pipeline: Pipeline, kind: StageKind): PipelineStage | null {
    return pipeline.stages.find((stage) => stage.kind === kind) ?? null;
  }

  stageOf(pipeline: Pipeline, id: string): PipelineStage | null {
    return pipeline.stages.find((stage) => stage.id === id) ?? null;
  }

  lostReasonNamed(label: string): string | null {
    return this.lostReasons.get(foldWords(label)) ?? null;
  }
}

/** Live contacts by e-mail (the duplicate keys) or by whole name ("Hélène Dupont", "DUPONT Hélène"). */
export class ContactFinder {
  private readonly byName = new Map<string, string[]>();

  constructor(
    private readonly db: ReadDb,
    private readonly emails: ContactEmails,
  ) {}

  /** The contact, or null when none has that e-mail or name, or several have that name (and the company does not tell them apart). */
  find(text: string, companyId: string | null): string | null {
    if (text.includes('@')) return this.emails.find(text.trim());
    const ids = this.named(text);
    if (ids.length === 1) return ids[0] as string;
    if (ids.length === 0 || !companyId) return null;
    const atCompany = ids.filter((id) => prepared(this.db, 'SELECT 1 FROM contact_companies WHERE contact_id = ? AND company_id = ? AND deleted = 0').get(id, companyId));
    return atCompany.length === 1 ? (atCompany[0] as string) : null;
  }

  private named(text: string): string[] {
    let ids = this.byName.get(text);
    if (ids) return ids;
    const { firstName, lastName } = splitFullName(text);
    const keys = new Set([personSortKey(lastName, firstName), personSortKey(firstName, lastName)].filter((key) => key !== ''));
    const found = new Set<string>();
    for (const key of keys) {
      for (const id of prepared(this.db, 'SELECT id FROM contacts WHERE deleted = 0 AND sort_key = ? ORDER BY id LIMIT 20').pluck().all(key) as string[]) found.add(id);
    }
    ids = [...found];
    this.byName.set(text, ids);
    return ids;
  }
}
