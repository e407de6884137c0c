// The teacher's classes: the list, a form for a new class, and the chosen class (?class=ID) with its code and
// roster. Every change redraws from what the server answered, so the page never shows a roster it does not have.
import { t } from "../shared/i18n";
import "../shared/language";
import { messageOf } from "../shared/api";
import { getClass, listClasses } from "../shared/classes";
import { byId, el, focusHeading, replace } from "../shared/dom";
import { pageNotices } from "../shared/notices";
import { requireTeacher } from "../shared/session";
import { showTeacherBar } from "../shared/teacherbar";
import { classPanel } from "./classpanel";
import { newClassForm } from "./newclass";
import type { ClassDetail, ClassSummary } from "../contract/http";

const notices = pageNotices();
const list = byId("class-list");
const panel = byId("class-panel");
let chosen = new URLSearchParams(location.search).get("class");

function classItem(summary: ClassSummary): HTMLLIElement {
  const current = summary.id === chosen;
  return el(
    "li",
    { className: `class-row${current ? " chosen" : ""}`, attrs: { "data-class-id": summary.id } },
    el("a", { text: summary.name, attrs: { href: `?class=${encodeURIComponent(summary.id)}`, ...(current ? { "aria-current": "true" } : {}) }, on: { click: (event) => choose(event, summary.id) } }),
    el("span", { className: "class-meta" }, el("span", { text: `${t("classes.code")} ` }), el("code", { text: summary.code }), ` · ${t("classes.students", { n: summary.studentCount })}`),
  );
}

async function drawList(): Promise<void> {
  const classes = await listClasses();
  replace(list, classes.length === 0 ? el("p", { className: "hint empty", text: t("classes.none") }) : el("ul", { className: "class-rows", attrs: { "aria-label": t("classes.yours") } }, ...classes.map(classItem)));
}

function choose(event: Event, id: string): void {
  event.preventDefault();
  void open(id, true).catch(failed);
}

async function open(id: string | null, focus: boolean): Promise<void> {
  chosen = id;
  history.replaceState(null, "", id ? `?class=${encodeURIComponent(id)}` : location.pathname);
  await drawList();
  if (!id) {
    replace(panel);
    return;
  }
  show(await getClass(id), focus ? "heading" : undefined);
}

/** Draws the class; `focus` names the control to return to after a redraw ("heading", "add-student", …). */
function show(detail: ClassDetail, focus?: string): void {
  replace(panel, classPanel(detail, { notices, changed, deleted }));
  if (focus === "heading") focusHeading(panel);
  else if (focus === "add-student") byId("add-student").focus();
  else if (focus?.startsWith("student:")) panel.querySelector<HTMLElement>(`[data-student-id="${CSS.escape(focus.slice(8))}"] [data-action='rename']`)?.focus();
  else if (focus) panel.querySelector<HTMLElement>(`[data-action="${CSS.escape(focus)}"]`)?.focus();
}

function changed(detail: ClassDetail | null, focus?: string): void {
  const fresh = detail ? Promise.resolve(detail) : getClass(chosen ?? "");
  fresh.then((d) => (show(d, focus), drawList())).catch(failed);
}

function deleted(detail: ClassDetail): void {
  notices.announce(t("classes.deleted", { name: detail.name }));
  void open(null, false)
    .then(() => focusHeading(byId("classes-title").parentElement ?? document.body))
    .catch(failed);
}

function failed(error: unknown): void {
  notices.error(messageOf(error));
}

requireTeacher()
  .then((teacher) => {
    showTeacherBar(byId("teacher-bar"), teacher, notices.error);
    byId("new-class").append(
      newClassForm((detail) => {
        notices.announce(t("classes.created", { name: detail.name, code: detail.code }));
        void open(detail.id, true).catch(failed);
      }),
    );
    return open(chosen, false);
  })
  .catch(failed);
