import { describe, expect, it } from 'vitest';
import { groupFindingsByKind } from './finding-groups.ts';

const f = (id: string, kind: 'reported-finding' | 'call' | 'comment') => ({ id, data: { kind } });

describe('groupFindingsByKind', () => {
  it('groups passages by kind, each group where its first passage comes, with an id and heading from the kind', () => {
    const groups = groupFindingsByKind([f('a', 'call'), f('b', 'reported-finding'), f('c', 'comment'), f('d', 'reported-finding')]);
    expect(groups.map((g) => [g.id, g.heading, g.findings.map((x) => x.id)])).toEqual([
      ['kind-call', 'The news item’s opening call', ['a']],
      ['kind-reported-finding', 'What the news item reports', ['b', 'd']],
      ['kind-comment', 'The comment it quotes', ['c']],
    ]);
  });
});
