// The class API's shapes (Features/Classes on the server) and the calls the classes page, the library and the
// host screen share.
import { api } from "./api";
import type { ClassDetail, ClassSummary } from "../contract/http";

const base = "/api/classes";
const one = (id: string): string => `${base}/${encodeURIComponent(id)}`;

export const listClasses = (): Promise<ClassSummary[]> => api<ClassSummary[]>("GET", base);
export const getClass = (id: string): Promise<ClassDetail> => api<ClassDetail>("GET", one(id));
export const createClass = (name: string, students: string[]): Promise<ClassDetail> => api<ClassDetail>("POST", base, { name, students });
export const renameClass = (id: string, name: string): Promise<ClassDetail> => api<ClassDetail>("PUT", one(id), { name });
export const deleteClass = (id: string): Promise<void> => api<void>("DELETE", one(id));
export const addStudent = (id: string, name: string): Promise<ClassDetail> => api<ClassDetail>("POST", `${one(id)}/students`, { name });
export const renameStudent = (id: string, studentId: string, name: string): Promise<ClassDetail> =>
  api<ClassDetail>("PUT", `${one(id)}/students/${encodeURIComponent(studentId)}`, { name });
export const removeStudent = (id: string, studentId: string): Promise<void> => api<void>("DELETE", `${one(id)}/students/${encodeURIComponent(studentId)}`);

/** A pasted roster: one name a line, blank lines and stray spaces dropped (the server checks duplicates). */
export function rosterLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

/** A class code read character by character, as a class copies it from the board. */
export function spokenCode(code: string): string {
  return code.split("").join(" ");
}

export function mastery(classId: string): string {
  return `/reports.html?class=${encodeURIComponent(classId)}`;
}

export function pastGames(classId: string): string {
  return `/reports.html?classId=${encodeURIComponent(classId)}`;
}
