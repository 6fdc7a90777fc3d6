import { join } from "node:path";
import { registry } from "@mra-circulair/engine";
import { type CodeDefinition, escapeHtml, type Finding, renderMessage, type Severity } from "@mra-circulair/report";
import { type CodeExample, loadCodeExamples, runCodeExample, untriggerable } from "./code-examples.ts";
import { exampleText } from "./example-text.ts";
import { relativeUrl } from "./html.ts";
import { type Bilingual, type Language, languages, otherLanguage } from "./language.ts";
import { referenceIndexes } from "./nav.ts";
import { codeExamplesDir } from "./paths.ts";
import type { Site } from "./site.ts";

const words = {
  title: { en: "Finding codes", nl: "Bevindingscodes" },
  intro: {
    en: "Every code a validation report can hold, from reading the file, the schemas and the rules, with its severity, its message in English and Dutch, what it means, and an example input that triggers it. A test runs every example through @mra-circulair/engine and checks that it gives its code. Codes are stable and never translated.",
    nl: "Elke code die een validatierapport kan bevatten, van het lezen van het bestand, de schema's en de regels, met de ernst, de melding in het Nederlands en het Engels, wat de code betekent en een voorbeeldinvoer die haar oproept. Een test haalt elk voorbeeld door @mra-circulair/engine en controleert dat het zijn code geeft. Codes zijn vast en worden nooit vertaald.",
  },
  read: { en: "Reading the file", nl: "Het bestand lezen" },
  schema: { en: "Schemas", nl: "Schema's" },
  rule: { en: "Rules", nl: "Regels" },
  error: { en: "error", nl: "fout" },
  warning: { en: "warning", nl: "waarschuwing" },
  info: { en: "notice", nl: "melding" },
  code: { en: "Code", nl: "Code" },
  severity: { en: "Severity", nl: "Ernst" },
  layer: { en: "Layer", nl: "Laag" },
  message: { en: "Message", nl: "Melding" },
  meaning: { en: "What it means", nl: "Wat het betekent" },
  example: { en: "Example", nl: "Voorbeeld" },
  file: { en: "The file {file}:", nl: "Het bestand {file}:" },
  binary: {
    en: "a workbook of {bytes} bytes; download it to open it",
    nl: "een werkmap van {bytes} bytes; download hem om hem te openen",
  },
  options: { en: "Read with these options of the engine:", nl: "Gelezen met deze opties van de engine:" },
  findings: { en: "What the engine reports for it:", nl: "Wat de engine erover meldt:" },
  where: { en: "Where", nl: "Waar" },
  row: { en: "row", nl: "rij" },
  noExample: { en: "No example", nl: "Geen voorbeeld" },
} as const satisfies Record<string, Bilingual>;

const LAYERS = ["read", "schema", "rule"] as const;
const pagePath = (lang: Language, code: string) => `${lang}/codes/${code}.html`;
const fill = (template: string, args: Readonly<Record<string, string>>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => args[name] ?? whole);

function severityHtml(lang: Language, severity: Severity): string {
  return `<span class="badge severity-${severity}">${escapeHtml(words[severity][lang])}</span>`;
}

function whereOf(lang: Language, finding: Finding): string {
  const { file, line, column, row, sheet, heading } = finding.location;
  const place = [
    sheet === undefined ? undefined : `${sheet}!`,
    line === undefined ? undefined : `:${line}${column === undefined ? "" : `:${column}`}`,
    row === undefined ? undefined : ` ${words.row[lang]} ${row}`,
    heading === undefined ? undefined : ` [${heading}]`,
  ].filter((part) => part !== undefined);
  return `${file}${place.join("")}${finding.pointer === "" ? "" : ` ${finding.pointer}`}`;
}

function exampleHtml(lang: Language, path: string, example: CodeExample, findings: readonly Finding[]): string {
  const fileHref = relativeUrl(path, `examples/codes/${example.file}`);
  const fileLink = `<a href="${escapeHtml(fileHref)}"><code>${escapeHtml(example.file)}</code></a>`;
  const shown = exampleText(example.file, example.bytes);
  const content =
    shown.kind === "text"
      ? `<pre><code>${escapeHtml(shown.text)}</code></pre>`
      : `<p>${escapeHtml(fill(words.binary[lang], { bytes: String(shown.bytes) }))}</p>`;
  const options =
    Object.keys(example.options).length === 0
      ? ""
      : `<p>${escapeHtml(words.options[lang])}</p>\n<pre><code class="language-json">${escapeHtml(JSON.stringify(example.options, null, 2))}</code></pre>`;
  const rows = findings.map(
    (finding) =>
      `<tr><td><a href="${escapeHtml(relativeUrl(path, pagePath(lang, finding.code)))}"><code>${escapeHtml(finding.code)}</code></a></td><td>${severityHtml(lang, finding.severity)}</td><td><code>${escapeHtml(whereOf(lang, finding))}</code></td><td>${escapeHtml(renderMessage(finding, registry, lang))}</td></tr>`,
  );
  return `<p>${fill(escapeHtml(words.file[lang]), { file: fileLink })}</p>
${content}
${options}
<p>${escapeHtml(words.findings[lang])}</p>
<table><thead><tr><th>${words.code[lang]}</th><th>${words.severity[lang]}</th><th>${words.where[lang]}</th><th>${words.message[lang]}</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

function codePage(
  lang: Language,
  path: string,
  definition: CodeDefinition,
  example: { example: CodeExample; findings: readonly Finding[] } | undefined,
): string {
  const other = otherLanguage(lang);
  const exampleSection =
    example === undefined
      ? `<p>${escapeHtml(untriggerable[definition.code]?.[lang] ?? words.noExample[lang])}</p>`
      : exampleHtml(lang, path, example.example, example.findings);
  return `<h1><code>${escapeHtml(definition.code)}</code> ${escapeHtml(definition.title[lang])}</h1>
<p class="other-language" lang="${other}">${other}: ${escapeHtml(definition.title[other])}</p>
<dl class="facts"><dt>${words.severity[lang]}</dt><dd>${severityHtml(lang, definition.severity)}</dd><dt>${words.layer[lang]}</dt><dd>${escapeHtml(words[definition.layer][lang])}</dd></dl>
<h2 id="message">${escapeHtml(words.message[lang])}</h2>
<ul><li lang="${lang}">${lang}: ${escapeHtml(definition.message[lang])}</li><li lang="${other}">${other}: ${escapeHtml(definition.message[other])}</li></ul>
<h2 id="meaning">${escapeHtml(words.meaning[lang])}</h2>
<p>${escapeHtml(definition.docs[lang])}</p>
<h2 id="example">${escapeHtml(words.example[lang])}</h2>
${exampleSection}`;
}

/** Adds a page per finding code of the engine's registry in both languages, each example run through the engine. */
export async function addCodePages(site: Site): Promise<void> {
  const examples = loadCodeExamples();
  const results = new Map<string, { example: CodeExample; findings: readonly Finding[] }>();
  for (const example of examples.values()) {
    results.set(example.code, { example, findings: (await runCodeExample(example)).findings });
    site.assets.set(`examples/codes/${example.file}`, join(codeExamplesDir, example.file));
  }
  const definitions = registry.all();
  for (const lang of languages) {
    const index = referenceIndexes(lang).codes;
    const sections = LAYERS.map((layer) => {
      const rows = definitions
        .filter((definition) => definition.layer === layer)
        .map(
          (definition) =>
            `<tr><td><a href="${escapeHtml(relativeUrl(index, pagePath(lang, definition.code)))}"><code>${escapeHtml(definition.code)}</code></a></td><td>${severityHtml(lang, definition.severity)}</td><td>${escapeHtml(definition.title[lang])}</td></tr>`,
        );
      return `<h2 id="${layer}">${escapeHtml(words[layer][lang])}</h2>\n<table><thead><tr><th>${words.code[lang]}</th><th>${words.severity[lang]}</th><th></th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
    });
    site.pages.push({
      path: index,
      lang,
      title: words.title[lang],
      section: "reference",
      counterpart: referenceIndexes(otherLanguage(lang)).codes,
      body: `<h1>${escapeHtml(words.title[lang])}</h1>\n<p>${escapeHtml(words.intro[lang])}</p>\n${sections.join("\n")}`,
    });
    for (const definition of definitions) {
      const path = pagePath(lang, definition.code);
      site.pages.push({
        path,
        lang,
        title: definition.code,
        section: "reference",
        parent: index,
        counterpart: pagePath(otherLanguage(lang), definition.code),
        body: codePage(lang, path, definition, results.get(definition.code)),
      });
    }
  }
}
