// The practice endpoints' shapes and calls. The attempt token travels in a header, never in an address.
import { toApiError } from "../shared/api";
import type { PracticeStarted } from "../contract/http";

/** What this browser keeps of a started attempt, to carry on after a refresh. */
export type Attempt = Pick<PracticeStarted, "attemptId" | "token">;

export async function call<T>(method: string, path: string, body?: unknown, token?: string): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (token) headers["X-Player-Token"] = token;
  const init: RequestInit = { method, headers };
  if (body !== undefined) init.body = JSON.stringify(body);
  const response = await fetch(path, init);
  if (!response.ok) throw await toApiError(response);
  return (await response.json()) as T;
}
