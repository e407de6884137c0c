// Calls to the teacher API. Every failure becomes an ApiError carrying the ProblemDetails sentence to show, so a
// page never has to read a status code to know what to tell the teacher.
import { refusalSentence } from "./refusals";

/** A refused or failed request: `shown` is for people (in their language), the rest is for the page to act on. */
export class ApiError extends Error {
  /** The refusal's machine-readable code, when the server gave one. */
  readonly code: string | undefined;
  /** The sentence to show. `detail` stays the server's own English, for pages that read which field it is about. */
  readonly shown: string;

  constructor(
    readonly status: number,
    readonly detail: string,
    /** The validator's findings on a refused question. */
    readonly problems: string[] = [],
    /** Field-by-field messages of a validation problem (field name → sentences). */
    readonly fieldErrors: Record<string, string[]> = {},
    /** The rest of the ProblemDetails body: currentVersion on a 409, articleId on a duplicate, … */
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(detail);
    this.code = typeof extensions["code"] === "string" ? extensions["code"] : undefined;
    this.shown = refusalSentence(this.code, status === 0 ? "" : detail, status);
    this.name = "ApiError";
  }
}

let antiforgery: Promise<{ token: string; headerName: string }> | null = null;

/** The token is bound to the signed-in teacher, so signing in or out must drop the one held. */
export function forgetAntiforgeryToken(): void {
  antiforgery = null;
}

async function antiforgeryHeader(): Promise<Record<string, string>> {
  antiforgery ??= fetch("/api/account/antiforgery", { headers: { Accept: "application/json" } })
    .then(async (response) => {
      if (!response.ok) throw await toApiError(response);
      return (await response.json()) as { token: string; headerName: string };
    })
    .catch((error: unknown) => {
      antiforgery = null;
      throw error;
    });
  const { token, headerName } = await antiforgery;
  return { [headerName]: token };
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}

export async function toApiError(response: Response): Promise<ApiError> {
  let body: Record<string, unknown> = {};
  try {
    const parsed: unknown = await response.json();
    if (typeof parsed === "object" && parsed !== null) body = parsed as Record<string, unknown>;
  } catch {
    // Not JSON (a proxy's error page, an empty body): the fallback sentence below is all there is.
  }
  const fields: Record<string, string[]> = {};
  if (typeof body["errors"] === "object" && body["errors"] !== null) {
    for (const [name, messages] of Object.entries(body["errors"] as Record<string, unknown>)) fields[name] = strings(messages);
  }
  const detail = typeof body["detail"] === "string" && body["detail"] ? body["detail"] : "";
  return new ApiError(response.status, detail, strings(body["problems"]), fields, body);
}

type Body = object | FormData | undefined;

/** Sends a request; writes carry the antiforgery header. Resolves with the JSON answer, or undefined for none. */
export async function api<T>(method: "GET" | "POST" | "PUT" | "DELETE", url: string, body?: Body): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json" };
  if (method !== "GET") Object.assign(headers, await antiforgeryHeader());
  const init: RequestInit = { method, headers, credentials: "same-origin" };
  if (body instanceof FormData) init.body = body;
  else if (body !== undefined) {
    headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch {
    throw new ApiError(0, "");
  }
  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Any failure as a sentence to show. */
export function messageOf(error: unknown): string {
  return error instanceof ApiError ? error.shown : error instanceof Error ? error.message : String(error);
}
