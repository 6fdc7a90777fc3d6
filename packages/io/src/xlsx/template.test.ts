import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { readCsv } from "../csv/read-csv.ts";
import { columnsFor } from "../flatten/columns.ts";
import type { TabularReadItem } from "../flatten/tabular-record.ts";
import { readXlsx } from "./read-xlsx.ts";
import { codelistHint, TEMPLATE_SLOTS, template } from "./template.ts";

async function collect(events: AsyncIterable<TabularReadItem>) {
  const all: TabularReadItem[] = [];
  for await (const event of events) all.push(event);
  return all;
}

const column = (path: string) => {
  const found = columnsFor("Procurement").find((c) => c.path === path);
  if (found === undefined) throw new Error(path);
  return found;
};

describe("codelist hints", () => {
  it("list the codes of closed and open codelists, and say when a cell holds several", () => {
    expect(codelistHint(column("criteriaApplied/0/use"), "en")).toMatch(/^codes: [a-z-]+( \| [a-z-]+)+$/);
    expect(codelistHint(column("procedure"), "en")).toMatch(/^codes \(open list\): openbaar \| /);
    expect(codelistHint(column("procedure"), "nl")).toMatch(/^codes \(open lijst\): openbaar \| /);
    expect(codelistHint(column("eforms/strategicProcurement"), "nl")).toBe(
      "codes (meerdere, gescheiden door ;): env-imp | inn-pur | soc-obj | none",
    );
    expect(codelistHint(column("title/nl"), "en")).toBeUndefined();
  });
});

describe("template", () => {
  it("is a Dutch Excel CSV by default: BOM, ';', Dutch headings, a hint row, fixed slots", async () => {
    const bytes = await template("Procurement", { format: "csv" });
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [headings, hints] = parse(new TextDecoder().decode(bytes.subarray(3)), { delimiter: ";" }) as string[][];
    expect(headings?.slice(0, 3)).toEqual(["Identificator", "Opdrachtgever", "Titel: Nederlands"]);
    expect(headings).toContain(`Toegepaste criteria ${TEMPLATE_SLOTS}: Gebruik`);
    expect(headings).not.toContain(`Toegepaste criteria ${TEMPLATE_SLOTS + 1}: Gebruik`);
    expect(hints?.[headings?.indexOf("Procedure") ?? -1]).toMatch(/^codes \(open lijst\): openbaar/);
    expect(hints?.[0]).toBe("");
  });

  it("reads back as no records and no findings, and a filled one reads its data past the hint row", async () => {
    const empty = await template("Procurement", { format: "csv", lang: "en" });
    const events = await collect(readCsv(empty, { file: "t.csv", entity: "Procurement" }));
    expect(events.map((event) => event.kind)).toEqual(["header"]);
    const text = new TextDecoder().decode(empty);
    const width = (parse(text.slice(1)) as string[][])[0]?.length ?? 0;
    const row = ["P-1", "GM0363", ...Array.from({ length: width - 2 }, () => "")].join(",");
    const filled = new TextEncoder().encode(`${text}${row}\r\n`);
    const events2 = (await collect(readCsv(filled, { file: "t.csv", entity: "Procurement" }))).filter(
      (e) => e.kind !== "header",
    );
    expect(events2.map((event) => event.kind)).toEqual(["record"]);
    const record = events2[0]?.kind === "record" ? events2[0].record : undefined;
    expect(record?.value).toEqual(expect.objectContaining({ id: "P-1", buyer: "GM0363" }));
    expect(record?.location.row).toBe(3);
  });

  it("as a workbook has one sheet named by its title, headings, and the same hint row", async () => {
    const bytes = await template("Procurement", { format: "xlsx", lang: "nl" });
    const events = await collect(readXlsx(bytes, { file: "t.xlsx" }));
    expect(events).toHaveLength(1);
    const [header] = events;
    expect(header?.kind === "header" && header.header.location.sheet).toBe("Aanbestedingen");
    expect(header?.kind === "header" && header.header.form).toBe("nl");
  });
});
