const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids that are not UUIDs cannot exist; answering NOT_FOUND early keeps the database from raising a cast error. */
export const isUuid = (id: string) => uuidPattern.test(id);
