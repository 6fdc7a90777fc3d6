import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { codelistsDir } from "../scripts/disk-bundle.ts";
import { convertEformsList, eformsCodelistId, eformsCodelistText, eformsLists } from "../scripts/eforms-codelists.ts";
import { parseXml, readGenericode, XmlSyntaxError } from "../scripts/genericode.ts";

const dataDir = fileURLToPath(new URL("../../../../shared/data/", import.meta.url));
const hasData = existsSync(dataDir);

describe("parseXml", () => {
  it("reads elements, attributes, text, comments and the five predefined and numeric entities", () => {
    const root = parseXml(
      `\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n<!-- c --><a x='1' y="&lt;&amp;&quot;"><b>A &amp; B &#233;&#x20AC;</b><c/><!-- d --></a>\n`,
    );
    expect(root.name).toBe("a");
    expect([...root.attributes]).toEqual([
      ["x", "1"],
      ["y", '<&"'],
    ]);
    expect(root.children).toEqual([
      { name: "b", attributes: new Map(), children: ["A & B é€"] },
      { name: "c", attributes: new Map(), children: [] },
    ]);
  });

  it("keeps attribute names such as __proto__ as plain data", () => {
    const root = parseXml(`<a __proto__="x" constructor="y"/>`);
    expect(root.attributes.get("__proto__")).toBe("x");
    expect(({} as { x?: unknown }).x).toBeUndefined();
  });

  it.each([
    ["a DOCTYPE", `<!DOCTYPE a [<!ENTITY e "boom">]><a>&e;</a>`],
    ["an unknown entity", `<a>&e;</a>`],
    ["an unterminated entity", `<a>A & B</a>`],
    ["CDATA", `<a><![CDATA[x]]></a>`],
    ["a processing instruction", `<a><?pi x?></a>`],
    ["a mismatched end tag", `<a><b></a></b>`],
    ["an unclosed element", `<a><b></b>`],
    ["a second root", `<a/><b/>`],
    ["a duplicate attribute", `<a x="1" x="2"/>`],
    ["an unquoted attribute", `<a x=1/>`],
    ["another encoding", `<?xml version="1.0" encoding="ISO-8859-1"?><a/>`],
    ["a NUL character reference", `<a>&#0;</a>`],
  ])("refuses %s", (_name, xml) => {
    expect(() => parseXml(xml)).toThrow(XmlSyntaxError);
  });
});

describe("readGenericode", () => {
  const list = (rows: string) =>
    `<gc:CodeList xmlns:gc="http://docs.oasis-open.org/codelist/ns/genericode/1.0/"><Identification><ShortName>T</ShortName>` +
    `<LongName>t</LongName><LongName Identifier="listId">http://example.org/t</LongName><Version>1</Version>` +
    `<Agency><ShortName>OP</ShortName><LongName>Publications Office of the European Union</LongName></Agency></Identification>` +
    `<ColumnSet><Column Id="code"/><Column Id="eng_label"/><Column Id="nld_label"/></ColumnSet><SimpleCodeList>${rows}</SimpleCodeList></gc:CodeList>`;
  const row = (code: string, en: string, nl: string) =>
    `<Row><Value ColumnRef="code"><SimpleValue>${code}</SimpleValue></Value><Value ColumnRef="eng_label"><SimpleValue>${en}</SimpleValue></Value>` +
    `<Value ColumnRef="nld_label"><SimpleValue>${nl}</SimpleValue></Value></Row>`;

  it("reads identification, columns and rows", () => {
    const read = readGenericode(list(row("a", "A &amp; B", "A en B")));
    expect(read).toMatchObject({ shortName: "T", longName: "t", listUri: "http://example.org/t", version: "1" });
    expect(read.columns).toEqual(["code", "eng_label", "nld_label"]);
    expect(read.rows.map((values) => Object.fromEntries(values))).toEqual([
      { code: "a", eng_label: "A & B", nld_label: "A en B" },
    ]);
  });

  it("refuses a value for an unknown column and two values for one column", () => {
    expect(() => readGenericode(list(`<Row><Value ColumnRef="x"><SimpleValue>a</SimpleValue></Value></Row>`))).toThrow(
      /unknown column x/,
    );
    expect(() => readGenericode(list(row("a", "A", "A").replace("eng_label", "code")))).toThrow(/two values/);
  });

  it("refuses a row without a Dutch label when converting", () => {
    const [first] = eformsLists;
    const text = list(`<Row><Value ColumnRef="code"><SimpleValue>a</SimpleValue></Value></Row>`).replace(
      "<LongName>t</LongName>",
      `<LongName>${first?.listName}</LongName>`,
    );
    expect(() => first && convertEformsList(first, text)).toThrow(/lacks a code, English label or Dutch label/);
  });
});

describe.skipIf(!hasData)("the committed eForms codelists", () => {
  it.each(eformsLists.map((list) => [eformsCodelistId(list.listName), list] as const))(
    "%s is what scripts/import-eforms.ts makes of shared/data (run it to update)",
    (id, list) => {
      expect(readFileSync(`${codelistsDir}${id}.json`, "utf8")).toBe(eformsCodelistText(list, dataDir));
    },
  );

  it("holds the codes and labels of the domain fact sheet", () => {
    const read = (id: string) =>
      JSON.parse(readFileSync(`${codelistsDir}${id}.json`, "utf8")) as {
        source: { version: string };
        codes: { code: string; label: { nl: string; en: string } }[];
      };
    const impact = read("eforms-environmental-impact");
    expect(impact.source.version).toBe("20240612-0");
    expect(impact.codes.map((entry) => entry.code)).toEqual([
      "biodiv-eco",
      "circ-econ",
      "clim-adapt",
      "clim-mitig",
      "other",
      "pollu-prev",
      "water-mar",
    ]);
    expect(impact.codes[1]?.label).toEqual({
      nl: "De transitie naar een circulaire economie",
      en: "The transition to a circular economy",
    });
    expect(read("eforms-gpp-criteria").codes[0]?.label).toEqual({
      nl: "EU-criteria voor groene overheidsopdrachten",
      en: "EU Green Public Procurement criteria",
    });
    expect(read("eforms-social-objective").source.version).toBe("20250924-0");
    expect(read("eforms-award-criterion-type").codes.map((entry) => entry.code)).toEqual(["cost", "price", "quality"]);
    expect(read("eforms-accessibility").codes.map((entry) => entry.code)).toEqual(["inc", "n-inc", "n-inc-just"]);
    expect(read("eforms-innovative-acquisition").codes.map((entry) => entry.code)).toEqual([
      "mar-nov",
      "proc-innov",
      "prod-innov",
      "rd-act",
    ]);
  });
});
