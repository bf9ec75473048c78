import { createHash } from 'node:crypto';
import { readRules } from '../../auth/read-rules.js';
import { and, FALSE, ident, type Sql, sql } from '../../db/sql.js';
import { badInput } from '../../errors/domain-error.js';
import { MAX_TAGS } from '../../graphql/lists.js';
import type { ReadModels } from '../../graphql/read-models.js';
import { today } from '../../shared/dates.js';
import { isUuid } from '../../validation/ids.js';
import type { BodyKind } from '../body/body.enums.js';
import type { OrganisationKind, Sector } from '../organisation/organisation.enums.js';
import {
  MAX_EDGE_REASONS,
  MAX_NETWORK_EDGES,
  MAX_NETWORK_NODES,
  NetworkEdgeKind,
  type NetworkFilter,
  NetworkNodeKind,
  NetworkReasonKind,
} from './network.types.js';

/** A node as read, before metrics and layout. */
export interface RawNode {
  id: string;
  kind: NetworkNodeKind;
  label: string;
  organisationKind: OrganisationKind | null;
  sector: Sector | null;
  bodyKind: BodyKind | null;
}

export interface RawReason {
  kind: NetworkReasonKind;
  id: string;
  label: string;
}

/** An edge as read: undirected, `source` < `target` for ties between peers. */
export interface RawEdge {
  key: string;
  kind: NetworkEdgeKind;
  source: string;
  target: string;
  weight: number;
  reasons: RawReason[];
}

export interface BodyMixing {
  bodyId: string;
  name: string;
  organisationCount: number;
  sectorCount: number;
  blau: number;
}

/** The network as one reader may see it on one day. */
export interface RawGraph {
  at: string;
  nodes: RawNode[];
  edges: RawEdge[];
  truncated: boolean;
  bodyMixing: BodyMixing[];
  /** A digest of nodes and edges: equal graphs, equal versions. */
  version: string;
}

/** Most rows of one edge statement (memberships, parties, attendances); beyond them the graph is cut. */
const MAX_EDGE_ROWS = 400_000;
const ATTENDED = ['PRESENT', 'GUEST'];
const AGREEMENT_IN_FORCE = ['SIGNED', 'IN_FORCE', 'EXPIRED', 'TERMINATED'];

function checkedIds(field: string, ids: readonly string[] | null | undefined): string[] {
  if (!ids?.length) return [];
  if (ids.length > MAX_TAGS) throw badInput(`filter.${field}`, `at most ${MAX_TAGS} values`, 'TOO_MANY_VALUES');
  return [...new Set(ids)];
}

/** Collects undirected ties between pairs of nodes, with their reasons. */
class EdgeSet {
  readonly edges = new Map<string, RawEdge>();
  overflow = false;

  add(kind: NetworkEdgeKind, a: string, b: string, reason: RawReason | null, weight = 1) {
    if (a === b) return;
    const [source, target] = a < b ? [a, b] : [b, a];
    const key = `${kind}:${source}:${target}`;
    let edge = this.edges.get(key);
    if (!edge) {
      if (this.edges.size >= MAX_NETWORK_EDGES) {
        this.overflow = true;
        return;
      }
      edge = { key, kind, source, target, weight: 0, reasons: [] };
      this.edges.set(key, edge);
    }
    edge.weight += weight;
    if (reason && edge.reasons.length < MAX_EDGE_REASONS && !edge.reasons.some((r) => r.id === reason.id)) edge.reasons.push(reason);
  }

  /** Every pair of a group (the organisations of one body, agreement or meeting). */
  addPairs(kind: NetworkEdgeKind, members: readonly string[], reason: RawReason) {
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) this.add(kind, members[i] as string, members[j] as string, reason);
    }
  }
}

/** Groups rows by a key into sets of values, keeping the first label seen per key. */
function groups<R>(rows: readonly R[], key: (r: R) => string, value: (r: R) => string, label: (r: R) => string) {
  const out = new Map<string, { label: string; members: Set<string> }>();
  for (const row of rows) {
    const k = key(row);
    let group = out.get(k);
    if (!group) {
      group = { label: label(row), members: new Set() };
      out.set(k, group);
    }
    group.members.add(value(row));
  }
  return out;
}

const blauIndex = (counts: Iterable<number>): number => {
  const values = [...counts];
  const total = values.reduce((s, v) => s + v, 0);
  return total === 0 ? 0 : 1 - values.reduce((s, v) => s + (v / total) ** 2, 0);
};

/**
 * Reads the network graph: organisations (and optionally people and bodies)
 * with typed edges, every row under its record type's read rule, in at most
 * six statements whatever the size of the network.
 */
export class NetworkReadModel {
  constructor(private readonly read: ReadModels) {}

  private get r() {
    return this.read.context;
  }

  async graph(filter: NetworkFilter | null | undefined, atOverride?: string): Promise<RawGraph> {
    const actor = this.r.actor;
    const at = atOverride ?? filter?.at ?? today();
    const day = sql`${at}::date`;
    const wanted = new Set(filter?.edgeKinds?.length ? filter.edgeKinds : Object.values(NetworkEdgeKind));
    const includePeople = !!filter?.includePeople;
    const includeBodies = !!filter?.includeBodies;
    const bodyId = filter?.bodyId ?? null;
    if (bodyId !== null && !isUuid(bodyId)) throw badInput('filter.bodyId', 'not an id', 'INVALID_ID');
    const districtIds = checkedIds('districtIds', filter?.districtIds);
    const fieldIds = checkedIds('fieldOfActionIds', filter?.fieldOfActionIds);
    const kinds = filter?.kinds ?? [];
    const sectors = filter?.sectors ?? [];

    const validOn = (alias: string, nullableFrom: boolean) => {
      const a = ident(alias);
      const from = nullableFrom ? sql`(${a}.valid_from is null or ${a}.valid_from <= ${day})` : sql`${a}.valid_from <= ${day}`;
      return sql`${from} and (${a}.valid_to is null or ${a}.valid_to >= ${day})`;
    };

    // The body and the bodies below it, when the map is narrowed to one.
    const subtree = bodyId
      ? sql`with recursive subtree(id) as (select b.id from body b where b.id = ${bodyId}::uuid
            union select b.id from body b join subtree on b.parent_id = subtree.id)`
      : sql.raw('');
    const orgConditions: Sql[] = [readRules.organisation(actor, 'o'), sql`(o.archived_at is null or o.archived_at::date > ${day})`];
    if (kinds.length) orgConditions.push(sql`o.kind::text = any(${kinds}::text[])`);
    if (sectors.length) orgConditions.push(sql`o.sector::text = any(${sectors}::text[])`);
    if (districtIds.length)
      orgConditions.push(
        sql`exists (select 1 from organisation_district od where od.organisation_id = o.id and od.district_id = any(${districtIds}::uuid[]))`,
      );
    if (fieldIds.length)
      orgConditions.push(
        sql`exists (select 1 from organisation_field_of_action of where of.organisation_id = o.id and of.field_of_action_id = any(${fieldIds}::uuid[]))`,
      );
    if (bodyId)
      orgConditions.push(
        sql`exists (select 1 from membership fm where fm.organisation_id = o.id and fm.body_id in (select id from subtree)
              and ${validOn('fm', false)} and ${readRules.membership(actor, 'fm')})`,
      );
    const orgWhere = and(...orgConditions);
    // The organisations shown, as a common table expression every edge statement starts from.
    const shown = sql`${bodyId ? sql`${subtree},` : sql.raw('with')} shown as (select o.id, o.sector from organisation o where ${orgWhere}
      order by o.name, o.id limit ${MAX_NETWORK_NODES})`;

    const organisationRows = this.r.rows<{ id: string; name: string; kind: OrganisationKind; sector: Sector }>(
      sql`${subtree} select o.id, o.name, o.kind, o.sector from organisation o where ${orgWhere} order by o.name, o.id limit ${MAX_NETWORK_NODES + 1}`,
    );
    const membershipRows = this.r.rows<{ body_id: string; body_name: string; organisation_id: string; role: string }>(
      sql`${shown} select m.body_id, b.name as body_name, m.organisation_id, m.role from membership m
            join shown s on s.id = m.organisation_id join body b on b.id = m.body_id
           where ${validOn('m', false)} and ${readRules.membership(actor, 'm')}
           order by m.body_id limit ${MAX_EDGE_ROWS}`,
    );
    const agreementRule = readRules.agreement(actor, 'g');
    const agreementRows =
      wanted.has(NetworkEdgeKind.AGREEMENT) && agreementRule !== FALSE
        ? this.r.rows<{ id: string; title: string; organisation_id: string }>(
            sql`${shown} select distinct g.id, g.title, p.organisation_id from agreement g
                  join agreement_party p on p.agreement_id = g.id join shown s on s.id = p.organisation_id
                 where ${agreementRule} and g.status::text = any(${AGREEMENT_IN_FORCE}::text[])
                   and coalesce(g.valid_from, g.signed_on) <= ${day} and (g.valid_to is null or g.valid_to >= ${day})
                 order by g.id limit ${MAX_EDGE_ROWS}`,
          )
        : Promise.resolve([]);
    const attendanceRule = readRules.meetingInternals(actor, 'mt');
    const attendanceRows =
      wanted.has(NetworkEdgeKind.CO_ATTENDANCE) && attendanceRule !== FALSE
        ? this.r.rows<{ id: string; title: string; organisation_id: string }>(
            sql`${shown} select distinct mt.id, mt.title, mp.organisation_id from meeting_participant mp
                  join meeting mt on mt.id = mp.meeting_id join shown s on s.id = mp.organisation_id
                 where mp.attendance::text = any(${ATTENDED}::text[]) and mt.status::text <> 'CANCELLED'
                   and mt.starts_at < (${day} + 1)::timestamp and mt.starts_at >= (${day} - 365)::timestamp
                   and ${attendanceRule}
                 order by mt.id limit ${MAX_EDGE_ROWS}`,
          )
        : Promise.resolve([]);
    const personRows = includePeople
      ? this.r.rows<{ person_id: string; given_name: string; family_name: string; organisation_id: string; sector: Sector }>(
          sql`${shown} select a.person_id, p.given_name, p.family_name, a.organisation_id, s.sector from affiliation a
                join shown s on s.id = a.organisation_id join person p on p.id = a.person_id
               where ${validOn('a', true)} and ${readRules.affiliation(actor, 'a')}
               order by p.family_name, p.given_name, a.person_id limit ${MAX_EDGE_ROWS}`,
        )
      : Promise.resolve([]);
    const bodyRows = includeBodies
      ? this.r.rows<{ id: string; name: string; kind: BodyKind; parent_id: string | null }>(
          sql`${subtree} select b.id, b.name, b.kind, b.parent_id from body b
               where ${readRules.body(actor, 'b')} and b.founded_on <= ${day} and (b.ended_on is null or b.ended_on > ${day})
                 ${bodyId ? sql`and b.id in (select id from subtree)` : sql.raw('')}
               order by b.name, b.id limit ${MAX_NETWORK_NODES}`,
        )
      : Promise.resolve([]);

    const [orgs, memberships, parties, attendances, people, bodies] = await Promise.all([
      organisationRows,
      membershipRows,
      agreementRows,
      attendanceRows,
      personRows,
      bodyRows,
    ]);

    let truncated =
      orgs.length > MAX_NETWORK_NODES || [memberships, parties, attendances, people].some((rows) => rows.length >= MAX_EDGE_ROWS);
    const nodes = new Map<string, RawNode>();
    const addNode = (node: RawNode) => {
      if (nodes.has(node.id)) return;
      if (nodes.size >= MAX_NETWORK_NODES) {
        truncated = true;
        return;
      }
      nodes.set(node.id, node);
    };
    for (const o of orgs.slice(0, MAX_NETWORK_NODES))
      addNode({ id: o.id, kind: NetworkNodeKind.ORGANISATION, label: o.name, organisationKind: o.kind, sector: o.sector, bodyKind: null });
    const sectorOf = (id: string) => nodes.get(id)?.sector ?? null;

    const edges = new EdgeSet();
    const bodyReason = (id: string, label: string): RawReason => ({ kind: NetworkReasonKind.BODY, id, label });
    const byBody = groups(
      memberships,
      (m) => m.body_id,
      (m) => m.organisation_id,
      (m) => m.body_name,
    );
    if (wanted.has(NetworkEdgeKind.CO_MEMBERSHIP))
      for (const [id, group] of byBody) edges.addPairs(NetworkEdgeKind.CO_MEMBERSHIP, [...group.members], bodyReason(id, group.label));
    if (wanted.has(NetworkEdgeKind.TANDEM)) {
      const leads = groups(
        memberships.filter((m) => m.role === 'TANDEM_LEAD'),
        (m) => m.body_id,
        (m) => m.organisation_id,
        (m) => m.body_name,
      );
      for (const [id, group] of leads) edges.addPairs(NetworkEdgeKind.TANDEM, [...group.members], bodyReason(id, group.label));
    }
    for (const [id, group] of groups(
      parties,
      (p) => p.id,
      (p) => p.organisation_id,
      (p) => p.title,
    ))
      edges.addPairs(NetworkEdgeKind.AGREEMENT, [...group.members], { kind: NetworkReasonKind.AGREEMENT, id, label: group.label });
    for (const [id, group] of groups(
      attendances,
      (a) => a.id,
      (a) => a.organisation_id,
      (a) => a.title,
    ))
      edges.addPairs(NetworkEdgeKind.CO_ATTENDANCE, [...group.members], { kind: NetworkReasonKind.MEETING, id, label: group.label });

    for (const p of people) {
      addNode({
        id: p.person_id,
        kind: NetworkNodeKind.PERSON,
        label: `${p.given_name} ${p.family_name}`,
        organisationKind: null,
        sector: p.sector,
        bodyKind: null,
      });
      if (wanted.has(NetworkEdgeKind.AFFILIATION) && nodes.has(p.person_id))
        edges.add(NetworkEdgeKind.AFFILIATION, p.person_id, p.organisation_id, null);
    }
    for (const b of bodies)
      addNode({ id: b.id, kind: NetworkNodeKind.BODY, label: b.name, organisationKind: null, sector: null, bodyKind: b.kind });
    if (includeBodies) {
      if (wanted.has(NetworkEdgeKind.BODY_HIERARCHY))
        for (const b of bodies)
          if (b.parent_id && nodes.has(b.parent_id) && nodes.has(b.id)) edges.add(NetworkEdgeKind.BODY_HIERARCHY, b.id, b.parent_id, null);
      if (wanted.has(NetworkEdgeKind.BODY_MEMBERSHIP))
        for (const m of memberships)
          if (nodes.has(m.body_id))
            edges.add(NetworkEdgeKind.BODY_MEMBERSHIP, m.organisation_id, m.body_id, bodyReason(m.body_id, m.body_name));
    }
    if (edges.overflow) truncated = true;

    const bodyMixing: BodyMixing[] = [];
    for (const [id, group] of byBody) {
      const counts = new Map<string, number>();
      for (const org of group.members) {
        const sector = sectorOf(org);
        if (sector) counts.set(sector, (counts.get(sector) ?? 0) + 1);
      }
      bodyMixing.push({
        bodyId: id,
        name: group.label,
        organisationCount: group.members.size,
        sectorCount: counts.size,
        blau: blauIndex(counts.values()),
      });
    }
    bodyMixing.sort((a, b) => b.blau - a.blau || a.name.localeCompare(b.name, 'de'));

    const nodeList = [...nodes.values()];
    const edgeList = [...edges.edges.values()].filter((e) => nodes.has(e.source) && nodes.has(e.target));
    return { at, nodes: nodeList, edges: edgeList, truncated, bodyMixing, version: digest(nodeList, edgeList) };
  }
}

function digest(nodes: readonly RawNode[], edges: readonly RawEdge[]): string {
  const hash = createHash('sha256');
  for (const n of nodes)
    hash.update(
      `${n.id}\u0001${n.kind}\u0001${n.label}\u0001${n.sector ?? ''}\u0001${n.organisationKind ?? ''}\u0001${n.bodyKind ?? ''}\n`,
    );
  hash.update('\u0002');
  for (const e of edges) hash.update(`${e.key}\u0001${e.weight}\u0001${e.reasons.map((r) => `${r.id}:${r.label}`).join(',')}\n`);
  return hash.digest('base64url').slice(0, 22);
}
