// Self-paced homework: pick a name, then one question at a time on the server's clock, the evidence after each,
// and a link to the whole attempt's results at the end. A refresh carries on with the attempt kept in storage.
import { formatDate, t, tParts } from "../shared/i18n";
import "../shared/language";
import { messageOf } from "../shared/api";
import { authored, authoredText, byId, el, focusHeading, replace } from "../shared/dom";
import { explanationSection } from "../shared/evidence";
import { optionClass, optionLabel } from "../shared/options";
import { typedAnswer } from "../player/answer";
import { forget, load, save } from "../shared/storage";
import { resultsLink } from "../results/link";
import { call, type Attempt } from "./api";
import { evidenceLines, evidenceQuestion } from "./evidence";
import type { PracticeInfo, PracticeQuestion, PracticeReveal, PracticeStarted, PracticeState, RosterChoice } from "../contract/http";

const app = byId("app");
const assignmentId = new URLSearchParams(location.search).get("assignment") ?? "";
const storageKey = `aleppoquiz.practice.${assignmentId}`;
const isAttempt = (v: unknown): v is Attempt => typeof v === "object" && v !== null && "attemptId" in v && "token" in v;
let attempt: Attempt | null = load(localStorage, storageKey, isAttempt);
let timer = 0;

function fail(error: unknown): void {
  replace(app, el("section", { className: "card" }, el("h1", { text: t("practice.failed") }), el("p", { className: "field-error", attrs: { role: "alert" }, text: messageOf(error) })));
  focusHeading(app);
}

function send(method: string, path = "", body?: unknown): void {
  if (!attempt) return;
  call<PracticeState>(method, `/api/practice/attempts/${attempt.attemptId}${path}`, body, attempt.token).then(show).catch(fail);
}

function questionScreen(q: PracticeQuestion, answering: boolean): HTMLElement {
  if (q.passage) {
    const submit = (ids: number[]): void => send("POST", "/answers", { questionIndex: q.index, optionIds: ids });
    return evidenceQuestion(q, q.passage, answering, submit, (text) => (byId("practice-live").textContent = text));
  }
  const picked = new Set<number>();
  const order = q.options.map((o) => o.id);
  const submit = (ids: number[]): void => send("POST", "/answers", { questionIndex: q.index, optionIds: ids });
  // A typed answer is judged by the server, by the same rules as in a live game.
  const typed = q.kind === "type-answer" ? typedAnswer({ index: q.index, selected: new Set(), order: [], text: "", run: null }, (text) => send("POST", "/answers", { questionIndex: q.index, text })) : null;
  // The same coloured, shaped buttons as a live game; multi-select options are toggles that show a tick when picked.
  const toggles = q.kind === "multi";
  const options = q.options.map((o, position) => {
    const option = el("button", {
      className: `answer ${optionClass(position)}${toggles ? " toggle" : ""}`,
      attrs: { type: "button", "data-option-id": String(o.id), ...(toggles ? { "aria-pressed": "false" } : {}) },
      on: {
        click: (event) => {
          if (q.kind === "single" || q.kind === "true-false" || q.kind === "poll") return submit([o.id]);
          if (q.kind === "order") return;
          picked.has(o.id) ? picked.delete(o.id) : picked.add(o.id);
          (event.currentTarget as HTMLElement).setAttribute("aria-pressed", String(picked.has(o.id)));
        },
      },
    });
    option.append(optionLabel(position, o.text));
    return option;
  });
  const finish = q.kind === "multi" ? el("button", { className: "btn btn-primary", text: t("answer.submit"), attrs: { type: "button", "data-action": "submit" }, on: { click: () => submit([...picked]) } }) : null;
  const orderNote = q.kind === "order" ? el("p", { text: t("practice.orderNote") }) : null;
  const orderSubmit = q.kind === "order" ? el("button", { className: "btn btn-primary", text: t("answer.submitOrder"), attrs: { type: "button", "data-action": "submit" }, on: { click: () => submit(order) } }) : null;
  return el(
    "section",
    { className: "card screen question" },
    el("p", { className: "counter", text: t("question.counter", { n: q.index + 1, total: q.total }) }),
    el("h1", { className: "prompt", text: q.prompt, attrs: authored }),
    q.kind === "poll" ? el("p", { className: "kind-note", text: t("kind.pollNote") }) : null,
    !answering ? el("p", { className: "lead get-ready", text: t("question.readFirst") }) : typed ? typed.element : el("div", { className: "answers" }, ...options),
    answering ? orderNote : null,
    answering ? finish ?? orderSubmit : null,
  );
}

/** What the student answered and what was right, in the words of the question's kind; answers stay as written. */
function answerLines(r: PracticeReveal): (HTMLElement | null)[] {
  if (r.kind === "find-evidence") return evidenceLines(r);
  const text = (ids: number[]): string => ids.map((id) => r.options.find((o) => o.id === id)?.text ?? "").join("; ");
  const line = (label: string, answer: string, className = ""): HTMLElement => el("p", { className }, `${label} `, el("span", { text: answer, attrs: authored }));
  if (r.kind === "poll") return [r.answered ? line(`${t("kind.youPicked")}:`, text(r.yourAnswer)) : null];
  if (r.kind === "type-answer") {
    return [
      r.answered
        ? el("p", { className: "your-typed" }, ...tParts("kind.youTyped", { text: authoredText(r.yourText ?? "") }), ` · ${r.correct ? t("kind.typedRight") : t("kind.typedWrong")}`)
        : null,
      line(`${t("kind.accepted", { n: r.acceptedAnswers.length })}:`, r.acceptedAnswers.join(" · "), "right-answer"),
    ];
  }
  return [r.answered ? line(t("practice.yourAnswer"), text(r.yourAnswer)) : null, line(t("practice.rightAnswer"), text(r.correctOptionIds), "right-answer")];
}

function revealScreen(r: PracticeReveal): HTMLElement {
  const poll = r.kind === "poll";
  // Partial credit (a few of the evidence's words, or a multi-select half right) says so, as in a live game.
  const partly = !r.correct && r.points > 0;
  const verdict = poll ? "verdict-poll" : r.correct ? "verdict-right" : partly ? "verdict-partial" : "verdict-wrong";
  const title = poll ? (r.answered ? t("kind.pollThanks") : t("kind.pollNoVote")) : !r.answered ? t("verdict.none") : r.correct ? t("verdict.right") : partly ? t("verdict.partial") : t("verdict.wrong");
  return el(
    "section",
    { className: `card screen reveal ${verdict}`, attrs: { "data-verdict": verdict } },
    el("h1", { text: title }),
    poll ? null : el("p", { className: "points", text: t("verdict.points", { n: r.points }) }),
    ...answerLines(r),
    // A find-the-evidence reveal frames its evidence in the passage above, so it is not quoted a second time.
    explanationSection({ prompt: r.prompt, explanation: r.explanation, skill: r.skill, evidence: r.kind === "find-evidence" ? [] : r.evidence }, "h2", poll ? t("kind.pollDiscuss") : undefined),
    el("button", { className: "btn btn-primary", text: t("practice.next"), attrs: { type: "button" }, on: { click: () => send("POST", "/next") } }),
  );
}

function show(state: PracticeState): void {
  window.clearTimeout(timer);
  let screen: HTMLElement;
  if ((state.phase === "question-preview" || state.phase === "answering") && state.question) {
    const q = state.question;
    screen = questionScreen(q, state.phase === "answering");
    // The server decides when reading and answering end; ask it again just after.
    timer = window.setTimeout(() => send("GET"), (state.phase === "answering" ? q.answerRemainingMs : q.readingRemainingMs) + 50);
  } else if (state.phase === "reveal" && state.reveal) {
    screen = revealScreen(state.reveal);
  } else {
    screen = el(
      "section",
      { className: "card screen final" },
      el("h1", { text: t("practice.done") }),
      el("p", { className: "lead", text: t("practice.summary", { name: state.nickname, correct: state.correct, total: state.scored, score: state.score }) }),
      state.polls > 0 ? el("p", { className: "polls-answered", text: `${t("kind.pollCounted")}: ${t("common.nOfTotal", { n: state.pollsAnswered, total: state.polls })}` }) : null,
      attempt ? resultsLink(attempt.attemptId, attempt.token) : null,
    );
  }
  replace(app, screen);
  focusHeading(app);
}

async function nameScreen(info: PracticeInfo): Promise<void> {
  const error = el("p", { className: "field-error", attrs: { role: "alert" } });
  const input = el("input", { attrs: { id: "practice-name", maxlength: "20", autocomplete: "off" } });
  const begin = (body: object): void => {
    call<PracticeStarted>("POST", `/api/practice/${assignmentId}/attempts`, body)
      .then((started) => {
        attempt = { attemptId: started.attemptId, token: started.token };
        save(localStorage, storageKey, attempt);
        show(started.state);
      })
      .catch((e: unknown) => (error.textContent = messageOf(e)));
  };
  const roster = el("ul", { className: "roster-list" });
  const go = el("button", { className: "btn btn-primary", text: info.usesRoster ? t("classJoin.show") : t("practice.start"), attrs: { type: "button" } });
  go.addEventListener("click", () => {
    // A new try starts clean: the refusal of a mistyped class code does not outlive the right one.
    error.textContent = "";
    roster.replaceChildren();
    if (!info.usesRoster) return begin({ nickname: input.value });
    call<RosterChoice>("POST", `/api/practice/${assignmentId}/roster`, { classCode: input.value })
      .then((choice) => replace(roster, ...choice.students.map((s) => el("li", {}, el("button", { className: "btn btn-secondary btn-block", text: s.name, attrs: { type: "button" }, on: { click: () => begin({ classCode: input.value, studentId: s.studentId }) } })))))
      .catch((e: unknown) => (error.textContent = messageOf(e)));
  });
  // Editing the code or name after a refusal takes the refusal away: it was about what was typed before.
  input.addEventListener("input", () => (error.textContent = ""));
  const deadline = info.deadline ? ` · ${t("homework.due", { when: formatDate(info.deadline) })}` : "";
  replace(
    app,
    el(
      "section",
      { className: "card" },
      el("h1", { text: info.quizTitle, attrs: authored }),
      el("p", { className: "lead", text: `${t("library.homework")} · ${t("common.questions", { n: info.questionCount })}${info.className ? ` · ${info.className}` : ""}${deadline}` }),
      info.isClosed ? el("p", { className: "field-error", text: t("refusal.deadline-passed") }) : el("div", { className: "field" }, el("label", { text: info.usesRoster ? t("classJoin.code") : t("practice.name"), attrs: { for: "practice-name" } }), input, go),
      roster,
      error,
    ),
  );
  focusHeading(app);
}

async function start(): Promise<void> {
  try {
    if (attempt) {
      // A stored attempt that no longer opens (deleted, or storage from elsewhere) is forgotten, not a dead end.
      const stored = attempt;
      const state = await call<PracticeState>("GET", `/api/practice/attempts/${stored.attemptId}`, undefined, stored.token).catch(() => null);
      if (state) return show(state);
      forget(localStorage, storageKey);
      attempt = null;
    }
    await nameScreen(await call<PracticeInfo>("GET", `/api/practice/${encodeURIComponent(assignmentId)}`));
  } catch (error) {
    fail(error);
  }
}

void start();
