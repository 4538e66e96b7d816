/**
 * The core query's groups, labelled in the UI's language for the action list: a client's name (or
 * "No client"), a note's name, a due bucket's name; the overdue bucket in the error colour.
 */
import type { Language } from '../../core/i18n';
import { noteName, type ActionGroup, type DueBucket, type QueryAnswer } from '../../core/actions/query';
import { ui } from '../i18n';
import type { ListGroup } from './list-types';

const BUCKET_LABEL = { overdue: 'bucketOverdue', today: 'bucketToday', week: 'bucketWeek', later: 'bucketLater', none: 'bucketNone' } as const;

/** A query's answer with its groups labelled. */
export interface ShownAnswer extends Omit<QueryAnswer, 'groups'> {
  groups: ListGroup[];
}

export function labelGroup(group: ActionGroup, language: Language): ListGroup {
  const { id, key, actions } = group;
  if (key.by === 'client') return { id, label: key.client ?? ui('noClient', language), actions };
  if (key.by === 'note') return { id, label: noteName(key.path), actions };
  if (key.by === 'coach') return { id, label: ui('groupCoach', language), actions };
  const bucket: DueBucket = key.bucket;
  return { id, label: ui(BUCKET_LABEL[bucket], language), actions, ...(bucket === 'overdue' ? { tone: 'overdue' as const } : {}) };
}

export function labelAnswer(answer: QueryAnswer, language: Language): ShownAnswer {
  return { ...answer, groups: answer.groups.map((group) => labelGroup(group, language)) };
}
