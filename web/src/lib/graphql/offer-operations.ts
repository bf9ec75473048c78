import { graphql } from './graphql.ts';
import { FacetCountFields, LanguageEntryFields, ReferenceEntryFields, SearchInterpretationFields } from './operations.ts';

/** Defined beside the other vocabulary fragments; offered here too, where offer-related operations look for it. */
export { LanguageEntryFields };

const OfferTranslationFields = graphql(`
  fragment OfferTranslationFields on OfferTranslation @_unmask {
    locale
    title
    description
  }
`);

/** What an offer's card in the directory shows. */
export const OfferCardFields = graphql(
  `
    fragment OfferCardFields on Offer @_unmask {
      id
      title
      description
      kind
      cost
      isStale
      openNow
      organisation {
        id
        name
      }
      translations {
        ...OfferTranslationFields
      }
      districts {
        ...ReferenceEntryFields
      }
      languages {
        ...LanguageEntryFields
      }
      locations {
        byAppointment
        openingHours {
          weekday
        }
      }
    }
  `,
  [OfferTranslationFields, ReferenceEntryFields, LanguageEntryFields],
);

/**
 * The first page of an offer search in the directory, with its facets and how the search was read;
 * with `list: false` only the count (for the tab of the list not shown).
 */
export const DirectoryOffersQuery = graphql(
  `
    query DirectoryOffers($filter: OfferFilter, $first: Int, $list: Boolean! = true) {
      offers(filter: $filter, first: $first) {
        totalCount
        pageInfo @include(if: $list) {
          hasNextPage
          endCursor
        }
        edges @include(if: $list) {
          node {
            ...OfferCardFields
          }
        }
        facets @include(if: $list) {
          kinds {
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
  [OfferCardFields, FacetCountFields, SearchInterpretationFields],
);

/** A further page of the same offer search. */
export const DirectoryOffersMoreQuery = graphql(
  `
    query DirectoryOffersMore($filter: OfferFilter, $first: Int, $after: String) {
      offers(filter: $filter, first: $first, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...OfferCardFields
          }
        }
      }
    }
  `,
  [OfferCardFields],
);

const ContactFields = graphql(`
  fragment OfferContactFields on ContactChannel @_unmask {
    kind
    value
    label
  }
`);

const LocationFields = graphql(`
  fragment OfferLocationFields on OfferLocation @_unmask {
    name
    street
    postalCode
    city
    latitude
    longitude
    accessibility {
      stepFree
      accessibleToilet
      note
    }
    openingHours {
      weekday
      opens
      closes
    }
    byAppointment
  }
`);

/** The public offer page. */
export const OfferDetailQuery = graphql(
  `
    query OfferDetail($id: UUID!) {
      offer(id: $id) {
        id
        title
        description
        kind
        cost
        costNote
        registrationRequired
        validFrom
        validUntil
        visibility
        archivedAt
        isStale
        lastConfirmedAt
        viewerCanEdit
        openNow
        updatedAt
        organisation {
          id
          name
          kind
          website
        }
        translations {
          ...OfferTranslationFields
        }
        fieldsOfAction {
          ...ReferenceEntryFields
        }
        targetGroups {
          ...ReferenceEntryFields
        }
        districts {
          ...ReferenceEntryFields
        }
        languages {
          ...LanguageEntryFields
        }
        locations {
          ...OfferLocationFields
        }
        contactChannels {
          ...OfferContactFields
        }
      }
    }
  `,
  [OfferTranslationFields, ReferenceEntryFields, LanguageEntryFields, LocationFields, ContactFields],
);

/** Everything the offer form needs, including the version to send back. */
export const EditableOfferFields = graphql(
  `
    fragment EditableOfferFields on Offer @_unmask {
      id
      version
      title
      description
      kind
      cost
      costNote
      registrationRequired
      validFrom
      validUntil
      visibility
      archivedAt
      isStale
      lastConfirmedAt
      confirmationDueAt
      viewerCanEdit
      organisation {
        id
        name
      }
      translations {
        ...OfferTranslationFields
      }
      fieldsOfAction {
        id
      }
      targetGroups {
        id
      }
      languages {
        id
      }
      districts {
        id
      }
      locations {
        ...OfferLocationFields
      }
      contactChannels {
        ...OfferContactFields
      }
    }
  `,
  [OfferTranslationFields, LocationFields, ContactFields],
);

export const OfferEditQuery = graphql(
  `
    query OfferEdit($id: UUID!) {
      offer(id: $id) {
        ...EditableOfferFields
      }
    }
  `,
  [EditableOfferFields],
);

/** An organisation's offers for its editors, archived ones included. */
export const OrganisationOffersQuery = graphql(
  `
    query OrganisationOffers($id: UUID!, $filter: OfferFilter, $first: Int) {
      organisation(id: $id) {
        id
        name
        viewerCanEdit
      }
      offers(filter: $filter, first: $first) {
        totalCount
        edges {
          node {
            id
            version
            title
            kind
            visibility
            archivedAt
            isStale
            lastConfirmedAt
            updatedAt
            translations {
              locale
            }
          }
        }
      }
    }
  `,
);

export const CreateOfferMutation = graphql(
  `
    mutation CreateOffer($input: OfferInput!) {
      createOffer(input: $input) {
        ...EditableOfferFields
      }
    }
  `,
  [EditableOfferFields],
);

export const UpdateOfferMutation = graphql(
  `
    mutation UpdateOffer($id: UUID!, $version: Int!, $input: OfferInput!) {
      updateOffer(id: $id, version: $version, input: $input) {
        ...EditableOfferFields
      }
    }
  `,
  [EditableOfferFields],
);

export const ArchiveOfferMutation = graphql(`
  mutation ArchiveOffer($id: UUID!, $version: Int!) {
    archiveOffer(id: $id, version: $version) {
      id
      version
      archivedAt
    }
  }
`);

export const RestoreOfferMutation = graphql(`
  mutation RestoreOffer($id: UUID!, $version: Int!) {
    restoreOffer(id: $id, version: $version) {
      id
      version
      archivedAt
    }
  }
`);

export const ConfirmOfferMutation = graphql(`
  mutation ConfirmOffer($id: UUID!) {
    confirmOffer(id: $id) {
      id
      version
      isStale
      lastConfirmedAt
      confirmationDueAt
    }
  }
`);
