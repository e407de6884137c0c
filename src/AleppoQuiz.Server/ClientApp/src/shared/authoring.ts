// The teacher API's shapes (Features/Quizzes, Features/Authoring and Features/Articles on the server), as the
// library and the editor receive and send them.
import { t, type Key } from "./i18n";

export type Difficulty = "easy" | "medium" | "hard";

/** A difficulty as the server names it; one this page does not know reads as medium. */
export function asDifficulty(value: string | null): Difficulty {
  return value === "easy" || value === "hard" ? value : "medium";
}

/** The skills a question can train, in the server's order, with the names teachers read. */
const skillKeys: [id: string, name: Key][] = [
  ["who-said-it", "skill.who-said-it"],
  ["which-outlet", "skill.which-outlet"],
  ["attributed-or-asserted", "skill.attributed-or-asserted"],
  ["numbers-disagree", "skill.numbers-disagree"],
  ["contradicting-claims", "skill.contradicting-claims"],
  ["who-blamed-whom", "skill.who-blamed-whom"],
  ["place-spellings", "skill.place-spellings"],
  ["corroboration", "skill.corroboration"],
];

export const skills: [id: string, name: string][] = skillKeys.map(([id, key]) => [id, t(key)]);

/** The validator writes its findings as clauses ("write the question"); shown alone, each reads as a sentence. */
export function asSentence(problem: string): string {
  const text = problem.trim();
  if (!text) return text;
  const capital = `${text[0]?.toUpperCase() ?? ""}${text.slice(1)}`;
  return /[.!?…]$/.test(capital) ? capital : `${capital}.`;
}

/** A skill's name for people; an id the table does not know is spelled out from its words. */
export function skillName(skill: string): string {
  const known = skills.find(([id]) => id === skill)?.[1];
  if (known) return known;
  const words = skill.replace(/-/g, " ");
  return `${words[0]?.toUpperCase() ?? ""}${words.slice(1)}`;
}

export function editorUrl(quizId: string): string {
  return `/editor.html?quiz=${encodeURIComponent(quizId)}`;
}

/** The host screen with this quiz chosen (shown first and focused, not hosted until the teacher presses). */
export function hostUrl(quizId: string): string {
  return `/host.html?quiz=${encodeURIComponent(quizId)}`;
}
