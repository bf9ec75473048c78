import { describe, expect, it } from 'vitest';
import type { BodyKind } from '#lib/graphql/enums.ts';
import { type BodyLike, type BodyTreeNode, buildBodyChart } from './body-tree.ts';

const body = (id: string, kind: BodyKind, parent?: string, ended = false, name = id): BodyLike => ({
  id,
  name,
  kind,
  ended,
  parent: parent ? { id: parent } : null,
});

/** The tree as nested ids, easy to compare. */
const shape = (nodes: BodyTreeNode<BodyLike>[]): unknown[] =>
  nodes.map((n) => (n.children.length ? [n.body.id, shape(n.children)] : n.body.id));

describe('buildBodyChart', () => {
  it('puts the steering committee on top, working groups below, sub-projects below them', () => {
    const chart = buildBodyChart([
      body('sp-sprachcafe', 'SUB_PROJECT', 'ag-sprache'),
      body('ag-sprache', 'WORKING_GROUP', 'lenkung'),
      body('ag-arbeit', 'WORKING_GROUP', 'lenkung'),
      body('lenkung', 'STEERING_COMMITTEE'),
    ]);
    expect(shape(chart.structure)).toEqual([['lenkung', ['ag-arbeit', ['ag-sprache', ['sp-sprachcafe']]]]]);
    expect(chart.others).toEqual([]);
  });

  it('lists parentless bodies that are not steering committees apart', () => {
    const chart = buildBodyChart([
      body('lenkung', 'STEERING_COMMITTEE'),
      body('runder-tisch', 'ROUND_TABLE'),
      body('beirat', 'ADVISORY_COUNCIL'),
      body('buero', 'COORDINATION_OFFICE'),
    ]);
    expect(shape(chart.structure)).toEqual(['lenkung']);
    expect(shape(chart.others)).toEqual(['beirat', 'runder-tisch', 'buero']);
  });

  it('orders current bodies before ended ones, then by kind and name', () => {
    const chart = buildBodyChart([
      body('lenkung', 'STEERING_COMMITTEE'),
      body('ug', 'SUB_GROUP', 'lenkung'),
      body('fg-alt', 'WORKING_GROUP', 'lenkung', true),
      body('ag-b', 'WORKING_GROUP', 'lenkung', false, 'AG Bildung'),
      body('ag-a', 'WORKING_GROUP', 'lenkung', false, 'AG Arbeit'),
    ]);
    expect(shape(chart.structure)).toEqual([['lenkung', ['ag-a', 'ag-b', 'ug', 'fg-alt']]]);
  });

  it('keeps a body whose parent is not in the list as a root of its own', () => {
    const chart = buildBodyChart([body('lenkung', 'STEERING_COMMITTEE'), body('ag-intern', 'WORKING_GROUP', 'hidden')]);
    expect(shape(chart.others)).toEqual(['ag-intern']);
  });

  it('never loses bodies caught in a parent cycle', () => {
    const chart = buildBodyChart([body('a', 'WORKING_GROUP', 'b'), body('b', 'WORKING_GROUP', 'a')]);
    expect(shape(chart.others)).toEqual([['a', ['b']]]);
  });
});
