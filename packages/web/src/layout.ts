import { h } from "./dom.ts";
import type { MessageKey } from "./messages.ts";

// the page's texts are filled in by language: these attributes say which text goes where
const textOf = (key: MessageKey) => ({ "data-text": key });
const labelOf = (key: MessageKey) => ({ "data-label": key });

const ACCEPT = ".json,.ndjson,.jsonl,.csv,.tsv,.txt,.xlsx";

/** The page's elements, without their texts; the report and the dashboard are filled in when there is one. */
export function layout(): HTMLElement[] {
  const masthead = h(
    "header",
    { class: "masthead" },
    h(
      "div",
      { class: "masthead-inner" },
      h("p", { class: "brand" }, "mra-circulair"),
      h("h1", textOf("page.title")),
      h(
        "div",
        { class: "languages", role: "group", ...labelOf("language.label") },
        // each language by its own name, in its own language
        h("button", { type: "button", "data-lang": "nl", lang: "nl" }, "Nederlands"),
        h("button", { type: "button", "data-lang": "en", lang: "en" }, "English"),
      ),
    ),
  );
  const pick = h(
    "section",
    { class: "pick", "aria-labelledby": "pick-heading" },
    h("h2", { id: "pick-heading", ...textOf("drop.heading") }),
    h(
      "div",
      { id: "drop-zone", class: "drop-zone" },
      h("input", {
        id: "file-input",
        class: "file-input",
        type: "file",
        accept: ACCEPT,
        "aria-describedby": "formats",
      }),
      h(
        "label",
        { for: "file-input", class: "drop-label" },
        h("span", { class: "drop-prompt", ...textOf("drop.prompt") }),
        h("span", { class: "drop-choose", ...textOf("drop.choose") }),
      ),
      h("p", { id: "formats", class: "formats", ...textOf("drop.formats") }),
    ),
    h(
      "div",
      { class: "entity" },
      h("label", { for: "entity-select", ...textOf("entity.label") }),
      h("select", { id: "entity-select", "aria-describedby": "entity-hint" }),
      h("p", { id: "entity-hint", class: "hint", ...textOf("entity.hint") }),
    ),
  );
  const progress = h(
    "div",
    { id: "progress-panel", class: "progress-panel", hidden: "" },
    h("label", { for: "progress", ...textOf("progress.label") }),
    h("progress", { id: "progress" }),
    h("button", { type: "button", id: "cancel", ...textOf("cancel") }),
    h("span", { id: "progress-text", class: "progress-text" }),
  );
  const dashboard = h(
    "section",
    { id: "dashboard", class: "dashboard", "aria-labelledby": "dashboard-heading", hidden: "" },
    h("h2", { id: "dashboard-heading", ...textOf("dashboard.heading") }),
    h("p", { id: "dashboard-status", class: "status" }),
    h("div", { id: "dashboard-body" }),
  );
  const main = h(
    "main",
    {},
    h("p", textOf("page.intro")),
    h("p", { class: "privacy", ...textOf("page.privacy") }),
    pick,
    h("p", { id: "status", class: "status", role: "status" }),
    progress,
    h("section", { id: "report", class: "report", "aria-labelledby": "report-heading", hidden: "" }),
    dashboard,
  );
  return [masthead, main];
}
