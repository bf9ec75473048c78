import { graphql } from './graphql.ts';

/*
 * Documents of needs and fund applications: GraphQL lists and removes them,
 * plain HTTP uploads and downloads them (`#lib/documents.ts`). Agreements'
 * documents come with `AgreementDetailFields` in `operations.ts`.
 */

export const RemoveNeedDocumentMutation = graphql(`
  mutation RemoveNeedDocument($id: UUID!) {
    removeNeedDocument(id: $id)
  }
`);

/** An application's documents and whether the reader may change them; the application page shows them with `FundApplicationDocuments`. */
export const FundApplicationDocumentsQuery = graphql(`
  query FundApplicationDocuments($id: UUID!) {
    fundApplication(id: $id) {
      id
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
        attachDocuments
      }
    }
  }
`);

export const RemoveFundApplicationDocumentMutation = graphql(`
  mutation RemoveFundApplicationDocument($id: UUID!) {
    removeFundApplicationDocument(id: $id)
  }
`);
