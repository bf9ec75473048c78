import { graphql } from './graphql.ts';
import { OfferCardFields } from './offer-operations.ts';

/** A path's texts and questions, each with its translations: what the guide shows before the result. */
const ReferralPathGuideFields = graphql(`
  fragment ReferralPathGuideFields on ReferralPath @_unmask {
    id
    version
    title
    intro
    published
    viewerCanEdit
    translations {
      locale
      title
      intro
    }
    questions {
      key
      label
      hint
      translations {
        locale
        label
        hint
      }
      options {
        key
        label
        translations {
          locale
          label
        }
      }
    }
  }
`);

/** The public list of referral paths. */
export const ReferralPathsQuery = graphql(`
  query ReferralPaths {
    referralPaths {
      id
      title
      intro
      published
      viewerCanEdit
      translations {
        locale
        title
        intro
      }
      questions {
        key
      }
    }
  }
`);

/** One path as a visitor walks it, with where the answers given so far lead. */
export const ReferralGuideQuery = graphql(
  `
    query ReferralGuide($id: UUID!, $answers: [ReferralAnswerInput!]!) {
      referralPath(id: $id) {
        ...ReferralPathGuideFields
        result(answers: $answers) {
          complete
          fallback
          unansweredQuestionKeys
          outcomes {
            id
            reason
            translations {
              locale
              reason
            }
            offer {
              ...OfferCardFields
            }
          }
        }
      }
    }
  `,
  [ReferralPathGuideFields, OfferCardFields],
);

/** Every path with its state, for the coordination office's list. */
export const ReferralPathsAdminQuery = graphql(`
  query ReferralPathsAdmin {
    referralPaths {
      id
      version
      title
      published
      updatedAt
      questions {
        key
      }
      outcomes {
        id
      }
    }
  }
`);

/** A path as the editor changes it: every text with its translations, and the outcomes' rules and offers. */
export const ReferralPathEditQuery = graphql(
  `
    query ReferralPathEdit($id: UUID!) {
      referralPath(id: $id) {
        ...ReferralPathGuideFields
        outcomes {
          id
          reason
          fallback
          translations {
            locale
            reason
          }
          conditions {
            questionKey
            optionKeys
          }
          offer {
            id
            title
            organisation {
              id
              name
            }
          }
        }
      }
    }
  `,
  [ReferralPathGuideFields],
);

/** Offers to pick for an outcome, by words of their title or organisation. */
export const ReferralOfferSearchQuery = graphql(`
  query ReferralOfferSearch($search: String) {
    offers(filter: { search: $search }, first: 20) {
      edges {
        node {
          id
          title
          organisation {
            id
            name
          }
        }
      }
    }
  }
`);

export const CreateReferralPathMutation = graphql(`
  mutation CreateReferralPath($input: ReferralPathInput!) {
    createReferralPath(input: $input) {
      id
      version
    }
  }
`);

export const UpdateReferralPathMutation = graphql(`
  mutation UpdateReferralPath($id: UUID!, $version: Int!, $input: ReferralPathInput!) {
    updateReferralPath(id: $id, version: $version, input: $input) {
      id
      version
      published
    }
  }
`);

export const PublishReferralPathMutation = graphql(`
  mutation PublishReferralPath($id: UUID!, $version: Int!, $published: Boolean!) {
    publishReferralPath(id: $id, version: $version, published: $published) {
      id
      version
      published
    }
  }
`);

export const DeleteReferralPathMutation = graphql(`
  mutation DeleteReferralPath($id: UUID!, $version: Int!) {
    deleteReferralPath(id: $id, version: $version)
  }
`);
