import { graphql } from './graphql.ts';
import { LanguageEntryFields } from './offer-operations.ts';
import { ReferenceEntryFields } from './operations.ts';

// ─── Public: the volunteering directory ──────────────────────────────────────

/** What an opportunity's card in the volunteering directory shows. */
export const OpportunityCardFields = graphql(
  `
    fragment OpportunityCardFields on VolunteerOpportunity @_unmask {
      id
      title
      task
      timeNeeded
      hoursPerMonth
      status
      validUntil
      organisation {
        id
        name
      }
      languages {
        ...LanguageEntryFields
      }
      districts {
        ...ReferenceEntryFields
      }
    }
  `,
  [LanguageEntryFields, ReferenceEntryFields],
);

/** The vocabularies the volunteering directory and its forms offer. */
export const VolunteeringOptionsQuery = graphql(
  `
    query VolunteeringOptions {
      districts {
        ...ReferenceEntryFields
      }
      languages {
        ...LanguageEntryFields
      }
      targetGroups {
        ...ReferenceEntryFields
      }
    }
  `,
  [ReferenceEntryFields, LanguageEntryFields],
);

/** A page of open opportunities for the filters. */
export const VolunteeringDirectoryQuery = graphql(
  `
    query VolunteeringDirectory($filter: VolunteerOpportunityFilter, $first: Int, $after: String) {
      volunteerOpportunities(filter: $filter, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...OpportunityCardFields
          }
        }
      }
    }
  `,
  [OpportunityCardFields],
);

/** "Was passt zu mir?": suggestions with the reasons they fit. */
export const VolunteerMatchesQuery = graphql(
  `
    query VolunteerMatches($input: VolunteerMatchInput!, $first: Int) {
      volunteerMatches(input: $input, first: $first) {
        score
        districtMatches
        anyDistrict
        timeFits
        matchedSkills
        matchedLanguages {
          ...LanguageEntryFields
        }
        opportunity {
          ...OpportunityCardFields
        }
      }
    }
  `,
  [OpportunityCardFields, LanguageEntryFields],
);

/** One opportunity's public page. */
export const VolunteerOpportunityDetailQuery = graphql(
  `
    query VolunteerOpportunityDetail($id: UUID!) {
      volunteerOpportunity(id: $id) {
        id
        createdAt
        title
        task
        timeNeeded
        hoursPerMonth
        skills
        status
        validFrom
        validUntil
        lastConfirmedAt
        isStale
        viewerCanEdit
        organisation {
          id
          name
          address {
            city
          }
        }
        languages {
          ...LanguageEntryFields
        }
        districts {
          ...ReferenceEntryFields
        }
        targetGroups {
          ...ReferenceEntryFields
        }
      }
    }
  `,
  [LanguageEntryFields, ReferenceEntryFields],
);

export const RegisterVolunteerInterestMutation = graphql(`
  mutation RegisterVolunteerInterest($input: VolunteerInterestInput!) {
    registerVolunteerInterest(input: $input)
  }
`);

// ─── Editors: opportunities and interests of an organisation ─────────────────

/** The row of an interest in an organisation's inbox. */
export const InterestRowFields = graphql(`
  fragment InterestRowFields on VolunteerInterest @_unmask {
    id
    status
    createdAt
    updatedAt
    opportunity {
      id
      title
    }
    volunteer {
      id
      name
    }
  }
`);

/** An organisation's opportunities (closed ones too) and the interests in them. */
export const OrganisationVolunteeringQuery = graphql(
  `
    query OrganisationVolunteering($id: UUID!, $statuses: [InterestStatus!]) {
      organisation(id: $id) {
        id
        name
        viewerCanEdit
        volunteerOpportunities(includeClosed: true) {
          id
          title
          status
          timeNeeded
          validUntil
          isStale
          lastConfirmedAt
          newInterestCount
        }
      }
      volunteerInterests(filter: { organisationIds: [$id], statuses: $statuses }) {
        ...InterestRowFields
      }
    }
  `,
  [InterestRowFields],
);

/** The fields an opportunity's form edits. */
export const EditableOpportunityFields = graphql(`
  fragment EditableOpportunityFields on VolunteerOpportunity @_unmask {
    id
    version
    title
    task
    timeNeeded
    hoursPerMonth
    skills
    status
    validFrom
    validUntil
    lastConfirmedAt
    isStale
    viewerCanEdit
    organisation {
      id
      name
    }
    languages {
      id
    }
    districts {
      id
    }
    targetGroups {
      id
    }
  }
`);

export const VolunteerOpportunityEditQuery = graphql(
  `
    query VolunteerOpportunityEdit($id: UUID!) {
      volunteerOpportunity(id: $id) {
        ...EditableOpportunityFields
      }
    }
  `,
  [EditableOpportunityFields],
);

/** The organisation a new opportunity is for, with the right to add one. */
export const OpportunityOrganisationQuery = graphql(`
  query OpportunityOrganisation($id: UUID!) {
    organisation(id: $id) {
      id
      name
      viewerCanEdit
    }
  }
`);

export const CreateVolunteerOpportunityMutation = graphql(
  `
    mutation CreateVolunteerOpportunity($input: VolunteerOpportunityInput!) {
      createVolunteerOpportunity(input: $input) {
        ...EditableOpportunityFields
      }
    }
  `,
  [EditableOpportunityFields],
);

export const UpdateVolunteerOpportunityMutation = graphql(
  `
    mutation UpdateVolunteerOpportunity($id: UUID!, $version: Int!, $input: VolunteerOpportunityInput!) {
      updateVolunteerOpportunity(id: $id, version: $version, input: $input) {
        ...EditableOpportunityFields
      }
    }
  `,
  [EditableOpportunityFields],
);

export const ConfirmVolunteerOpportunityMutation = graphql(`
  mutation ConfirmVolunteerOpportunity($id: UUID!) {
    confirmVolunteerOpportunity(id: $id) {
      id
      version
      lastConfirmedAt
      isStale
    }
  }
`);

/** The fields of an interest its page shows, with the volunteer's data. */
export const InterestDetailFields = graphql(
  `
    fragment InterestDetailFields on VolunteerInterest @_unmask {
      id
      version
      status
      createdAt
      viewerCanAnswer
      messages {
        at
        author
        authorName
        text
        status
      }
      opportunity {
        id
        title
        organisation {
          id
          name
        }
      }
      volunteer {
        id
        name
        email
        phone
        timeAvailable
        skills
        consentGivenAt
        erasedAt
        languages {
          ...LanguageEntryFields
        }
        district {
          ...ReferenceEntryFields
        }
      }
    }
  `,
  [LanguageEntryFields, ReferenceEntryFields],
);

export const VolunteerInterestDetailQuery = graphql(
  `
    query VolunteerInterestDetail($id: UUID!) {
      volunteerInterest(id: $id) {
        ...InterestDetailFields
      }
    }
  `,
  [InterestDetailFields],
);

/** Open opportunities that would also fit a registered volunteer. */
export const VolunteerSuggestionsQuery = graphql(`
  query VolunteerSuggestions($volunteerId: UUID!) {
    volunteerSuggestions(volunteerId: $volunteerId, first: 5) {
      score
      opportunity {
        id
        title
        organisation {
          id
          name
        }
      }
    }
  }
`);

export const AnswerVolunteerInterestMutation = graphql(
  `
    mutation AnswerVolunteerInterest($id: UUID!, $version: Int!, $input: InterestAnswerInput!) {
      answerVolunteerInterest(id: $id, version: $version, input: $input) {
        ...InterestDetailFields
      }
    }
  `,
  [InterestDetailFields],
);

// ─── The coordination office: personal data ──────────────────────────────────

export const PersonalDataSearchQuery = graphql(`
  query PersonalDataSearch($search: String!) {
    personalDataSearch(search: $search) {
      people {
        erasedAt
        person {
          id
          givenName
          familyName
          function
          contactChannels {
            kind
            value
          }
        }
        accounts {
          id
          email
          role
          disabledAt
        }
      }
      volunteers {
        id
        name
        email
        phone
        erasedAt
        createdAt
      }
    }
  }
`);

export const ErasePersonMutation = graphql(`
  mutation ErasePerson($id: UUID!) {
    erasePerson(id: $id) {
      pseudonym
      accountsDisabled
      sessionsEnded
    }
  }
`);

export const EraseVolunteerMutation = graphql(`
  mutation EraseVolunteer($id: UUID!) {
    eraseVolunteer(id: $id) {
      pseudonym
      accountsDisabled
      sessionsEnded
    }
  }
`);
