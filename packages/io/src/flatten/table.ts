import { excerpt, type Finding, formatPointer, parsePointer, type SourceLocation } from "@mra-circulair/report";
import {
  csvDateFormat,
  csvDecimal,
  csvDuplicateColumn,
  csvForbiddenColumn,
  csvUnknownColumn,
  xlsxCellError,
  xlsxDateCell,
} from "../tabular-codes.ts";
import { type CellInput, type CellIssue, type CellOptions, convertCell, NumberCell, splitJoined } from "./cells.ts";
import {
  type Column,
  genericPath,
  type HeadingForm,
  headingOf,
  isForbiddenHeading,
  type PathSegment,
  resolveHeading,
} from "./columns.ts";
import { requireTabularEntity, type TabularEntity } from "./entities.ts";
import type { ObjectNode, SchemaNode } from "./schema-model.ts";
import type { HeadingInfo, TabularHeader, TabularRecord } from "./tabular-record.ts";

/** Where a table is and how its cells are written. */
export interface TableOptions extends CellOptions {
  readonly file: string;
  readonly entity: TabularEntity;
  /** The sheet of a workbook. */
  readonly sheet?: string;
}

/** The marker that starts every cell of the codelist hint row of a template (see template.ts). */
export const HINT_ROW_CELL = /^codes( \(|: )/iu;

interface ActiveColumn {
  /** 0-based index of the column in the file. */
  readonly index: number;
  readonly heading: string;
  readonly column: Column;
}

/**
 * What a row's record needs after its cells are set, per object of the model, computed once per table: the
 * required lists and objects whose columns the file has (created empty when their cells are), and the lists and
 * objects to look into (for lists, to close the gaps of slots left empty).
 */
interface Plan {
  readonly steps: readonly PlanStep[];
}

interface PlanStep {
  readonly key: string;
  /** Create it empty when absent: a required list or object whose columns the file has. */
  readonly createEmpty?: "list" | "object";
  /** The plan of the object, or of each item of a list of objects; a list of values needs no plan. */
  readonly plan?: Plan;
  /** A list with one column group per item, whose slots may have gaps. */
  readonly slotted: boolean;
}

type Json = Record<string, unknown>;

// the cell issues of the many records that have none, shared
const NO_ISSUES: ReadonlySet<string> = new Set();

/** A cell of a row that a read finding reports: one the reader could not take as written, or an Excel error value. */
interface CellProblem {
  /** 0-based index of the column in the file. */
  readonly index: number;
  readonly segments: readonly PathSegment[];
  readonly issue: CellIssue | "cell-error";
  readonly cell: CellInput;
}

/** What one row of a table gave. */
export interface TableRow {
  /** The record; none for a row whose cells are all empty. */
  readonly record?: TabularRecord;
  /** The findings of its cells. */
  readonly findings: Finding[];
  /**
   * The pointer of a finding on the cell in a 0-based column, or on the whole row when `index` is absent: in the
   * record's place in the dataset (a column without a property gives the record's pointer); "" without a record.
   */
  pointerAt(index?: number): string;
}

function cellText(cell: CellInput): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof NumberCell) return cell.text;
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? "" : cell.toISOString();
  return String(cell);
}

function isEmpty(cell: CellInput): boolean {
  return cell === null || cell === undefined || cell === "";
}

/**
 * Reads the rows of one table (a CSV file or a workbook sheet) of one entity: resolves its headings once, then
 * turns each row into a record in the Record contract, with located findings for what it cannot read.
 */
export class TableReader {
  readonly header: TabularHeader;
  /** The findings of the heading row: unknown, forbidden and duplicate columns. */
  readonly headingFindings: readonly Finding[];
  readonly #options: TableOptions;
  readonly #model: ObjectNode;
  readonly #datasetKey: string;
  readonly #active: readonly ActiveColumn[];
  readonly #byIndex: ReadonlyMap<number, ActiveColumn>;
  readonly #byPath: ReadonlyMap<string, ActiveColumn>;
  /** The form in which to name a column the file lacks: the form most of its headings are written in. */
  readonly #absentForm: HeadingForm;
  /** The generic paths of every column and of every container above one. */
  readonly #present: ReadonlySet<string>;
  /** Columns without a heading, reported once when a cell under one holds something. */
  readonly #unnamed = new Set<number>();
  readonly #plan: Plan;
  #records = 0;

  constructor(headings: readonly CellInput[], options: TableOptions) {
    this.#options = options;
    const info = requireTabularEntity(options.entity);
    this.#model = info.model;
    this.#datasetKey = info.datasetKey;
    const findings: Finding[] = [];
    const active: ActiveColumn[] = [];
    const byPath = new Map<string, ActiveColumn>();
    const present = new Set<string>();
    const infos: HeadingInfo[] = [];
    const formCounts = new Map<HeadingForm, number>();
    let forms: Set<HeadingForm> | undefined;
    headings.forEach((cell, index) => {
      const heading = cellText(cell);
      const location = this.#headingLocation(index, heading);
      const site = { pointer: "", location, entity: options.entity };
      if (heading.trim() === "") {
        this.#unnamed.add(index);
        infos.push({ heading, column: index + 1 });
        return;
      }
      const resolved = resolveHeading(options.entity, heading);
      if (resolved === undefined) {
        const quoted = JSON.stringify(heading);
        findings.push(
          isForbiddenHeading(heading)
            ? csvForbiddenColumn.finding(site, { heading: quoted })
            : csvUnknownColumn.finding(site, { heading: quoted, entity: options.entity }),
        );
        infos.push({ heading, column: index + 1 });
        return;
      }
      const first = byPath.get(resolved.column.path);
      if (first !== undefined) {
        findings.push(
          csvDuplicateColumn.finding(site, { heading: JSON.stringify(heading), first: JSON.stringify(first.heading) }),
        );
        infos.push({ heading, column: index + 1 });
        return;
      }
      const column = { index, heading, column: resolved.column };
      active.push(column);
      byPath.set(resolved.column.path, column);
      const segments = resolved.column.segments;
      for (let length = 1; length <= segments.length; length++) present.add(genericPath(segments.slice(0, length)));
      infos.push({ heading, column: index + 1, path: resolved.column.path, segments });
      forms = forms === undefined ? new Set(resolved.forms) : new Set([...forms].filter((f) => resolved.forms.has(f)));
      for (const f of resolved.forms) formCounts.set(f, (formCounts.get(f) ?? 0) + 1);
    });
    this.#active = active;
    this.#byIndex = new Map(active.map((column) => [column.index, column]));
    this.#byPath = byPath;
    this.#present = present;
    this.#plan = this.#planOf(this.#model, "");
    this.headingFindings = findings;
    const form =
      forms === undefined
        ? undefined
        : forms.size === 0
          ? "mixed"
          : (["path", "en", "nl"] as const).find((f) => forms?.has(f));
    this.header = { entity: options.entity, form, headings: infos, location: this.#rowLocation(1) };
    // "path" first on a tie: it names a property in any language
    this.#absentForm = (["path", "en", "nl"] as const).reduce((best, f) =>
      (formCounts.get(f) ?? 0) > (formCounts.get(best) ?? 0) ? f : best,
    );
  }

  /** Whether a row is the codelist hint row of a template: every filled cell starts with "codes: " or "codes (". */
  isHintRow(cells: readonly CellInput[]): boolean {
    let filled = 0;
    for (const cell of cells) {
      if (isEmpty(cell)) continue;
      if (typeof cell !== "string" || !HINT_ROW_CELL.test(cell)) return false;
      filled++;
    }
    return filled > 0;
  }

  /**
   * The record of a row, with the findings of its cells; no record for a row whose cells are all empty.
   * `errorColumns` are the 0-based columns whose cells held an Excel error value, which the cells give as empty.
   */
  row(cells: readonly CellInput[], row: number, errorColumns: readonly number[] = []): TableRow {
    const findings: Finding[] = [];
    for (const index of this.#unnamed) {
      const cell = cells[index];
      if (isEmpty(cell)) continue;
      this.#unnamed.delete(index);
      const location = { ...this.#rowLocation(row), column: index + 1, heading: "" };
      findings.push(
        csvUnknownColumn.finding(
          { pointer: "", location, entity: this.#options.entity, excerpt: excerpt(cellText(cell)) },
          { heading: '""', entity: this.#options.entity },
        ),
      );
    }
    // keys come only from the schema model, which has no __proto__ property (schema-model.ts refuses one)
    const value: Json = {};
    const problems: CellProblem[] = [];
    let filled = 0;
    for (const { index, column } of this.#active) {
      const cell = cells[index];
      if (isEmpty(cell)) continue;
      if (column.joined) {
        const codes = splitJoined(cell);
        if (codes === undefined) continue;
        setPath(value, column.segments, codes);
        filled++;
        continue;
      }
      const converted = convertCell(column.leaf, cell, this.#options);
      if (converted.absent === true) continue;
      setPath(value, column.segments, converted.value);
      filled++;
      if (converted.issue !== undefined)
        problems.push({ index, segments: column.segments, issue: converted.issue, cell });
    }
    for (const index of errorColumns) {
      problems.push({
        index,
        segments: this.#byIndex.get(index)?.column.segments ?? [],
        issue: "cell-error",
        cell: null,
      });
    }
    problems.sort((a, b) => a.index - b.index);
    const location = this.#rowLocation(row);
    if (filled === 0) {
      for (const problem of problems) findings.push(this.#cellFinding(problem, "", location));
      return { findings, pointerAt: () => "" };
    }

    const gaps = new Map<string, readonly number[]>();
    complete(value, this.#plan, "", gaps);
    const locate = (pointer: string): SourceLocation => this.#locate(pointer, location, gaps);
    const pointerBase =
      this.#options.entity === "DatasetMeta" ? `/${this.#datasetKey}` : `/${this.#datasetKey}/${this.#records}`;
    this.#records++;
    const issues: string[] = [];
    for (const problem of problems) {
      const compact = compactSegments(problem.segments, gaps);
      // only a pointer that reaches the cell's own property; a list or the record may have findings of their own
      if (compact.length > 0 && compact.length === problem.segments.length) issues.push(formatPointer(compact));
      findings.push(this.#cellFinding(problem, pointerBase + formatPointer(compact), location));
    }
    const record: TabularRecord = {
      entity: this.#options.entity,
      value,
      location,
      pointerBase,
      locate,
      cellIssues: issues.length === 0 ? NO_ISSUES : new Set(issues),
    };
    const pointerAt = (index?: number) => {
      const column = index === undefined ? undefined : this.#byIndex.get(index);
      return column === undefined
        ? pointerBase
        : pointerBase + formatPointer(compactSegments(column.column.segments, gaps));
    };
    return { record, findings, pointerAt };
  }

  /** The finding of a cell problem, at the cell's own column and heading. */
  #cellFinding(problem: CellProblem, pointer: string, row: SourceLocation): Finding {
    const { index, issue, cell } = problem;
    const heading = this.header.headings[index]?.heading;
    const location = { ...row, column: index + 1, ...(heading === undefined ? {} : { heading }) };
    const entity = this.#options.entity;
    if (issue === "cell-error") return xlsxCellError.finding({ pointer, location, entity });
    const site = { pointer, location, entity, excerpt: excerpt(cellText(cell)) };
    const text = JSON.stringify(cellText(cell));
    if (issue === "decimal")
      return csvDecimal.finding(site, { value: text, separator: JSON.stringify(this.#options.decimal) });
    if (issue === "date-format") return csvDateFormat.finding(site, { value: text });
    return xlsxDateCell.finding(site, { value: cellText(cell) });
  }

  /** The plan of an object of the model at a generic path (see Plan). */
  #planOf(node: ObjectNode, generic: string): Plan {
    const steps: PlanStep[] = [];
    for (const property of node.properties) {
      const child = property.node;
      if (child.kind === "leaf") continue;
      const path = generic === "" ? property.key : `${generic}/${property.key}`;
      if (!this.#present.has(path)) continue;
      const createEmpty = node.required.has(property.key) ? (child.kind === "array" ? "list" : "object") : undefined;
      const slotted = child.kind === "array" && !child.joined;
      const items = child.kind === "array" ? child.items : child;
      const plan =
        items.kind === "object" ? this.#planOf(items, child.kind === "array" ? `${path}/*` : path) : undefined;
      steps.push({
        key: property.key,
        slotted,
        ...(createEmpty === undefined ? {} : { createEmpty }),
        ...(plan === undefined ? {} : { plan }),
      });
    }
    return { steps };
  }

  #rowLocation(row: number): SourceLocation {
    const { file, sheet } = this.#options;
    return sheet === undefined ? { file, row } : { file, sheet, row };
  }

  #headingLocation(index: number, heading: string): SourceLocation {
    return { ...this.#rowLocation(1), column: index + 1, heading };
  }

  #locate(pointer: string, location: SourceLocation, gaps: ReadonlyMap<string, readonly number[]>): SourceLocation {
    const tokens = parsePointer(pointer) ?? [];
    const segments: PathSegment[] = [];
    let node: SchemaNode = this.#model;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as string;
      if (node.kind === "object") {
        const property = node.byKey.get(token);
        if (property === undefined) break;
        segments.push(property.key);
        node = property.node;
      } else if (node.kind === "array" && !node.joined && /^(0|[1-9][0-9]*)$/.test(token)) {
        const order = gaps.get(formatPointer(tokens.slice(0, i)));
        const slot = order === undefined ? Number(token) : order[Number(token)];
        if (slot === undefined) break;
        segments.push(slot);
        node = node.items;
      } else break;
    }
    if (segments.length === 0) return location;
    const path = segments.join("/");
    const found =
      this.#byPath.get(path) ??
      this.#active.find(({ column }) => segments.every((segment, index) => column.segments[index] === segment));
    if (found !== undefined) return { ...location, column: found.index + 1, heading: found.heading };
    // a column the file lacks: named as a template would name it, so that the user knows which one to add
    const absent = firstColumnUnder(node, segments);
    return { ...location, heading: headingOf(this.#options.entity, absent, this.#absentForm) };
  }
}

/** The first column of a template under a node: a required property where there is one, else the first; item 0 of a list. */
function firstColumnUnder(node: SchemaNode, segments: readonly PathSegment[]): Pick<Column, "segments" | "path"> {
  const path: PathSegment[] = [...segments];
  let current = node;
  for (;;) {
    if (current.kind === "leaf" || (current.kind === "array" && current.joined)) break;
    if (current.kind === "array") {
      path.push(0);
      current = current.items;
      continue;
    }
    const { properties, required } = current;
    const property = properties.find(({ key }) => required.has(key)) ?? properties[0];
    if (property === undefined) break;
    path.push(property.key);
    current = property.node;
  }
  return { segments: path, path: path.join("/") };
}

/** Sets a value at a path, creating objects and (sparse) lists on the way. */
function setPath(root: Json, segments: readonly PathSegment[], value: unknown): void {
  let current: Json | unknown[] = root;
  const last = segments.length - 1;
  for (let i = 0; i < last; i++) {
    const segment = segments[i] as PathSegment;
    const container = current as Record<PathSegment, unknown>;
    let next = container[segment] as Json | unknown[] | undefined;
    if (next === undefined) {
      next = typeof segments[i + 1] === "number" ? [] : {};
      container[segment] = next;
    }
    current = next;
  }
  (current as Record<PathSegment, unknown>)[segments[last] as PathSegment] = value;
}

/**
 * Completes a record built from cells: required lists and objects whose columns the file has become [] and {}
 * when their cells are empty, and the gaps of list slots left empty are closed (the slots of each list with gaps
 * are kept in `gaps`, by the list's pointer, so that locate can find a slot from an index).
 */
function complete(value: Json, plan: Plan, pointer: string, gaps: Map<string, readonly number[]>): void {
  for (const step of plan.steps) {
    const child = value[step.key];
    if (child === undefined) {
      if (step.createEmpty === "list") value[step.key] = [];
      else if (step.createEmpty === "object") {
        const empty: Json = {};
        if (step.plan !== undefined) complete(empty, step.plan, `${pointer}/${step.key}`, gaps);
        value[step.key] = empty;
      }
      continue;
    }
    const here = `${pointer}/${step.key}`;
    if (!step.slotted) {
      if (step.plan !== undefined) complete(child as Json, step.plan, here, gaps);
      continue;
    }
    let items = child as unknown[];
    if (Object.keys(items).length !== items.length) {
      const slots: number[] = [];
      items.forEach((_, slot) => {
        slots.push(slot);
      });
      gaps.set(here, slots);
      items = slots.map((slot) => items[slot]);
      value[step.key] = items;
    }
    if (step.plan !== undefined) {
      for (let index = 0; index < items.length; index++)
        complete(items[index] as Json, step.plan, `${here}/${index}`, gaps);
    }
  }
}

/**
 * Slot-based segments as the segments of the completed record: a slot becomes its index among the filled slots.
 * A slot left wholly empty has no item, so the path then ends at its list.
 */
function compactSegments(
  segments: readonly PathSegment[],
  gaps: ReadonlyMap<string, readonly number[]>,
): PathSegment[] {
  const result: PathSegment[] = [];
  for (const segment of segments) {
    const order = typeof segment === "number" ? gaps.get(formatPointer(result)) : undefined;
    const index = order === undefined ? segment : order.indexOf(segment as number);
    if (index === -1) break;
    result.push(index);
  }
  return result;
}
