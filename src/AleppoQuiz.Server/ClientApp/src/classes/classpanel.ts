// One class opened: its code, large enough to project for students to copy, where its results are, renaming and
// deleting it, and its roster.
import { t } from "../shared/i18n";
import { messageOf } from "../shared/api";
import { deleteClass, mastery, pastGames, renameClass, spokenCode } from "../shared/classes";
import { button, el, replace } from "../shared/dom";
import { inlineNameForm } from "./inline";
import { rosterSection, type RosterActions } from "./roster";
import type { ClassDetail } from "../contract/http";

export interface ClassPanelActions extends RosterActions {
  deleted(detail: ClassDetail): void;
}

function codeBlock(detail: ClassDetail): HTMLElement {
  // The code is shown in one piece for the eye and read out character by character for a screen reader.
  return el(
    "div",
    { className: "class-code-box" },
    el("p", { className: "join-step", text: t("classJoin.code") }),
    el("p", { className: "class-code", attrs: { "data-code": detail.code, translate: "no" } }, el("span", { text: detail.code, attrs: { "aria-hidden": "true" } }), el("span", { className: "sr-only", text: spokenCode(detail.code) })),
    el("p", { className: "hint", text: t("classes.codeHint") }),
  );
}

export function classPanel(detail: ClassDetail, actions: ClassPanelActions): HTMLElement {
  const heading = el("h2", { text: detail.name, attrs: { id: "class-heading" } });
  const head = el("div", { className: "class-head" });
  const showHead = (): void =>
    replace(
      head,
      heading,
      el(
        "div",
        { className: "row-actions" },
        el("a", { className: "btn btn-primary btn-small", text: t("classes.host"), attrs: { href: `/host.html?class=${encodeURIComponent(detail.id)}` } }),
        el("a", { className: "btn btn-secondary btn-small", text: t("classes.mastery"), attrs: { href: mastery(detail.id) } }),
        el("a", { className: "btn btn-secondary btn-small", text: t("classes.pastGames"), attrs: { href: pastGames(detail.id) } }),
        button(t("classes.rename"), rename, "btn btn-secondary btn-small", { "data-action": "rename-class" }),
        button(t("classes.delete"), remove, "btn btn-danger btn-small"),
      ),
    );
  const rename = (): void =>
    replace(
      head,
      inlineNameForm({
        id: "class-name",
        label: t("classes.newName"),
        value: detail.name,
        save: (name) => renameClass(detail.id, name).then((fresh) => actions.changed(fresh, "rename-class")),
        done: () => {
          showHead();
          head.querySelector<HTMLElement>("[data-action='rename-class']")?.focus();
        },
      }),
    );
  const remove = (): void => {
    if (!window.confirm(t("classes.confirmDelete", { name: detail.name }))) return;
    deleteClass(detail.id)
      .then(() => actions.deleted(detail))
      .catch((error: unknown) => actions.notices.error(messageOf(error)));
  };
  showHead();
  return el(
    "section",
    { className: "card class-panel", attrs: { "aria-labelledby": "class-heading", "data-class-id": detail.id } },
    head,
    codeBlock(detail),
    rosterSection(detail, actions),
  );
}
