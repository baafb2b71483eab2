import { FolderPlus, X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { SegmentIssue } from '../../../src-shared/domain/segments/check';
import { findRelation } from '../../../src-shared/domain/segments/catalogue';
import { emptyGroup, newCondition, newRelated } from '../../../src-shared/domain/segments/definition';
import { segmentLimits } from '../../../src-shared/domain/segments/limits';
import type { GroupMatch, RecordKind, SegmentDefinition, SegmentEntity, SegmentGroup, SegmentNode, SegmentRelated } from '../../../src-shared/domain/segments/types';
import { Button, IconButton } from '../Button';
import { relationLabel } from './catalogue-text';
import { ConditionRow } from './ConditionRow';
import { appendAt, issuesAt, kindAt, removeAt, updateAt, type NodePath } from './definition-edit';
import { FieldPicker, type FieldPick } from './FieldPicker';
import { issueText } from './issue-text';

type GroupEditorProps = {
  entity: SegmentEntity;
  root: SegmentDefinition;
  path: NodePath;
  node: SegmentGroup | SegmentRelated;
  issues: readonly SegmentIssue[];
  reveal: boolean;
  currency: string;
  onChange: (root: SegmentDefinition) => void;
};

/** The node a pick adds: a condition on the group's record, or a "has a … where" group holding the condition on the related record. */
function nodeOfPick(kind: RecordKind, pick: FieldPick, currency: string): SegmentNode {
  if (pick.type === 'field') return newCondition(kind, pick.field, currency);
  const related = newRelated(kind, pick.relation, pick.quantifier);
  if (pick.field === null) return related;
  const target = findRelation(kind, pick.relation)?.target ?? kind;
  return { ...related, children: [newCondition(target, pick.field, currency)] };
}

function MatchSwitch({ match, onChange, label }: { match: GroupMatch; onChange: (match: GroupMatch) => void; label: string }) {
  const { t } = useTranslation();
  return (
    <select className="input select input-sm segment-match" value={match} aria-label={label} onChange={(event) => onChange(event.target.value as GroupMatch)} data-testid="segment-match">
      <option value="all">{t('segments.match.all')}</option>
      <option value="any">{t('segments.match.any')}</option>
    </select>
  );
}

/**
 * A group of conditions (all / any), or a related group ("has a deal where all of…"): its
 * header, its conditions and nested groups joined by "and" / "or", and the buttons to add more.
 */
export function GroupEditor({ entity, root, path, node, issues, reveal, currency, onChange }: GroupEditorProps) {
  const { t } = useTranslation();
  const kind = kindAt(entity, root, path);
  const parentKind = path.length === 0 ? entity : kindAt(entity, root, path.slice(0, -1));
  const isRoot = path.length === 0;
  const depth = path.length;
  const canNest = depth < segmentLimits.maxDepth;
  const own = issuesAt(issues, path).map((issue) => issueText(t, issue, null));
  const setNode = (change: (current: SegmentGroup | SegmentRelated) => SegmentNode) =>
    onChange(updateAt(root, path, (current) => (current.kind === 'condition' ? current : change(current))));
  const joiner = t(node.match === 'all' ? 'segments.match.and' : 'segments.match.or');
  const relationName = node.kind === 'related' ? relationLabel(t, parentKind, node.relation) : '';
  const groupLabel = node.kind === 'related' ? relationName : isRoot ? t('segmentBuilder.group.root') : t('segmentBuilder.group.nested');

  return (
    <div className={`segment-group ${isRoot ? 'segment-group-root' : ''} segment-group-${node.match}`} role="group" aria-label={groupLabel} data-testid={isRoot ? 'segment-root' : 'segment-group'}>
      <div className="segment-group-header">
        {node.kind === 'related' ? (
          <>
            <select
              className="input select input-sm"
              value={node.quantifier}
              aria-label={t('segmentBuilder.group.quantifier', { relation: relationName })}
              onChange={(event) => setNode((current) => ({ ...(current as SegmentRelated), quantifier: event.target.value === 'none' ? 'none' : 'some' }))}
            >
              <option value="some">{t('segmentBuilder.group.some', { relation: relationName })}</option>
              <option value="none">{t('segmentBuilder.group.none', { relation: relationName })}</option>
            </select>
            {node.children.length > 0 && <span className="muted small">{t('segmentBuilder.group.where')}</span>}
            {node.children.length > 1 && <MatchSwitch match={node.match} label={t('segmentBuilder.group.match')} onChange={(match) => setNode((current) => ({ ...current, match }))} />}
          </>
        ) : (
          <>
            <span className="muted small">{t(isRoot ? 'segmentBuilder.group.rootIntro' : 'segmentBuilder.group.nestedIntro')}</span>
            <MatchSwitch match={node.match} label={t('segmentBuilder.group.match')} onChange={(match) => setNode((current) => ({ ...current, match }))} />
          </>
        )}
        <span className="toolbar-spacer" />
        {!isRoot && <IconButton size="sm" label={t('segmentBuilder.group.remove', { name: groupLabel })} icon={<X size={14} />} onClick={() => onChange(removeAt(root, path))} />}
      </div>
      {own.length > 0 && (
        <div className="field-error" role="alert">
          {own.join(' ')}
        </div>
      )}
      {isRoot && node.children.length === 0 && <p className="muted small segment-everything">{t('segments.form.everything')}</p>}
      <ol className="segment-children">
        {node.children.map((child, index) => {
          const childPath = [...path, index];
          return (
            <li key={index} className="segment-child">
              {index > 0 && <span className="segment-joiner" aria-hidden="true">{joiner}</span>}
              {child.kind === 'condition' ? (
                <ConditionRow
                  kind={kind}
                  condition={child}
                  issues={issuesAt(issues, childPath)}
                  currency={currency}
                  reveal={reveal}
                  onChange={(condition) => onChange(updateAt(root, childPath, () => condition))}
                  onRemove={() => onChange(removeAt(root, childPath))}
                />
              ) : (
                <GroupEditor entity={entity} root={root} path={childPath} node={child} issues={issues} reveal={reveal} currency={currency} onChange={onChange} />
              )}
            </li>
          );
        })}
      </ol>
      <div className="segment-group-actions">
        <FieldPicker kind={kind} onPick={(pick) => onChange(appendAt(root, path, nodeOfPick(kind, pick, currency)))} testId={isRoot ? 'segment-add-condition' : undefined} />
        {canNest && (
          <Button size="sm" variant="ghost" icon={<FolderPlus size={14} />} onClick={() => onChange(appendAt(root, path, emptyGroup(node.match === 'all' ? 'any' : 'all')))} data-testid={isRoot ? 'segment-add-group' : undefined}>
            {t('segments.actions.addGroup')}
          </Button>
        )}
      </div>
    </div>
  );
}
