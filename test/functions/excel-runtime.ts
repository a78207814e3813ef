/**
 * The globals the Excel custom-functions runtime gives a functions script: the Error class and the ErrorCode
 * values as @types/custom-functions-runtime documents them ("#DIV/0!", "#VALUE!", …), and `associate`, which
 * here records what the script binds.
 */
export class RuntimeError extends Error {
  constructor(
    public readonly code: string,
    message?: string
  ) {
    super(message);
  }
}

export const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
};

/** A CustomFunctions global; `bound` receives each (id, function) the script associates. */
export function customFunctionsRuntime(bound: Map<string, unknown> = new Map()) {
  return {
    Error: RuntimeError,
    ErrorCode: ERROR_CODES,
    associate: (id: string, fn: unknown) => {
      bound.set(id, fn);
    },
  };
}

export function installCustomFunctionsRuntime(): void {
  (globalThis as Record<string, unknown>).CustomFunctions = customFunctionsRuntime();
}

export type ExcelShows<T> = T | { code: string; message: string };

/** Runs a custom function and returns what Excel would show: the value, or the error code and its message. */
export function excelResult<T>(call: () => T): ExcelShows<T> {
  try {
    return call();
  } catch (error) {
    if (error instanceof RuntimeError) return { code: error.code, message: error.message };
    throw error;
  }
}

/** Office's display language for the functions' messages; Vietnamese when Office is absent. */
export function withOfficeLanguage(displayLanguage: string | null): void {
  if (displayLanguage === null) delete (globalThis as Record<string, unknown>).Office;
  else (globalThis as Record<string, unknown>).Office = { context: { displayLanguage } };
}
