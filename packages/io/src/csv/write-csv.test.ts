import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { readCsv } from "./read-csv.ts";
import { type WriteCsvOptions, writeCsv, writeCsvText } from "./write-csv.ts";

const procurement = (title: string, extra: Record<string, unknown> = {}) => ({
  id: "P-1",
  buyer: "GM0363",
  title: { nl: title },
  cpvCodes: ["39130000-2", "39100000-3"],
  procedure: "openbaar",
  contractValue: { amount: "1234567.89", currency: "EUR" },
  dates: {},
  criteriaApplied: [],
  mvoiThemes: [],
  eforms: { strategicProcurement: [], environmentalImpact: [], gppCriteria: [] },
  ...extra,
});

async function readBack(text: string, entity: WriteCsvOptions["entity"] = "Procurement") {
  const values: unknown[] = [];
  const codes: string[] = [];
  for await (const event of readCsv(new TextEncoder().encode(text), { file: "x.csv", entity })) {
    if (event.kind === "record") values.push(event.record.value);
    if (event.kind === "finding") codes.push(event.finding.code);
  }
  return { values, codes };
}

/** The cell of the title in the written text, as any CSV reader sees it. */
function titleCell(text: string, delimiter = ","): string {
  const rows = parse(text, { delimiter, relax_column_count: true }) as string[][];
  const index = rows[0]?.indexOf("title/nl") ?? -1;
  return rows[1]?.[index] as string;
}

describe("formula neutralising on export (G14)", () => {
  const attacks = [
    '=HYPERLINK("http://evil.example","klik")',
    "+31 6 12345678",
    "-5",
    "@SUM(A1:A9)",
    "\t=1+1",
    "\r=1",
    "\r\n=1",
    "\u0000=1",
    " =1",
    "＝1+1",
    "＋1",
    "－1",
    "＠A1",
    "'=1",
    '="quoted" & "more"',
  ];

  it("puts a ' before every string a spreadsheet could take for a formula, quoting per RFC 4180", () => {
    for (const attack of attacks) {
      const text = writeCsvText([procurement(attack)], { entity: "Procurement" });
      const cell = titleCell(text);
      expect(cell, JSON.stringify(attack)).toBe(`'${attack}`);
      expect(cell.startsWith("'")).toBe(true);
    }
  });

  it("quotes fields holding the delimiter, quotes, CR or LF (bypass tests)", () => {
    const text = writeCsvText([procurement('a "quoted" \r\n=1, x')], { entity: "Procurement" });
    expect(text).toContain('"a ""quoted"" \r\n=1, x"');
    const lone = writeCsvText([procurement("a\rb")], { entity: "Procurement" });
    expect(lone).toContain('"a\rb"');
  });

  it("reads back exactly what it wrote, for every attack", async () => {
    const records = attacks.map((attack, i) => procurement(attack, { id: `P-${i}` }));
    for (const delimiter of [",", ";", "\t"] as const) {
      const { values, codes } = await readBack(writeCsvText(records, { entity: "Procurement", delimiter }));
      expect(values).toEqual(records);
      expect(codes.filter((code) => code !== "csv-nul-byte")).toEqual([]);
    }
  });

  it("leaves numbers as numbers: integers, and decimals in decimal columns, even when negative", async () => {
    const observation = {
      id: "O-1",
      indicator: "I-1",
      subject: { type: "organisation", id: "GM0363" },
      period: { start: "2024-01-01", end: "2024-12-31" },
      value: "-12.5",
      unit: "eur",
      method: { nl: "-5" },
      source: { nl: "x" },
      quality: "measured",
    };
    const text = writeCsvText([observation], { entity: "Observation" });
    const rows = parse(text) as string[][];
    const cell = (path: string) => rows[1]?.[rows[0]?.indexOf(path) ?? -1];
    expect(cell("value")).toBe("-12.5");
    expect(cell("method/nl")).toBe("'-5");
    const roadmap = {
      id: "R-1",
      title: { nl: "r" },
      actions: [{ id: "A", title: { nl: "a" }, level: "x", theme: "y", startYear: -5 }],
    };
    const roadmapRows = parse(writeCsvText([roadmap], { entity: "Roadmap" })) as string[][];
    expect(roadmapRows[1]?.[roadmapRows[0]?.indexOf("actions/0/startYear") ?? -1]).toBe("-5");
    expect((await readBack(text, "Observation")).values).toEqual([observation]);
  });
});

describe("writeCsv", () => {
  it("writes Dutch Excel CSV: ';', decimal comma, Dutch titles, a BOM, CRLF", async () => {
    const chunks: Uint8Array[] = [];
    for await (const chunk of writeCsv([procurement("Café – €")], {
      entity: "Procurement",
      delimiter: ";",
      headings: "nl",
      bom: true,
    })) {
      chunks.push(chunk);
    }
    const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.length;
    }
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.subarray(3));
    expect(text.startsWith("Identificator;Opdrachtgever;Titel: Nederlands;Titel: Engels;")).toBe(true);
    expect(text).toContain(";1234567,89;EUR;");
    expect(text).toContain('"39130000-2;39100000-3"');
    expect(text.endsWith("\r\n")).toBe(true);
    const { values, codes } = await readBack(new TextDecoder().decode(bytes));
    expect(codes).toEqual([]);
    expect(values).toEqual([procurement("Café – €")]);
  });

  it("uses as many slots as the data needs, and fixed slots when given", () => {
    const two = procurement("x", {
      criteriaApplied: [
        { criterion: "c-1", use: "eis" },
        { criterion: "c-2", use: "eis" },
      ],
    });
    const heading = (text: string) => text.slice(0, text.indexOf("\r\n")).split(",");
    expect(
      heading(writeCsvText([two], { entity: "Procurement" })).filter((h) => h.startsWith("criteriaApplied/")),
    ).toEqual([
      "criteriaApplied/0/criterion",
      "criteriaApplied/0/use",
      "criteriaApplied/0/weight",
      "criteriaApplied/1/criterion",
      "criteriaApplied/1/use",
      "criteriaApplied/1/weight",
    ]);
    expect(() => writeCsvText([two], { entity: "Procurement", slots: new Map([["criteriaApplied", 1]]) })).toThrow(
      /criteriaApplied\/1 has no column/,
    );
  });

  it("refuses records it cannot write whole: unknown properties, wrong types, lone surrogates", () => {
    expect(() => writeCsvText([procurement("x", { colour: "red" })], { entity: "Procurement" })).toThrow(TypeError);
    expect(() => writeCsvText([procurement("x", { cpvCodes: ["a;b"] })], { entity: "Procurement" })).toThrow(TypeError);
    expect(() => writeCsvText([procurement("\uD800")], { entity: "Procurement" })).toThrow(/lone surrogate/);
    expect(() => writeCsvText([], { entity: "Target" as never })).toThrow(TypeError);
  });
});
