// Calls to the teacher API. Every failure becomes an ApiError carrying the ProblemDetails sentence to show, so a
// page never has to read a status code to know what to tell the teacher.

/** A refused or failed request: `detail` is for people, the rest is for the page to act on. */
export class ApiError extends Error {
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
  const detail = typeof body["detail"] === "string" && body["detail"] ? body["detail"] : typeof body["title"] === "string" ? body["title"] : fallback(response.status);
  return new ApiError(response.status, detail, strings(body["problems"]), fields, body);
}

function fallback(status: number): string {
  if (status === 401) return "You are signed out. Sign in again to carry on.";
  if (status === 403) return "You may not change this.";
  if (status === 404) return "That is no longer there. Reload the page.";
  if (status === 429) return "Too many attempts. Wait a minute and try again.";
  return `The server could not do that (HTTP ${status}). Try again in a moment.`;
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
    throw new ApiError(0, "The server cannot be reached. Check your network and try again.");
  }
  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Any failure as a sentence to show. */
export function messageOf(error: unknown): string {
  return error instanceof ApiError ? error.detail : error instanceof Error ? error.message : String(error);
}
