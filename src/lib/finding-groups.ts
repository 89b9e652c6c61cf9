/**
 * The 2012 news item's passages grouped by kind (content/findings/ `kind`), in the order
 * readers meet them: a group comes where its first passage comes. Each group has a stable id
 * made from its kind ("kind-call") and a heading from findingKindLabel.
 */
import type { FindingKind } from './content/schemas.ts';
import { findingKindLabel } from './labels.ts';

export interface FindingGroup<T> {
  kind: FindingKind;
  id: string;
  heading: string;
  findings: T[];
}

export const findingGroupId = (kind: FindingKind) => `kind-${kind}`;

/** Groups findings, already in reading order, by kind. */
export function groupFindingsByKind<T extends { data: { kind: FindingKind } }>(findings: readonly T[]): FindingGroup<T>[] {
  const groups = new Map<FindingKind, FindingGroup<T>>();
  for (const finding of findings) {
    const { kind } = finding.data;
    let group = groups.get(kind);
    if (!group) {
      group = { kind, id: findingGroupId(kind), heading: findingKindLabel(kind, 'heading'), findings: [] };
      groups.set(kind, group);
    }
    group.findings.push(finding);
  }
  return [...groups.values()];
}
