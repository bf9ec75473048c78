import { graphql } from './graphql.ts';

/*
 * The operations of the steering committee's overview (`/steering`). They sit
 * beside `operations.ts` (gql-tada checks this folder) in a file of their own,
 * like the map's. The agreements that expire soon come from `AgreementsQuery`.
 */

/** How many measures stand in each status, and how many of them are overdue. */
export const MeasureCountFields = graphql(`
  fragment MeasureCountFields on MeasureCounts @_unmask {
    planned
    inProgress
    done
    stalled
    dropped
    overdue
    total
  }
`);

/**
 * What anyone may see of where the network stands: measures by status per
 * working group, goal and field of action, the indicators, the open needs by
 * classification (zeros for visitors), the overdue measures and the open mandates.
 */
export const SteeringOverviewQuery = graphql(
  `
    query SteeringOverview {
      steeringOverview {
        on
        measuresByBody {
          body {
            id
            name
          }
          counts {
            ...MeasureCountFields
          }
        }
        measuresByGoal {
          goal {
            id
            number
            title
          }
          counts {
            ...MeasureCountFields
          }
        }
        measuresByFieldOfAction {
          fieldOfAction {
            id
            labelDe
            labelEn
            labelAr
            labelFa
            labelTr
            labelUk
          }
          counts {
            ...MeasureCountFields
          }
        }
        needs {
          classification
          raised
          assessed
          prioritised
          open
          mandated
        }
        indicators {
          indicatorId
          name
          unit
          baseline
          target
          latest
          latestOn
          attainment
          measure {
            id
            title
            body {
              id
              name
            }
          }
        }
      }
    }
  `,
  [MeasureCountFields],
);

/**
 * The overdue measures, in a request of their own: with the overview's lists
 * in one request, their bodies would be read in one statement or in several,
 * depending on which answer came first.
 */
export const SteeringOverdueMeasuresQuery = graphql(`
  query SteeringOverdueMeasures {
    measures(filter: { overdue: true }) {
      id
      title
      status
      dueOn
      progress
      body {
        id
        name
      }
    }
  }
`);

/** The open mandates with the progress of their measures. */
export const SteeringMandatesQuery = graphql(`
  query SteeringMandates {
    mandates(filter: { statuses: [OPEN] }) {
      id
      title
      dueOn
      overdue
      body {
        id
        name
      }
      need {
        id
        title
      }
      progress {
        measures
        done
        overdue
        percent
      }
    }
  }
`);

/** What only logged-in members see: the overdue tasks and the profiles not confirmed for too long (the first ten, by name). */
export const SteeringMemberOverviewQuery = graphql(`
  query SteeringMemberOverview {
    tasks(filter: { overdue: true }) {
      id
      title
      status
      dueOn
      body {
        id
        name
      }
      assignee {
        id
        givenName
        familyName
      }
    }
    organisations(filter: { staleness: STALE }, first: 10) {
      totalCount
      edges {
        node {
          id
          name
          lastConfirmedAt
        }
      }
    }
  }
`);

/** The integration fund of a year (null when there is none): budget, approved, remaining, and each round's figures. */
export const SteeringFundQuery = graphql(`
  query SteeringFund($year: Int!) {
    fundOfYear(year: $year) {
      id
      title
      year
      budget
      approved
      remaining
      rounds {
        id
        number
        title
        deadline
        isOpen
        approved
        applicationCount
      }
    }
  }
`);
