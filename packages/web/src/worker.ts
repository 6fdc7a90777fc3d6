import { renderDashboard } from "@mra-circulair/dashboard";
import { tabularEntities } from "@mra-circulair/io";
import { type DatasetFormat, datasetFormat, indicatorsOf } from "./indicators-of.ts";
import type { PageRequest, WorkerReply } from "./protocol.ts";
import { reportView } from "./report-view.ts";
import { validateFile } from "./validate-file.ts";

/** The validator's worker: validates the dropped files off the page's thread, says how far it is, and computes the dashboard. */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (reply: WorkerReply) => scope.postMessage(reply);
const running = new Map<number, AbortController>();

/** The indicator dashboard of a valid dataset, in both languages, once its report is out. */
async function dashboard(job: number, file: File, format: DatasetFormat): Promise<void> {
  try {
    const results = await indicatorsOf(file, format);
    post({
      kind: "dashboard",
      job,
      html: { nl: renderDashboard(results, { lang: "nl" }), en: renderDashboard(results, { lang: "en" }) },
    });
  } catch (error) {
    post({ kind: "dashboard-failed", job, reason: error instanceof Error ? error.message : String(error) });
  }
}

async function validate(job: number, file: File, entity: string | undefined): Promise<void> {
  const controller = new AbortController();
  running.set(job, controller);
  const outcome = await validateFile(file, {
    ...(entity === undefined ? {} : { entity }),
    signal: controller.signal,
    onProgress: (progress) => post({ kind: "progress", job, ...progress }),
  });
  running.delete(job);
  if (outcome.kind !== "report") {
    post(outcome.kind === "failed" ? { kind: "failed", job, reason: outcome.reason } : { kind: outcome.kind, job });
    return;
  }
  const { entity: read, entitySource, result } = outcome;
  const format = datasetFormat(outcome);
  post({
    kind: "report",
    job,
    ...(read === undefined ? {} : { entity: read }),
    ...(entitySource === undefined ? {} : { entitySource }),
    report: reportView(result),
    dashboard: format !== undefined,
  });
  if (format !== undefined) await dashboard(job, file, format);
}

scope.addEventListener("message", (event: MessageEvent<PageRequest>) => {
  const request = event.data;
  if (request.kind === "cancel") running.get(request.job)?.abort();
  else void validate(request.job, request.file, request.entity);
});

post({
  kind: "ready",
  entities: tabularEntities().map(({ entity, titles }) => ({ entity, titles: { nl: titles.nl, en: titles.en } })),
});
