/** Saved segments: named filters over contacts, companies or deals, built without SQL. */
export const segmentEndpoints = {} as const;
