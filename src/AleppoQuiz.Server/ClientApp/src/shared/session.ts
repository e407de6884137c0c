// Who is signed in, and the way back: pages for teachers send a signed-out visitor to the sign-in page with the
// address to return to, and the sign-in page sends them back there.
import { api, ApiError, forgetAntiforgeryToken } from "./api";

export interface Teacher {
  id: string;
  email: string;
  displayName: string;
  isAdministrator: boolean;
}

export const signInPage = "/teacher.html";

/** The signed-in teacher, or null when nobody is. */
export async function currentTeacher(): Promise<Teacher | null> {
  try {
    return await api<Teacher>("GET", "/api/account/me");
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

/** Only a path on this site may be a return address, so a crafted link cannot send a teacher elsewhere. */
export function safeReturn(value: string | null, fallback = "/library.html"): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  return value;
}

export function signInUrl(returnTo: string = location.pathname + location.search): string {
  return `${signInPage}?return=${encodeURIComponent(returnTo)}`;
}

/**
 * The signed-in teacher; a signed-out visitor is sent to sign in and back, and the promise never settles so the
 * page draws nothing in the meantime.
 */
export async function requireTeacher(): Promise<Teacher> {
  const teacher = await currentTeacher();
  if (teacher) return teacher;
  location.assign(signInUrl());
  return new Promise<Teacher>(() => {});
}

export async function signOut(): Promise<void> {
  await api<void>("POST", "/api/account/logout");
  forgetAntiforgeryToken();
}
