/**
 * What the pane keeps in the document, by key ("mapping:<sheet>"). The pane is handed a store; the one kept in
 * Office's document settings lives with the other settings, a memory one serves outside Office and in tests.
 */
export interface DocumentStore {
  get(key: string): unknown;
  set(key: string, value: unknown): Promise<void>;
}

export function memoryStore(): DocumentStore {
  const values = new Map<string, unknown>();
  return {
    get: (key) => values.get(key),
    set: async (key, value) => {
      values.set(key, value);
    },
  };
}
