import type { Bilingual } from "@mra-circulair/report";
import type { EntitySource } from "./detect-entity.ts";
import type { ReportView } from "./report-view.ts";
import type { Progress } from "./validate-file.ts";

/** An entity the person can choose for a CSV file or a single-record JSON document. */
export interface EntityOption {
  readonly entity: string;
  readonly titles: Bilingual;
}

/** What the page asks the worker. */
export type PageRequest =
  | { readonly kind: "validate"; readonly job: number; readonly file: File; readonly entity?: string }
  | { readonly kind: "cancel"; readonly job: number };

/** What the worker tells the page. */
export type WorkerReply =
  | { readonly kind: "ready"; readonly entities: readonly EntityOption[] }
  | ({ readonly kind: "progress"; readonly job: number } & Progress)
  | { readonly kind: "unknown-format"; readonly job: number }
  | { readonly kind: "needs-entity"; readonly job: number }
  | { readonly kind: "cancelled"; readonly job: number }
  | { readonly kind: "failed"; readonly job: number; readonly reason: string }
  | {
      readonly kind: "report";
      readonly job: number;
      readonly entity?: string;
      readonly entitySource?: EntitySource;
      readonly report: ReportView;
      /** Whether the indicators follow: the file is a valid dataset. */
      readonly dashboard: boolean;
    }
  | { readonly kind: "dashboard"; readonly job: number; readonly html: Bilingual }
  | { readonly kind: "dashboard-failed"; readonly job: number; readonly reason: string };
