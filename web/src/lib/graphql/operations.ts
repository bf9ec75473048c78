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
    labelAr
    labelFa
    labelTr
    labelUk
    position
  }
`);

/** A language entry as the directory shows it: its labels and its own name in its script (العربية). */
export const LanguageEntryFields = graphql(
  `
    fragment LanguageEntryFields on Language @_unmask {
      ...ReferenceEntryFields
      nativeName
    }
  `,
  [ReferenceEntryFields],
);

/** One value of a directory facet and how many results have it. */
export const FacetCountFields = graphql(`
  fragment FacetCountFields on FacetCount @_unmask {
    value
    count
  }
`);

/** How the directory read a search: the languages it took as a filter and the words it searched for. */
export const SearchInterpretationFields = graphql(
  `
    fragment SearchInterpretationFields on SearchInterpretation @_unmask {
      languages {
        ...LanguageEntryFields
      }
      terms
    }
  `,
  [LanguageEntryFields],
);

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
        ...LanguageEntryFields
      }
      targetGroups {
        ...ReferenceEntryFields
      }
    }
  `,
  [ReferenceEntryFields, LanguageEntryFields],
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
      languages {
        ...LanguageEntryFields
      }
    }
  `,
  [ReferenceEntryFields, LanguageEntryFields],
);

/**
 * The first page of a directory search, with the facet counts for the same filter; with `list: false`
 * only the count (for the tab of the list not shown).
 */
export const DirectoryQuery = graphql(
  `
    query Directory($filter: OrganisationFilter, $first: Int, $list: Boolean! = true) {
      organisations(filter: $filter, first: $first) {
        totalCount
        pageInfo @include(if: $list) {
          hasNextPage
          endCursor
        }
        edges @include(if: $list) {
          node {
            ...OrganisationCardFields
          }
        }
        facets @include(if: $list) {
          kinds {
            ...FacetCountFields
          }
          sectors {
            ...FacetCountFields
          }
          fieldsOfAction {
            ...FacetCountFields
          }
          districts {
            ...FacetCountFields
          }
          languages {
            ...FacetCountFields
          }
          targetGroups {
            ...FacetCountFields
          }
        }
        interpretation @include(if: $list) {
          ...SearchInterpretationFields
        }
      }
    }
  `,
  [OrganisationCardFields, FacetCountFields, SearchInterpretationFields],
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
    query OrganisationDetail($id: UUID!) {
      organisation(id: $id) {
        id
        name
        shortName
        kind
        sector
        description
        translations {
          locale
          name
          description
        }
        website
        visibility
        isStale
        lastConfirmedAt
        confirmationDueAt
        viewerCanEdit
        archivedAt
        offers(first: 20) {
          id
          title
          translations {
            locale
            title
          }
        }
        volunteerOpportunities(first: 10) {
          id
          title
        }
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
          nativeName
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
        representations {
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
    query OrganisationEdit($id: UUID!) {
      organisation(id: $id) {
        ...EditableOrganisationFields
      }
    }
  `,
  [EditableOrganisationFields],
);

export const UpdateOrganisationMutation = graphql(
  `
    mutation UpdateOrganisation($id: UUID!, $version: Int!, $input: OrganisationInput!) {
      updateOrganisation(id: $id, version: $version, input: $input) {
        ...EditableOrganisationFields
      }
    }
  `,
  [EditableOrganisationFields],
);

export const ConfirmOrganisationMutation = graphql(`
  mutation ConfirmOrganisation($id: UUID!) {
    confirmOrganisationProfile(id: $id) {
      id
      version
      isStale
      lastConfirmedAt
    }
  }
`);

export const OrganisationHistoryQuery = graphql(`
  query OrganisationHistory($id: UUID!, $limit: Int!, $offset: Int!) {
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

/** Mails a reset link if an active account has this email; the answer never says whether one does. */
export const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

/** Sets a new password with the token of a reset link; ends every session of the account. */
export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword)
  }
`);

/** The logged-in user changes their own password; their other sessions end. */
export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
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
    mutation UpdateUser($id: UUID!, $version: Int!, $input: UpdateUserInput!) {
      updateUser(id: $id, version: $version, input: $input) {
        ...UserRowFields
      }
    }
  `,
  [UserRowFields],
);

export const RevokeUserSessionsMutation = graphql(`
  mutation RevokeUserSessions($userId: UUID!) {
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
    mutation RevokeInvitation($id: UUID!) {
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

// ─── Network structure: bodies and tandems ───────────────────────────────────

/** A lead of a tandem: who, and for which organisation and sector. */
export const TandemLeadFields = graphql(`
  fragment TandemLeadFields on Membership @_unmask {
    id
    person {
      id
      givenName
      familyName
      function
    }
    organisation {
      id
      name
      sector
    }
  }
`);

/** What a tandem card shows: the leads and whether they meet the tandem rules. */
export const TandemFields = graphql(
  `
    fragment TandemFields on Tandem @_unmask {
      leads {
        ...TandemLeadFields
      }
      bridgesSectors
      sectors
      complete
      minLeads
      maxLeads
    }
  `,
  [TandemLeadFields],
);

/** A node of the organisation chart. */
export const BodyNodeFields = graphql(
  `
    fragment BodyNodeFields on Body @_unmask {
      id
      name
      kind
      status
      ended
      endedOn
      visibility
      parent {
        id
      }
      mergedInto {
        id
        name
      }
      tandem {
        leads {
          id
          person {
            id
            givenName
            familyName
          }
        }
      }
    }
  `,
);

/** Every body of the network, for the organisation chart; ended ones on request. */
export const BodiesQuery = graphql(
  `
    query Bodies($includeEnded: Boolean) {
      bodies(filter: { includeEnded: $includeEnded }) {
        ...BodyNodeFields
      }
    }
  `,
  [BodyNodeFields],
);

/** Every body led by a tandem, with both (or all) leads. */
export const TandemsQuery = graphql(
  `
    query Tandems {
      tandems {
        body {
          id
          name
          kind
        }
        ...TandemFields
      }
    }
  `,
  [TandemFields],
);

/** The body page: mandate, place in the structure, goals, tandem, history and a summary of its measures. */
export const BodyDetailQuery = graphql(
  `
    query BodyDetail($id: UUID!) {
      body(id: $id) {
        id
        version
        name
        shortName
        kind
        mandate
        status
        ended
        foundedOn
        viewerCan {
          change
          manage
        }
        endedOn
        visibility
        parent {
          id
          name
        }
        children(includeEnded: true) {
          id
          name
          kind
          status
          ended
        }
        mergedInto {
          id
          name
        }
        statusHistory {
          id
          fromStatus
          toStatus
          on
          reason
          actorName
          mergedInto {
            id
            name
          }
        }
        fieldsOfAction {
          ...ReferenceEntryFields
        }
        goals {
          id
          number
          title
        }
        meetingIntervalMinWeeks
        meetingIntervalMaxWeeks
        meetingNote
        tandem {
          ...TandemFields
        }
        measures {
          id
          status
          overdue
        }
      }
    }
  `,
  [ReferenceEntryFields, TandemFields],
);

/** Who sat in a body on a day (default today). */
export const BodyMembersQuery = graphql(
  `
    query BodyMembers($id: UUID!, $at: Date) {
      body(id: $id) {
        id
        members(at: $at) {
          id
          version
          role
          votingRight
          validFrom
          validTo
          person {
            id
            givenName
            familyName
            function
            contactChannels {
              ...ContactChannelFields
            }
          }
          organisation {
            id
            name
          }
        }
      }
    }
  `,
  [ContactChannelFields],
);

/** People to add to a body, found by name, with the organisations they act for. */
export const PersonPickerQuery = graphql(`
  query PersonPicker($search: String) {
    people(filter: { search: $search }, first: 20) {
      edges {
        node {
          id
          givenName
          familyName
          function
          affiliations {
            id
            organisation {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const AddMembershipMutation = graphql(`
  mutation AddMembership($input: MembershipInput!) {
    addMembership(input: $input) {
      id
      version
      role
      validFrom
      validTo
      person {
        id
        givenName
        familyName
      }
    }
  }
`);

/** Ends a membership (sets its last day) or changes its other fields. */
export const UpdateMembershipMutation = graphql(`
  mutation UpdateMembership($id: UUID!, $version: Int!, $input: MembershipInput!) {
    updateMembership(id: $id, version: $version, input: $input) {
      id
      version
      validTo
    }
  }
`);

export const ChangeBodyStatusMutation = graphql(`
  mutation ChangeBodyStatus($id: UUID!, $version: Int!, $input: BodyStatusInput!) {
    changeBodyStatus(id: $id, version: $version, input: $input) {
      id
      version
      status
      ended
      endedOn
    }
  }
`);

export const CreateBodyMutation = graphql(`
  mutation CreateBody($input: BodyInput!) {
    createBody(input: $input) {
      id
    }
  }
`);

/** What the body form offers to choose from: parent bodies, fields of action, goals. */
export const BodyFormOptionsQuery = graphql(
  `
    query BodyFormOptions {
      bodies {
        id
        name
      }
      fieldsOfAction {
        ...ReferenceEntryFields
      }
      goals {
        id
        number
        title
      }
    }
  `,
  [ReferenceEntryFields],
);

// ─── Measures ────────────────────────────────────────────────────────────────

/** What a measure card shows and its progress form needs, including the version to send back. */
export const MeasureCardFields = graphql(`
  fragment MeasureCardFields on Measure @_unmask {
    id
    version
    title
    status
    dueOn
    progress
    overdue
    body {
      id
      name
    }
    owners {
      id
      name
    }
    responsible {
      id
      givenName
      familyName
    }
    viewerCan {
      progress
    }
  }
`);

/** A body's measures board. */
export const BodyMeasuresQuery = graphql(
  `
    query BodyMeasures($id: UUID!) {
      body(id: $id) {
        id
        name
        shortName
        ended
        viewerCan {
          manage
        }
        goals {
          id
          number
          title
        }
        mandates {
          id
          title
          status
        }
        members {
          id
          person {
            id
            givenName
            familyName
          }
        }
        measures {
          ...MeasureCardFields
        }
      }
    }
  `,
  [MeasureCardFields],
);

export const CreateMeasureMutation = graphql(
  `
    mutation CreateMeasure($input: MeasureInput!) {
      createMeasure(input: $input) {
        ...MeasureCardFields
      }
    }
  `,
  [MeasureCardFields],
);

/** The measures the logged-in person is responsible for. */
export const MyMeasuresQuery = graphql(
  `
    query MyMeasures {
      myMeasures {
        ...MeasureCardFields
      }
    }
  `,
  [MeasureCardFields],
);

/** What an expanded measure shows: description, goals, history, indicators. */
export const MeasureDetailQuery = graphql(`
  query MeasureDetail($id: UUID!) {
    measure(id: $id) {
      id
      description
      mandate {
        id
        title
        dueOn
        need {
          id
          title
        }
        issuedBy {
          id
          name
        }
      }
      goals {
        id
        number
        title
      }
      statusHistory {
        id
        fromStatus
        toStatus
        on
        note
        actorName
      }
      indicators {
        id
        name
        unit
        baseline
        target
        measurements {
          id
          on
          value
          note
        }
      }
    }
  }
`);

export const ReportMeasureProgressMutation = graphql(
  `
    mutation ReportMeasureProgress($id: UUID!, $version: Int!, $input: MeasureProgressInput!) {
      reportMeasureProgress(id: $id, version: $version, input: $input) {
        ...MeasureCardFields
      }
    }
  `,
  [MeasureCardFields],
);

// ─── Agreements ──────────────────────────────────────────────────────────────

/** A row of the agreements list. */
export const AgreementListFields = graphql(`
  fragment AgreementListFields on Agreement @_unmask {
    id
    title
    kind
    status
    validFrom
    validTo
    noticeOn
    parties {
      id
      role
      organisation {
        id
        name
      }
    }
  }
`);

export const AgreementsQuery = graphql(
  `
    query Agreements($filter: AgreementFilter) {
      agreements(filter: $filter) {
        ...AgreementListFields
      }
    }
  `,
  [AgreementListFields],
);

/** The organisations that are party to any agreement, for the admins' filter. */
export const AgreementPartiesQuery = graphql(`
  query AgreementParties {
    agreements {
      id
      parties {
        id
        organisation {
          id
          name
        }
      }
    }
  }
`);

/** Everything the agreement page shows, including the version to send back with a status change. */
export const AgreementDetailFields = graphql(`
  fragment AgreementDetailFields on Agreement @_unmask {
    id
    version
    title
    kind
    description
    status
    signedOn
    validFrom
    validTo
    noticeOn
    nextStatuses
    parties {
      id
      role
      organisation {
        id
        name
        sector
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
    body {
      id
      name
    }
    measure {
      id
      title
      body {
        id
      }
    }
  }
`);

export const AgreementDetailQuery = graphql(
  `
    query AgreementDetail($id: UUID!) {
      agreement(id: $id) {
        ...AgreementDetailFields
      }
    }
  `,
  [AgreementDetailFields],
);

export const ChangeAgreementStatusMutation = graphql(
  `
    mutation ChangeAgreementStatus($id: UUID!, $version: Int!, $input: AgreementStatusInput!) {
      changeAgreementStatus(id: $id, version: $version, input: $input) {
        ...AgreementDetailFields
      }
    }
  `,
  [AgreementDetailFields],
);

export const RemoveAgreementDocumentMutation = graphql(`
  mutation RemoveAgreementDocument($id: UUID!) {
    removeAgreementDocument(id: $id)
  }
`);

export const CreateAgreementMutation = graphql(`
  mutation CreateAgreement($input: AgreementInput!) {
    createAgreement(input: $input) {
      id
    }
  }
`);
