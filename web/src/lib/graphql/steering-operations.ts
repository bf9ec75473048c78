import { graphql } from './graphql.ts';
import { ReferenceEntryFields } from './operations.ts';

/*
 * The operations of the steering committee's work: needs and gaps, priority
 * review rounds and mandates to working groups. They sit beside
 * `operations.ts` (gql-tada checks this folder) in a file of their own.
 */

// ─── Needs ───────────────────────────────────────────────────────────────────

/** A need in a list: what it is, how pressing, where it stands, who raised it. */
export const NeedListFields = graphql(
  `
    fragment NeedListFields on Need @_unmask {
      id
      title
      classification
      status
      raisedOn
      fieldOfAction {
        ...ReferenceEntryFields
      }
      districts {
        ...ReferenceEntryFields
      }
      raisedByOrganisation {
        id
        name
      }
      raisedByBody {
        id
        name
      }
    }
  `,
  [ReferenceEntryFields],
);

/** The needs list, filtered; most pressing classification first. */
export const NeedsQuery = graphql(
  `
    query Needs($filter: NeedFilter) {
      needs(filter: $filter, first: 500) {
        ...NeedListFields
      }
    }
  `,
  [NeedListFields],
);

/** What the need form offers: the vocabularies, the organisations the user edits, and the bodies. */
export const NeedFormOptionsQuery = graphql(
  `
    query NeedFormOptions {
      fieldsOfAction {
        ...ReferenceEntryFields
      }
      districts {
        ...ReferenceEntryFields
      }
      targetGroups {
        ...ReferenceEntryFields
      }
      me {
        id
        role
        organisations {
          id
          name
        }
      }
      bodies(first: 500) {
        id
        name
        kind
      }
    }
  `,
  [ReferenceEntryFields],
);

/** The need page: every field, its history, the review rounds it was on, its mandates and what the viewer may do. */
export const NeedDetailQuery = graphql(
  `
    query NeedDetail($id: UUID!) {
      need(id: $id) {
        id
        version
        title
        description
        classification
        status
        nextStatuses
        raisedOn
        evidence
        declineReason
        fieldOfAction {
          ...ReferenceEntryFields
        }
        districts {
          ...ReferenceEntryFields
        }
        targetGroups {
          ...ReferenceEntryFields
        }
        raisedByOrganisation {
          id
          name
        }
        raisedByBody {
          id
          name
        }
        statusHistory {
          id
          fromStatus
          toStatus
          on
          note
          actorName
        }
        reviews {
          finalRank
          review {
            id
            title
            status
            closesOn
            decidedAt
            body {
              id
              name
              viewerCan {
                manage
              }
            }
            decision {
              id
              text
            }
          }
        }
        mandates {
          id
          title
          status
          dueOn
          overdue
          body {
            id
            name
          }
          progress {
            measures
            percent
          }
        }
        documents {
          id
          fileName
          contentType
          sizeBytes
          sha256
          createdAt
          uploadedByName
          downloadUrl
        }
        viewerCan {
          edit
          assess
          attachDocuments
        }
      }
    }
  `,
  [ReferenceEntryFields],
);

export const RaiseNeedMutation = graphql(`
  mutation RaiseNeed($input: NeedInput!) {
    raiseNeed(input: $input) {
      id
    }
  }
`);

export const UpdateNeedMutation = graphql(`
  mutation UpdateNeed($id: UUID!, $version: Int!, $input: NeedInput!) {
    updateNeed(id: $id, version: $version, input: $input) {
      id
      version
    }
  }
`);

export const ChangeNeedStatusMutation = graphql(`
  mutation ChangeNeedStatus($id: UUID!, $version: Int!, $input: NeedStatusInput!) {
    changeNeedStatus(id: $id, version: $version, input: $input) {
      id
      version
      status
      classification
    }
  }
`);

// ─── Review rounds ───────────────────────────────────────────────────────────

/** The review rounds, open ones first, with the steering bodies and needs a new round may list. */
export const PriorityReviewsQuery = graphql(
  `
    query PriorityReviews {
      priorityReviews(first: 200) {
        id
        title
        status
        closesOn
        decidedAt
        ballotCount
        eligibleCount
        body {
          id
          name
        }
        items {
          need {
            id
          }
        }
        viewerCan {
          rank
        }
      }
      bodies(filter: { kinds: [STEERING_COMMITTEE] }) {
        id
        name
        viewerCan {
          manage
        }
      }
    }
  `,
);

/** Needs a new review round may list: assessed ones, and prioritised ones to rank again. */
export const ReviewableNeedsQuery = graphql(
  `
    query ReviewableNeeds {
      needs(filter: { statuses: [ASSESSED, PRIORITISED] }, first: 500) {
        ...NeedListFields
      }
    }
  `,
  [NeedListFields],
);

/** A review round: its needs with the aggregate once closed, the viewer's own ranking, turnout and decision. */
export const PriorityReviewDetailQuery = graphql(
  `
    query PriorityReviewDetail($id: UUID!) {
      priorityReview(id: $id) {
        id
        version
        title
        description
        status
        closesOn
        decidedAt
        ballotCount
        eligibleCount
        myRanking
        body {
          id
          name
        }
        items {
          finalRank
          need {
            id
            title
            classification
            status
            fieldOfAction {
              ...ReferenceEntryFields
            }
          }
          tally {
            position
            points
            firstPlaces
            ballots
            meanRank
          }
        }
        decision {
          id
          text
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
        viewerCan {
          manage
          rank
        }
      }
    }
  `,
  [ReferenceEntryFields],
);

/** Meetings of a body whose minutes are still open, with their agenda: where a decision can be recorded. */
export const DecisionMeetingsQuery = graphql(`
  query DecisionMeetings($bodyId: UUID!) {
    meetings(bodyId: $bodyId, statuses: [PLANNED, INVITED, RUNNING, MINUTES_DRAFT], first: 100) {
      id
      title
      startsAt
      status
      agenda(first: 200) {
        id
        number
        title
        depth
      }
    }
  }
`);

export const CreatePriorityReviewMutation = graphql(`
  mutation CreatePriorityReview($input: PriorityReviewInput!) {
    createPriorityReview(input: $input) {
      id
    }
  }
`);

export const RankNeedsMutation = graphql(`
  mutation RankNeeds($reviewId: UUID!, $needIds: [UUID!]!) {
    rankNeeds(reviewId: $reviewId, needIds: $needIds) {
      id
      myRanking
      ballotCount
    }
  }
`);

export const ChangePriorityReviewStatusMutation = graphql(`
  mutation ChangePriorityReviewStatus($id: UUID!, $version: Int!, $status: ReviewStatus!) {
    changePriorityReviewStatus(id: $id, version: $version, status: $status) {
      id
      version
      status
    }
  }
`);

export const DecidePriorityReviewMutation = graphql(`
  mutation DecidePriorityReview($id: UUID!, $version: Int!, $input: DecideReviewInput!) {
    decidePriorityReview(id: $id, version: $version, input: $input) {
      id
      version
      status
    }
  }
`);

// ─── Mandates ────────────────────────────────────────────────────────────────

/** A body's mandates with the need each answers and the progress of its measures. */
export const BodyMandatesQuery = graphql(`
  query BodyMandates($id: UUID!) {
    body(id: $id) {
      id
      mandates {
        id
        title
        status
        issuedOn
        dueOn
        overdue
        need {
          id
          title
        }
        issuedBy {
          id
          name
        }
        progress {
          measures
          planned
          inProgress
          done
          stalled
          dropped
          overdue
          percent
        }
      }
    }
  }
`);

export const CreateMandateMutation = graphql(`
  mutation CreateMandate($input: MandateInput!) {
    createMandate(input: $input) {
      id
      body {
        id
        name
      }
    }
  }
`);
