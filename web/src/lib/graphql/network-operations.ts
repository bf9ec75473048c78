import { graphql } from './graphql.ts';

/*
 * The operations of the actor map (`/map`). They sit beside `operations.ts`
 * (gql-tada checks this folder) in a file of their own, like the meetings'.
 */

/** An actor on the map: what it is, where the server's layout put it, and its metrics. */
export const NetworkNodeFields = graphql(`
  fragment NetworkNodeFields on NetworkNode @_unmask {
    id
    kind
    label
    organisationKind
    sector
    bodyKind
    x
    y
    degree
    weightedDegree
    betweenness
    community
    isolated
    bridgedCommunities
    neighbourSectors
    neighbourKinds
  }
`);

/** A tie between two actors, with the bodies, agreements or meetings it comes from. */
export const NetworkEdgeFields = graphql(`
  fragment NetworkEdgeFields on NetworkEdge @_unmask {
    key
    kind
    source
    target
    weight
    reasons {
      kind
      id
      label
    }
  }
`);

/** The network for a filter on a day: the graph, its summary and the sector mixing of its bodies. */
export const NetworkQuery = graphql(
  `
    query Network($filter: NetworkFilter) {
      network(filter: $filter) {
        at
        version
        truncated
        nodes {
          ...NetworkNodeFields
        }
        edges {
          ...NetworkEdgeFields
        }
        summary {
          nodeCount
          edgeCount
          organisationCount
          isolatedCount
          communityCount
          density
          crossSectorShare
          sectorAssortativity
          modularity
        }
        bodyMixing {
          bodyId
          name
          organisationCount
          sectorCount
          blau
        }
      }
    }
  `,
  [NetworkNodeFields, NetworkEdgeFields],
);

/** What changed between an earlier day and the network's day, for the same filter; asked apart so a new compare day does not reload the graph. */
export const NetworkChangesQuery = graphql(`
  query NetworkChanges($filter: NetworkFilter, $since: Date!) {
    network(filter: $filter) {
      version
      changes(since: $since) {
        since
        newNodeIds
        goneNodes {
          id
          kind
          label
        }
        newEdgeKeys
        goneEdges {
          key
          kind
          source
          target
          sourceLabel
          targetLabel
        }
      }
    }
  }
`);

/** An organisation's profile beside the map: where it is represented on the map's day, and by whom. */
export const NetworkOrganisationQuery = graphql(`
  query NetworkOrganisation($id: UUID!, $at: Date) {
    organisation(id: $id) {
      id
      name
      shortName
      kind
      sector
      representations(at: $at) {
        id
        role
        body {
          id
          name
          kind
        }
        person {
          id
          givenName
          familyName
        }
      }
    }
  }
`);

/** The tasks beside the map: taken on for an organisation, or of a body (members and assignees only). */
export const NetworkActorTasksQuery = graphql(`
  query NetworkActorTasks($filter: TaskFilter) {
    tasks(filter: $filter, first: 20) {
      id
      title
      status
      dueOn
      overdue
      body {
        id
        name
      }
    }
  }
`);
