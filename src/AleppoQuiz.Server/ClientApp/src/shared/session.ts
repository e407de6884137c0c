// Who is signed in, and the way back: pages for teachers send a signed-out visitor to the sign-in page with the
// address to return to, and the sign-in page sends them back there.
import { api, ApiError, forgetAntiforgeryToken } from "./api";
import type { AccountInfo } from "../contract/http";

export const signInPage = "/teacher.html";

/** The signed-in teacher, or null when nobody is. */
export async function currentTeacher(): Promise<AccountInfo | null> {
  try {
    return await api<AccountInfo>("GET", "/api/account/me");
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

/**
 * Only a path on this site may be a return address, so a crafted link cannot send a teacher elsewhere. The address
 * is resolved the way the browser will resolve it (which drops tabs and line breaks and reads "\\" as "/"), and
 * kept only when it stays on this origin.
 */
export function safeReturn(value: string | null, fallback = "/library.html"): string {
  if (!value || !value.startsWith("/")) return fallback;
  let target: URL;
  try {
    target = new URL(value, location.origin);
  } catch {
    return fallback;
  }
  return target.origin === location.origin ? target.pathname + target.search + target.hash : fallback;
}

export function signInUrl(returnTo: string = location.pathname + location.search): string {
  return `${signInPage}?return=${encodeURIComponent(returnTo)}`;
}

/**
 * The signed-in teacher; a signed-out visitor is sent to sign in and back, and the promise never settles so the
 * page draws nothing in the meantime.
 */
export async function requireTeacher(): Promise<AccountInfo> {
  const teacher = await currentTeacher();
  if (teacher?.status === "approved") return teacher;
  // An account awaiting approval is told so on the sign-in page; every other teacher page would only be refused.
  location.assign(signInUrl());
  return new Promise<AccountInfo>(() => {});
}

export async function signOut(): Promise<void> {
  await api<void>("POST", "/api/account/logout");
  forgetAntiforgeryToken();
}
