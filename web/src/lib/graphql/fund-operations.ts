import { graphql } from './graphql.ts';

/*
 * The operations of the integration fund (Integrationsfonds): the fund of a
 * year with its rounds, criteria and funded projects (public), the
 * applications (for the coordination office, the deciding body and the
 * applicants' editors), the application form and every step of an
 * application's life. They sit beside `operations.ts` (gql-tada checks this
 * folder) in a file of their own.
 */

// ─── The fund ────────────────────────────────────────────────────────────────

/** A round as the fund page lists it: its deadline, whether it is open, the meeting that decides and its figures. */
export const FundRoundFields = graphql(`
  fragment FundRoundFields on FundRound @_unmask {
    id
    number
    title
    deadline
    isOpen
    approved
    applicationCount
    decisionMeeting {
      id
      title
      startsAt
      status
    }
  }
`);

/** The criteria every application answers, in order. */
export const FundCriterionFields = graphql(`
  fragment FundCriterionFields on FundCriterion @_unmask {
    id
    position
    title
    description
  }
`);

/**
 * The fund page: the years there are funds for (the year switcher) and the
 * fund of one year with its budget, rounds, criteria and funded projects.
 * Visitors see the public projects; `fundOfYear` is null for a year without a fund.
 */
export const FundPageQuery = graphql(
  `
    query FundPage($year: Int!) {
      funds(first: 50) {
        id
        year
      }
      fundOfYear(year: $year) {
        id
        year
        title
        description
        budget
        approved
        remaining
        requested
        viewerCan {
          manage
          apply
          decide
        }
        body {
          id
          name
        }
        criteria {
          ...FundCriterionFields
        }
        rounds {
          ...FundRoundFields
        }
        fundedProjects(first: 500) {
          projectTitle
          approvedAmount
          periodStart
          periodEnd
          applicant {
            id
            name
          }
          round {
            id
            number
          }
          application {
            id
          }
        }
      }
    }
  `,
  [FundCriterionFields, FundRoundFields],
);

/** The applications the reader may see, filtered by fund, round and status; in the order they came in. */
export const FundApplicationsQuery = graphql(`
  query FundApplications($filter: FundApplicationFilter) {
    fundApplications(filter: $filter, first: 500) {
      id
      projectTitle
      status
      requestedAmount
      approvedAmount
      submittedAt
      applicant {
        id
        name
      }
      round {
        id
        number
        title
      }
    }
  }
`);

// ─── Applying ────────────────────────────────────────────────────────────────

/** What the application form offers: the organisations the user edits, and the fund's rounds and criteria. */
export const FundApplyOptionsQuery = graphql(
  `
    query FundApplyOptions($year: Int!) {
      me {
        id
        role
        organisations {
          id
          name
        }
      }
      fundOfYear(year: $year) {
        id
        year
        title
        viewerCan {
          apply
        }
        criteria {
          ...FundCriterionFields
        }
        rounds {
          id
          number
          title
          deadline
          isOpen
        }
      }
    }
  `,
  [FundCriterionFields],
);

export const ApplyForFundMutation = graphql(`
  mutation ApplyForFund($input: FundApplicationInput!) {
    applyForFund(input: $input) {
      id
      version
      status
    }
  }
`);

export const UpdateFundApplicationMutation = graphql(`
  mutation UpdateFundApplication($id: UUID!, $version: Int!, $input: FundApplicationInput!) {
    updateFundApplication(id: $id, version: $version, input: $input) {
      id
      version
      projectTitle
      summary
      requestedAmount
      periodStart
      periodEnd
      isPublic
    }
  }
`);

// ─── One application ─────────────────────────────────────────────────────────

/**
 * An application with everything its page shows: the fields, the answers per
 * criterion, the history, recusals, votes and the decision, what the reader
 * may do, and the fund's figures the decision is weighed against.
 */
export const FundApplicationDetailQuery = graphql(
  `
    query FundApplicationDetail($id: UUID!) {
      fundApplication(id: $id) {
        id
        version
        projectTitle
        summary
        requestedAmount
        approvedAmount
        periodStart
        periodEnd
        status
        isPublic
        submittedAt
        reportDueOn
        viewerRecused
        viewerCan {
          edit
          check
          vote
          decide
        }
        applicant {
          id
          name
        }
        partners {
          id
          name
        }
        answers {
          id
          answer
          criterion {
            id
          }
        }
        statusHistory {
          id
          fromStatus
          toStatus
          on
          note
          actorName
        }
        recusals {
          id
          reason
          person {
            id
            givenName
            familyName
          }
        }
        votes {
          id
          choice
          castAt
          person {
            id
            givenName
            familyName
          }
        }
        tally {
          for
          against
          abstain
        }
        decision {
          id
          text
          result
          agendaItem {
            id
            number
            title
            meeting {
              id
              title
              startsAt
            }
          }
        }
        round {
          ...FundRoundFields
        }
        fund {
          id
          year
          title
          budget
          approved
          remaining
          viewerCan {
            manage
          }
          body {
            id
            name
          }
          criteria {
            ...FundCriterionFields
          }
        }
      }
    }
  `,
  [FundCriterionFields, FundRoundFields],
);

/** What every step of an application answers: its new state, and the fund's figures after it. */
export const FundApplicationStepFields = graphql(`
  fragment FundApplicationStepFields on FundApplication @_unmask {
    id
    version
    status
    approvedAmount
    reportDueOn
    fund {
      id
      approved
      remaining
    }
  }
`);

export const CheckFundApplicationMutation = graphql(
  `
    mutation CheckFundApplication($id: UUID!, $version: Int!, $note: String) {
      checkFundApplication(id: $id, version: $version, note: $note) {
        ...FundApplicationStepFields
      }
    }
  `,
  [FundApplicationStepFields],
);

export const CastFundVoteMutation = graphql(
  `
    mutation CastFundVote($applicationId: UUID!, $choice: FundVoteChoice!) {
      castFundVote(applicationId: $applicationId, choice: $choice) {
        ...FundApplicationStepFields
        tally {
          for
          against
          abstain
        }
      }
    }
  `,
  [FundApplicationStepFields],
);

export const DecideFundApplicationMutation = graphql(
  `
    mutation DecideFundApplication($id: UUID!, $version: Int!, $input: FundDecisionInput!) {
      decideFundApplication(id: $id, version: $version, input: $input) {
        ...FundApplicationStepFields
      }
    }
  `,
  [FundApplicationStepFields],
);

export const RequestFundReportMutation = graphql(
  `
    mutation RequestFundReport($id: UUID!, $version: Int!, $dueOn: Date!) {
      requestFundReport(id: $id, version: $version, dueOn: $dueOn) {
        ...FundApplicationStepFields
      }
    }
  `,
  [FundApplicationStepFields],
);

export const CloseFundApplicationMutation = graphql(
  `
    mutation CloseFundApplication($id: UUID!, $version: Int!, $note: String) {
      closeFundApplication(id: $id, version: $version, note: $note) {
        ...FundApplicationStepFields
      }
    }
  `,
  [FundApplicationStepFields],
);
