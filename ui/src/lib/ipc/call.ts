// How a command is called: one Tauri `invoke` with one typed `args`, a refusal turned into an
// ApiFailure that carries the error's code and field. The only import of @tauri-apps/api/core.
import { invoke } from "@tauri-apps/api/core";
import type { ApiError } from "./bindings/ApiError";

/** A refused command: `error.code` says what, `error.field` where; `message` is localised. */
export class ApiFailure extends Error {
  readonly error: ApiError;
  constructor(error: ApiError) {
    super(error.message);
    this.error = error;
  }
  get code() {
    return this.error.code;
  }
  get field() {
    return this.error.field;
  }
}

function isApiError(value: unknown): value is ApiError {
  return typeof value === "object" && value !== null && "code" in value && "message" in value;
}

export { Channel } from "@tauri-apps/api/core";

/** Told the name of every command that succeeded: the undo buttons follow the edits. */
const afterCall = new Set<(command: string) => void>();

/** Calls `listener` after each command that succeeds; returns what stops it. */
export function onCommandDone(listener: (command: string) => void): () => void {
  afterCall.add(listener);
  return () => afterCall.delete(listener);
}

/**
 * Calls a command; a refusal becomes an ApiFailure, anything else an Error with its text.
 * `extra` holds the command's other parameters beside `args` (a progress Channel).
 */
export async function call<T>(command: string, args?: unknown, extra: Record<string, unknown> = {}): Promise<T> {
  try {
    const out = await invoke<T>(command, args === undefined ? { ...extra } : { args, ...extra });
    for (const listener of afterCall) listener(command);
    return out;
  } catch (e) {
    if (isApiError(e)) throw new ApiFailure(e);
    throw new Error(typeof e === "string" ? e : String(e));
  }
}
