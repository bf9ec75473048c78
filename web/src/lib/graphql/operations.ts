import { graphql } from './graphql.ts';

/** The logged-in user, or null: drives the navigation and every permission-dependent view. */
export const MeQuery = graphql(`
  query Me {
    me {
      id
      displayName
      email
      role
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

/** The fields of a reference entry the UI shows and filters by. */
export const ReferenceEntryFields = graphql(`
  fragment ReferenceEntryFields on ReferenceEntry @_unmask {
    id
    code
    labelDe
    labelEn
    position
  }
`);

/** The four vocabularies the directory is filtered and profiles are tagged with. */
export const ReferencesQuery = graphql(
  `
    query References {
      fieldsOfAction {
        ...ReferenceEntryFields
      }
      districts {
        ...ReferenceEntryFields
      }
      languages {
        ...ReferenceEntryFields
      }
      targetGroups {
        ...ReferenceEntryFields
      }
    }
  `,
  [ReferenceEntryFields],
);

// ─── Directory ───────────────────────────────────────────────────────────────

/** What a result card in the directory shows. */
export const OrganisationCardFields = graphql(
  `
    fragment OrganisationCardFields on Organisation @_unmask {
      id
      name
      shortName
      kind
      sector
      isStale
      fieldsOfAction {
        ...ReferenceEntryFields
      }
      districts {
        ...ReferenceEntryFields
      }
    }
  `,
  [ReferenceEntryFields],
);

/** The first page of a directory search, with the facet counts for the same filter. */
export const DirectoryQuery = graphql(
  `
    query Directory($filter: OrganisationFilter, $first: Int) {
      organisations(filter: $filter, first: $first) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...OrganisationCardFields
          }
        }
        facets {
          kinds {
            value
            count
          }
          sectors {
            value
            count
          }
          fieldsOfAction {
            value
            count
          }
          districts {
            value
            count
          }
          languages {
            value
            count
          }
          targetGroups {
            value
            count
          }
        }
      }
    }
  `,
  [OrganisationCardFields],
);

/** A further page of the same search; facets are already known. */
export const DirectoryMoreQuery = graphql(
  `
    query DirectoryMore($filter: OrganisationFilter, $first: Int, $after: String) {
      organisations(filter: $filter, first: $first, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...OrganisationCardFields
          }
        }
      }
    }
  `,
  [OrganisationCardFields],
);

// ─── Organisation profile ────────────────────────────────────────────────────

const ContactChannelFields = graphql(`
  fragment ContactChannelFields on ContactChannel @_unmask {
    kind
    value
    label
  }
`);

export const OrganisationDetailQuery = graphql(
  `
    query OrganisationDetail($id: ID!) {
      organisation(id: $id) {
        id
        name
        shortName
        kind
        sector
        description
        website
        visibility
        isStale
        lastConfirmedAt
        confirmationDueAt
        viewerCanEdit
        archivedAt
        address {
          street
          postalCode
          city
        }
        contactChannels {
          ...ContactChannelFields
        }
        fieldsOfAction {
          ...ReferenceEntryFields
        }
        districts {
          ...ReferenceEntryFields
        }
        languages {
          ...ReferenceEntryFields
        }
        targetGroups {
          ...ReferenceEntryFields
        }
        affiliations {
          id
          role
          person {
            id
            givenName
            familyName
            function
            contactChannels {
              ...ContactChannelFields
            }
          }
        }
      }
    }
  `,
  [ContactChannelFields, ReferenceEntryFields],
);

/** Everything the edit form needs of a profile, including the version to send back. */
export const EditableOrganisationFields = graphql(
  `
    fragment EditableOrganisationFields on Organisation @_unmask {
      id
      version
      name
      shortName
      kind
      sector
      description
      website
      visibility
      isStale
      lastConfirmedAt
      viewerCanEdit
      address {
        street
        postalCode
        city
        latitude
        longitude
      }
      contactChannels {
        ...ContactChannelFields
      }
      fieldsOfAction {
        id
      }
      districts {
        id
      }
      languages {
        id
      }
      targetGroups {
        id
      }
    }
  `,
  [ContactChannelFields],
);

export const OrganisationEditQuery = graphql(
  `
    query OrganisationEdit($id: ID!) {
      organisation(id: $id) {
        ...EditableOrganisationFields
      }
    }
  `,
  [EditableOrganisationFields],
);

export const UpdateOrganisationMutation = graphql(
  `
    mutation UpdateOrganisation($id: ID!, $version: Int!, $input: OrganisationInput!) {
      updateOrganisation(id: $id, version: $version, input: $input) {
        ...EditableOrganisationFields
      }
    }
  `,
  [EditableOrganisationFields],
);

export const ConfirmOrganisationMutation = graphql(`
  mutation ConfirmOrganisation($id: ID!) {
    confirmOrganisationProfile(id: $id) {
      id
      version
      isStale
      lastConfirmedAt
    }
  }
`);

export const OrganisationHistoryQuery = graphql(`
  query OrganisationHistory($id: ID!, $limit: Int!, $offset: Int!) {
    history(entityType: "Organisation", entityId: $id, limit: $limit, offset: $offset) {
      hasMore
      entries {
        id
        action
        actorName
        at
        before
        after
      }
    }
  }
`);

export const MyOrganisationsQuery = graphql(`
  query MyOrganisations {
    me {
      id
      role
      organisations {
        id
        name
        shortName
        kind
        isStale
        lastConfirmedAt
      }
    }
  }
`);

// ─── Accounts ────────────────────────────────────────────────────────────────

export const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      id
    }
  }
`);

export const InvitationPreviewQuery = graphql(`
  query InvitationPreview($token: String!) {
    invitationPreview(token: $token) {
      email
      expiresAt
    }
  }
`);

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      id
    }
  }
`);

// ─── Administration ──────────────────────────────────────────────────────────

const UserRowFields = graphql(`
  fragment UserRowFields on User @_unmask {
    id
    version
    displayName
    email
    role
    disabledAt
    lastLoginAt
    organisations {
      id
      name
    }
  }
`);

const InvitationRowFields = graphql(`
  fragment InvitationRowFields on Invitation @_unmask {
    id
    email
    role
    status
    expiresAt
    createdAt
    invitedByName
    organisations {
      id
      name
    }
  }
`);

export const UsersQuery = graphql(
  `
    query Users {
      users {
        ...UserRowFields
      }
    }
  `,
  [UserRowFields],
);

export const InvitationsQuery = graphql(
  `
    query Invitations {
      invitations {
        ...InvitationRowFields
      }
    }
  `,
  [InvitationRowFields],
);

export const UpdateUserMutation = graphql(
  `
    mutation UpdateUser($id: ID!, $version: Int!, $input: UpdateUserInput!) {
      updateUser(id: $id, version: $version, input: $input) {
        ...UserRowFields
      }
    }
  `,
  [UserRowFields],
);

export const RevokeUserSessionsMutation = graphql(`
  mutation RevokeUserSessions($userId: ID!) {
    revokeUserSessions(userId: $userId)
  }
`);

export const InviteUserMutation = graphql(
  `
    mutation InviteUser($input: InviteUserInput!) {
      inviteUser(input: $input) {
        ...InvitationRowFields
      }
    }
  `,
  [InvitationRowFields],
);

export const RevokeInvitationMutation = graphql(
  `
    mutation RevokeInvitation($id: ID!) {
      revokeInvitation(id: $id) {
        ...InvitationRowFields
      }
    }
  `,
  [InvitationRowFields],
);

/** Organisations to pick for an editor's invitation, found by name. */
export const OrganisationPickerQuery = graphql(`
  query OrganisationPicker($search: String) {
    organisations(filter: { search: $search }, first: 20) {
      edges {
        node {
          id
          name
          shortName
        }
      }
    }
  }
`);
