/**
 * The globals the Excel custom-functions runtime gives a functions script: the Error class and the ErrorCode
 * values as @types/custom-functions-runtime documents them ("#DIV/0!", "#VALUE!", …).
 */
export class RuntimeError extends Error {
  constructor(
    public readonly code: string,
    message?: string
  ) {
    super(message);
  }
}

export function installCustomFunctionsRuntime(): void {
  (globalThis as Record<string, unknown>).CustomFunctions = {
    Error: RuntimeError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
      invalidName: "#NAME?",
      invalidReference: "#REF!",
    },
    associate: () => undefined,
  };
}

/** Runs a custom function and returns what Excel would show: the number, or the error code and its message. */
export function excelResult(call: () => number): number | { code: string; message: string } {
  try {
    return call();
  } catch (error) {
    if (error instanceof RuntimeError) return { code: error.code, message: error.message };
    throw error;
  }
}
