import { createPubSub } from '@graphql-yoga/subscription';

/**
 * The topics Verbund publishes, each addressed by the id of the record that
 * changed. Payloads carry ids only: subscribers read the record again under
 * their own read rule.
 */
export type Topics = {
  ORGANISATION_CHANGED: [organisationId: string, payload: { id: string }];
};

/**
 * The one pub/sub of the API (the type-graphql subscriptions' engine).
 * In-process: subscribers on this server hear what this server's writes
 * publish.
 */
export function createTopics() {
  return createPubSub<Topics>();
}

export type PubSub = ReturnType<typeof createTopics>;
