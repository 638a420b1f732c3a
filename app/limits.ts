/** Size limits applied to every input that crosses a boundary. */
export const LIMITS = {
  idLength: 64,
  shortText: 200,
  longText: 5000,
  url: 2000,
  /** Items in one array of a model document (roles, assignments, ...). */
  documentItems: 200_000,
  /** Ids in one list inside a command, e.g. a policy's assets. */
  listItems: 10_000,
  /** Bytes of a JSON document read from a file or a request. */
  documentBytes: 64 * 1024 * 1024,
  /** Bytes of one API request body. */
  requestBytes: 8 * 1024 * 1024,
  /** Nesting of arrays and objects in any JSON input. */
  jsonDepth: 32,
} as const;
