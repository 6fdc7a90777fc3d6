import { DASHBOARD_CSS } from "@mra-circulair/dashboard";
import type { Bilingual, Language } from "@mra-circulair/report";
import { byId, h } from "./dom.ts";
import { initialLanguage } from "./language.ts";
import { layout } from "./layout.ts";
import { counted, formatBytes, type MessageKey, text } from "./messages.ts";
import type { EntityOption, PageRequest, WorkerReply } from "./protocol.ts";
import { type ReportShown, reportSection } from "./report-section.ts";
import type { Progress } from "./validate-file.ts";
import "./page.css";

/** The indicator dashboard of a report: none for a file that is no valid dataset, else coming, shown or failed. */
type Dashboard =
  | { readonly kind: "none" }
  | { readonly kind: "computing" }
  | { readonly kind: "ready"; readonly html: Bilingual }
  | { readonly kind: "failed"; readonly reason: string };

/** Where the page is: loading the worker, waiting for a file, checking one, or showing what came of it. */
type Phase =
  | { readonly kind: "loading" }
  | { readonly kind: "broken" }
  | { readonly kind: "ready" }
  | { readonly kind: "checking"; readonly job: number; readonly file: File; readonly progress?: Progress }
  | {
      readonly kind: "report";
      readonly job: number;
      readonly file: File;
      readonly shown: ReportShown;
      readonly dashboard: Dashboard;
    }
  | {
      readonly kind: "problem";
      readonly file: File;
      readonly problem: "unknownFormat" | "needsEntity" | "cancelled" | "failed";
      readonly reason?: string;
    };

document.body.replaceChildren(...layout());
document.head.append(h("style", {}, DASHBOARD_CSS));

const ui = {
  dropZone: byId("drop-zone", HTMLDivElement),
  fileInput: byId("file-input", HTMLInputElement),
  entity: byId("entity-select", HTMLSelectElement),
  status: byId("status", HTMLParagraphElement),
  progressPanel: byId("progress-panel", HTMLDivElement),
  progress: byId("progress", HTMLProgressElement),
  progressText: byId("progress-text", HTMLSpanElement),
  cancel: byId("cancel", HTMLButtonElement),
  report: byId("report", HTMLElement),
  dashboard: byId("dashboard", HTMLElement),
  dashboardStatus: byId("dashboard-status", HTMLParagraphElement),
  dashboardBody: byId("dashboard-body", HTMLDivElement),
};

let lang: Language = initialLanguage(location.search, navigator.languages);
let entities: readonly EntityOption[] = [];
let phase: Phase = { kind: "loading" };
let jobs = 0;

// created as the page loads, so that its code is in memory before any file comes and the page works offline
const worker = new Worker(new URL("./worker.ts", import.meta.url), { type: "module" });
const ask = (request: PageRequest) => worker.postMessage(request);

function applyTexts(): void {
  document.documentElement.lang = lang;
  document.title = `${text(lang, "page.title")} · mra-circulair`;
  for (const element of document.querySelectorAll<HTMLElement>("[data-text]")) {
    element.textContent = text(lang, element.dataset.text as MessageKey);
  }
  for (const element of document.querySelectorAll<HTMLElement>("[data-label]")) {
    element.setAttribute("aria-label", text(lang, element.dataset.label as MessageKey));
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>("[data-lang]")) {
    button.setAttribute("aria-pressed", String(button.dataset.lang === lang));
  }
}

function renderEntities(): void {
  const chosen = ui.entity.value;
  ui.entity.replaceChildren(
    new Option(text(lang, "entity.auto"), ""),
    ...entities.map((option) => new Option(`${option.titles[lang]} (${option.entity})`, option.entity)),
  );
  ui.entity.value = chosen;
}

function statusText(): string {
  switch (phase.kind) {
    case "loading":
      return text(lang, "status.loading");
    case "broken":
      return text(lang, "status.workerFailed");
    case "ready":
      return text(lang, "status.ready");
    case "checking":
      return text(lang, "status.checking", { file: phase.file.name });
    case "report": {
      const verdict = text(lang, phase.shown.report.valid ? "verdict.valid" : "verdict.invalid");
      return text(lang, "status.done", { file: phase.file.name, verdict });
    }
    case "problem":
      return text(lang, `status.${phase.problem}`, { file: phase.file.name, reason: phase.reason ?? "" });
  }
}

function renderProgress(): void {
  ui.progressPanel.hidden = phase.kind !== "checking";
  if (phase.kind !== "checking") return;
  const { file, progress } = phase;
  ui.progress.max = Math.max(file.size, 1);
  ui.progress.value = progress?.bytes ?? 0;
  ui.progressText.textContent = text(lang, "status.read", {
    file: file.name,
    read: formatBytes(lang, progress?.bytes ?? 0),
    total: formatBytes(lang, file.size),
    records: counted(lang, "record", progress?.records ?? 0),
  });
}

function renderReport(): void {
  ui.report.hidden = phase.kind !== "report";
  if (phase.kind === "report") ui.report.replaceChildren(...reportSection(phase.shown, entities, lang));
  else ui.report.replaceChildren();
}

function renderDashboard(): void {
  const dashboard: Dashboard = phase.kind === "report" ? phase.dashboard : { kind: "none" };
  ui.dashboard.hidden = dashboard.kind === "none";
  ui.dashboardStatus.textContent =
    dashboard.kind === "computing"
      ? text(lang, "dashboard.computing")
      : dashboard.kind === "failed"
        ? text(lang, "dashboard.failed", { reason: dashboard.reason })
        : "";
  // the dashboard package's own HTML, every text from the data escaped; the page's policy runs no script in it
  ui.dashboardBody.innerHTML = dashboard.kind === "ready" ? dashboard.html[lang] : "";
}

function render(): void {
  applyTexts();
  renderEntities();
  ui.status.textContent = statusText();
  renderProgress();
  renderReport();
  renderDashboard();
}

/** Moves to a new phase; a finished report's download link is let go when it is no longer shown. */
function enter(next: Phase): void {
  if (phase.kind === "report") URL.revokeObjectURL(phase.shown.download);
  phase = next;
  render();
}

function check(file: File): void {
  if (phase.kind === "checking") ask({ kind: "cancel", job: phase.job });
  jobs += 1;
  const entity = ui.entity.value;
  enter({ kind: "checking", job: jobs, file });
  ask({ kind: "validate", job: jobs, file, ...(entity === "" ? {} : { entity }) });
}

const jsonUrl = (json: string) => URL.createObjectURL(new Blob([json], { type: "application/json" }));

function received(reply: WorkerReply): void {
  if (reply.kind === "ready") {
    entities = reply.entities;
    if (phase.kind === "loading") enter({ kind: "ready" });
    return;
  }
  if (reply.kind === "dashboard" || reply.kind === "dashboard-failed") {
    if (phase.kind !== "report" || reply.job !== phase.job) return;
    const dashboard: Dashboard =
      reply.kind === "dashboard" ? { kind: "ready", html: reply.html } : { kind: "failed", reason: reply.reason };
    phase = { ...phase, dashboard };
    renderDashboard();
    return;
  }
  if (phase.kind !== "checking" || reply.job !== phase.job) return;
  const { file, job } = phase;
  switch (reply.kind) {
    case "progress":
      phase = { ...phase, progress: reply };
      renderProgress();
      return;
    case "report": {
      const { report, entity, entitySource } = reply;
      const shown: ReportShown = {
        file: file.name,
        report,
        download: jsonUrl(report.json[lang]),
        ...(entity === undefined ? {} : { entity }),
        ...(entitySource === undefined ? {} : { entitySource }),
      };
      const dashboard: Dashboard = reply.dashboard ? { kind: "computing" } : { kind: "none" };
      enter({ kind: "report", job, file, shown, dashboard });
      byId("report-heading", HTMLHeadingElement).focus();
      return;
    }
    case "needs-entity":
      enter({ kind: "problem", file, problem: "needsEntity" });
      ui.entity.focus();
      return;
    case "unknown-format":
      enter({ kind: "problem", file, problem: "unknownFormat" });
      return;
    case "cancelled":
      enter({ kind: "problem", file, problem: "cancelled" });
      return;
    case "failed":
      enter({ kind: "problem", file, problem: "failed", reason: reply.reason });
      return;
  }
}

worker.addEventListener("message", (event: MessageEvent<WorkerReply>) => received(event.data));
worker.addEventListener("error", () => enter({ kind: "broken" }));

ui.fileInput.addEventListener("change", () => {
  const file = ui.fileInput.files?.[0];
  // cleared, so that choosing the same file again checks it again
  ui.fileInput.value = "";
  if (file !== undefined) check(file);
});

ui.dropZone.addEventListener("dragover", (event) => {
  event.preventDefault();
  if (event.dataTransfer) event.dataTransfer.dropEffect = "copy";
  ui.dropZone.classList.add("dragging");
});
ui.dropZone.addEventListener("dragleave", () => ui.dropZone.classList.remove("dragging"));
ui.dropZone.addEventListener("drop", (event) => {
  event.preventDefault();
  ui.dropZone.classList.remove("dragging");
  const file = event.dataTransfer?.files[0];
  if (file !== undefined) check(file);
});
// a file dropped beside the zone would make the browser open it and leave the page
for (const type of ["dragover", "drop"]) window.addEventListener(type, (event) => event.preventDefault());

ui.entity.addEventListener("change", () => {
  // a file already read is read again as the new choice says
  if (phase.kind === "report" || phase.kind === "problem") check(phase.file);
});

ui.cancel.addEventListener("click", () => {
  if (phase.kind === "checking") ask({ kind: "cancel", job: phase.job });
});

for (const button of document.querySelectorAll<HTMLButtonElement>("[data-lang]")) {
  button.addEventListener("click", () => {
    lang = button.dataset.lang === "en" ? "en" : "nl";
    if (phase.kind === "report") {
      URL.revokeObjectURL(phase.shown.download);
      phase = { ...phase, shown: { ...phase.shown, download: jsonUrl(phase.shown.report.json[lang]) } };
    }
    render();
  });
}

render();
