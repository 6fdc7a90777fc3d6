import { join } from "node:path";
import { escapeHtml } from "@mra-circulair/report";
import { codelists, entityNames } from "@mra-circulair/schema";
import { relativeUrl } from "./html.ts";
import { type Bilingual, type Language, languages, otherLanguage } from "./language.ts";
import { referenceIndexes } from "./nav.ts";
import { repoRoot } from "./paths.ts";
import { collectExamples, type ValidDocument, validDocuments } from "./schema-examples.ts";
import {
  alternativesOf,
  type DefinitionRef,
  definitionNode,
  isNode,
  propertiesOf,
  resolveRef,
  type SchemaNode,
  schemaFiles,
  textsOf,
} from "./schema-nodes.ts";
import type { Site } from "./site.ts";
import { sitePathOf } from "./source-pages.ts";

const words = {
  title: { en: "Schema reference", nl: "Schemanaslag" },
  intro: {
    en: "Every entity of the standard with each of its properties: type, whether it is required, the English and Dutch label, the description, the codelist and an example. Generated from the JSON Schemas in schemas/ (JSON Schema 2020-12).",
    nl: "Elke entiteit van de standaard met al haar eigenschappen: type, of ze verplicht is, het Nederlandse en Engelse label, de beschrijving, de codelijst en een voorbeeld. Gegenereerd uit de JSON Schemas in schemas/ (JSON Schema 2020-12).",
  },
  entity: { en: "Entity", nl: "Entiteit" },
  file: { en: "Schema file", nl: "Schemabestand" },
  properties: { en: "Properties", nl: "Eigenschappen" },
  property: { en: "Property", nl: "Eigenschap" },
  type: { en: "Type", nl: "Type" },
  required: { en: "required", nl: "verplicht" },
  optional: { en: "optional", nl: "optioneel" },
  requiredHeading: { en: "Required", nl: "Verplicht" },
  label: { en: "Label", nl: "Label" },
  codelist: { en: "Codelist", nl: "Codelijst" },
  open: { en: "open: other codes give a warning", nl: "open: andere codes geven een waarschuwing" },
  closed: { en: "closed: other codes are an error", nl: "gesloten: andere codes zijn een fout" },
  constraints: { en: "Constraints", nl: "Beperkingen" },
  example: { en: "Example", nl: "Voorbeeld" },
  noExample: { en: "none in the schema or the valid examples", nl: "geen in het schema of de geldige voorbeelden" },
  deprecated: { en: "deprecated", nl: "verouderd" },
  listOf: { en: "list of", nl: "lijst van" },
  oneOf: { en: "one of", nl: "een van" },
  typeName: { en: "TypeScript type", nl: "TypeScript-type" },
  definitions: { en: "Definitions", nl: "Definities" },
  length: { en: "length", nl: "lengte" },
  value: { en: "value", nl: "waarde" },
  items: { en: "items", nl: "elementen" },
  unique: { en: "each item once", nl: "elk element één keer" },
  pattern: { en: "pattern", nl: "patroon" },
  exampleRecord: {
    en: "The smallest valid {entity} of the conformance corpus, {file}:",
    nl: "De kleinste geldige {entity} uit het conformancecorpus, {file}:",
  },
} as const satisfies Record<string, Bilingual>;

const stemOf = (file: string) => file.replace(/\.schema\.json$/, "");
const pagePath = (lang: Language, file: string) => `${lang}/schema/${stemOf(file)}.html`;
const anchorOf = (definition: string, property: string) =>
  definition === "" ? `prop-${property}` : `${definition}-${property}`;
const entityOfFile = new Map<string, string>(Object.entries(entityNames).map(([name, file]) => [file, name]));

/** A JSON value, short enough for a table cell. */
function shortJson(value: unknown, max = 120): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

interface Context {
  readonly lang: Language;
  readonly path: string;
  readonly examples: ReadonlyMap<string, ReadonlyMap<string, unknown>>;
}

function definitionLink(context: Context, ref: DefinitionRef): string {
  const label = ref.name === "" ? (entityOfFile.get(ref.file) ?? stemOf(ref.file)) : ref.name;
  const target = `${pagePath(context.lang, ref.file)}${ref.name === "" ? "" : `#${ref.name}`}`;
  return `<a href="${escapeHtml(relativeUrl(context.path, target))}"><code>${escapeHtml(label)}</code></a>`;
}

function typeHtml(context: Context, file: string, node: SchemaNode): string {
  if (typeof node.$ref === "string") return definitionLink(context, resolveRef(file, node.$ref));
  const alternatives = alternativesOf(node);
  if (alternatives.length > 0) {
    return `${words.oneOf[context.lang]} ${alternatives.map((alternative) => typeHtml(context, file, alternative)).join(" | ")}`;
  }
  if (node.type === "array" && isNode(node.items)) {
    return `${words.listOf[context.lang]} ${typeHtml(context, file, node.items)}`;
  }
  const format = typeof node.format === "string" ? ` (${node.format})` : "";
  return `<code>${escapeHtml(String(node.type ?? "any"))}</code>${escapeHtml(format)}`;
}

function constraintsOf(lang: Language, node: SchemaNode): string[] {
  const range = (min: unknown, max: unknown, unit: Bilingual) =>
    min === undefined && max === undefined ? [] : [`${unit[lang]} ${min ?? "…"}–${max ?? "…"}`];
  return [
    ...range(node.minLength, node.maxLength, words.length),
    ...range(node.minimum, node.maximum, words.value),
    ...range(node.minItems, node.maxItems, words.items),
    ...(node.uniqueItems === true ? [words.unique[lang]] : []),
    ...(typeof node.pattern === "string" ? [`${words.pattern[lang]} ${node.pattern}`] : []),
    ...("const" in node ? [`const ${shortJson(node.const)}`] : []),
    ...(Array.isArray(node.enum) && node["x-codelist"] === undefined ? [`enum ${shortJson(node.enum)}`] : []),
  ];
}

/** The codelist of a value, following $ref and array items. */
function codelistOf(file: string, node: SchemaNode): { id: string; open: boolean } | undefined {
  if (typeof node["x-codelist"] === "string") return { id: node["x-codelist"], open: node["x-openCodelist"] === true };
  if (typeof node.$ref === "string") {
    const ref = resolveRef(file, node.$ref);
    return codelistOf(ref.file, definitionNode(ref));
  }
  return isNode(node.items) ? codelistOf(file, node.items) : undefined;
}

/** An example from the schema itself, following $ref and array items. */
function schemaExample(file: string, node: SchemaNode): { value: unknown } | undefined {
  if (Array.isArray(node.examples) && node.examples.length > 0) return { value: node.examples[0] };
  if ("const" in node) return { value: node.const };
  if (typeof node.$ref === "string") {
    const ref = resolveRef(file, node.$ref);
    return schemaExample(ref.file, definitionNode(ref));
  }
  if (isNode(node.items)) {
    const item = schemaExample(file, node.items);
    return item && { value: [item.value] };
  }
  if (Array.isArray(node.enum) && node.enum.length > 0) return { value: node.enum[0] };
  return undefined;
}

function codelistHtml(context: Context, list: { id: string; open: boolean }): string {
  const href = relativeUrl(context.path, `${context.lang}/codelists/${list.id}.html`);
  return `<a href="${escapeHtml(href)}"><code>${escapeHtml(list.id)}</code></a> (${escapeHtml(words[list.open ? "open" : "closed"][context.lang])})`;
}

function labelHtml(lang: Language, title: Bilingual): string {
  const other = otherLanguage(lang);
  return `${escapeHtml(title[lang])} <span class="other-language" lang="${other}">(${other}: ${escapeHtml(title[other])})</span>`;
}

function propertyHtml(context: Context, ref: DefinitionRef, property: ReturnType<typeof propertiesOf>[number]): string {
  const { lang } = context;
  const { title, description } = textsOf(property.node);
  const list = codelistOf(ref.file, property.node);
  const found = context.examples.get(`${ref.file}#${ref.name}`);
  const example =
    (Array.isArray(property.node.examples) && property.node.examples.length > 0
      ? { value: property.node.examples[0] }
      : undefined) ??
    (found?.has(property.name) ? { value: found.get(property.name) } : undefined) ??
    schemaExample(ref.file, property.node);
  const constraints = constraintsOf(lang, property.node);
  const rows = [
    [words.type[lang], typeHtml(context, ref.file, property.node)],
    [words.label[lang], labelHtml(lang, title)],
    ...(list ? [[words.codelist[lang], codelistHtml(context, list)]] : []),
    ...(constraints.length > 0 ? [[words.constraints[lang], escapeHtml(constraints.join("; "))]] : []),
    [
      words.example[lang],
      example ? `<code>${escapeHtml(shortJson(example.value))}</code>` : escapeHtml(words.noExample[lang]),
    ],
  ];
  const badges = [
    `<span class="badge">${escapeHtml(words[property.required ? "required" : "optional"][lang])}</span>`,
    ...(property.node.deprecated === true ? [`<span class="badge">${escapeHtml(words.deprecated[lang])}</span>`] : []),
  ];
  return `<section class="property" id="${escapeHtml(anchorOf(ref.name, property.name))}">
<h4><code>${escapeHtml(property.name)}</code> ${badges.join(" ")}</h4>
<dl>${rows.map(([term, value]) => `<dt>${escapeHtml(term ?? "")}</dt><dd>${value}</dd>`).join("")}</dl>
<p>${escapeHtml(description[lang])}</p>
</section>`;
}

function propertyTable(context: Context, ref: DefinitionRef, node: SchemaNode): string {
  const { lang } = context;
  const rows = propertiesOf(node).map(
    (property) =>
      `<tr><td><a href="#${escapeHtml(anchorOf(ref.name, property.name))}"><code>${escapeHtml(property.name)}</code></a></td><td>${typeHtml(context, ref.file, property.node)}</td><td>${escapeHtml(words[property.required ? "required" : "optional"][lang])}</td><td>${escapeHtml(textsOf(property.node).title[lang])}</td></tr>`,
  );
  return `<table><thead><tr><th>${words.property[lang]}</th><th>${words.type[lang]}</th><th>${words.requiredHeading[lang]}</th><th>${words.label[lang]}</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

function definitionHtml(context: Context, ref: DefinitionRef): string {
  const { lang } = context;
  const node = definitionNode(ref);
  const { title, description } = textsOf(node);
  const heading =
    ref.name === ""
      ? `<h2 id="properties">${escapeHtml(words.properties[lang])}</h2>`
      : `<h3 id="${escapeHtml(ref.name)}">${escapeHtml(title[lang])} <code>${escapeHtml(ref.name)}</code></h3>\n<p>${labelHtml(lang, title)}</p>\n<p>${escapeHtml(description[lang])}</p>`;
  if (isNode(node.properties)) {
    const properties = propertiesOf(node).map((property) => propertyHtml(context, ref, property));
    return `${heading}\n${propertyTable(context, ref, node)}\n${properties.join("\n")}`;
  }
  const list = codelistOf(ref.file, node);
  const example = schemaExample(ref.file, node);
  const constraints = constraintsOf(lang, node);
  const rows = [
    [words.type[lang], typeHtml(context, ref.file, node)],
    ...(list ? [[words.codelist[lang], codelistHtml(context, list)]] : []),
    ...(constraints.length > 0 ? [[words.constraints[lang], escapeHtml(constraints.join("; "))]] : []),
    ...(example ? [[words.example[lang], `<code>${escapeHtml(shortJson(example.value))}</code>`]] : []),
  ];
  return `${heading}\n<div class="property"><dl>${rows.map(([term, value]) => `<dt>${escapeHtml(term ?? "")}</dt><dd>${value}</dd>`).join("")}</dl></div>`;
}

function smallestDocument(documents: readonly ValidDocument[], entity: string): ValidDocument | undefined {
  const size = (document: ValidDocument) => JSON.stringify(document.document).length;
  return documents.filter((document) => document.entity === entity).sort((a, b) => size(a) - size(b))[0];
}

function filePage(context: Context, file: string, documents: readonly ValidDocument[], site: Site): string {
  const { lang } = context;
  const root = definitionNode({ file, name: "" });
  const { title, description } = textsOf(root);
  const entity = entityOfFile.get(file);
  const facts = [
    ...(entity === undefined ? [] : [[words.typeName[lang], `<code>${escapeHtml(entity)}</code>`]]),
    [words.file[lang], `<code>schemas/${escapeHtml(file)}</code>`],
    ["$id", `<code>${escapeHtml(String(root.$id ?? ""))}</code>`],
  ];
  const sections = [
    ...(isNode(root.properties) || alternativesOf(root).length > 0
      ? [definitionHtml(context, { file, name: "" })]
      : []),
  ];
  const defs = isNode(root.$defs) ? Object.keys(root.$defs) : [];
  if (defs.length > 0) {
    sections.push(`<h2 id="definitions">${escapeHtml(words.definitions[lang])}</h2>`);
    sections.push(...defs.map((name) => definitionHtml(context, { file, name })));
  }
  const sample = entity === undefined ? undefined : smallestDocument(documents, entity);
  if (sample) {
    site.assets.set(sitePathOf(sample.path), join(repoRoot, sample.path));
    const link = `<a href="${escapeHtml(relativeUrl(context.path, sitePathOf(sample.path)))}"><code>${escapeHtml(sample.path)}</code></a>`;
    sections.push(
      `<h2 id="example">${escapeHtml(words.example[lang])}</h2>\n<p>${escapeHtml(words.exampleRecord[lang])
        .replace("{entity}", escapeHtml(entity ?? ""))
        .replace(
          "{file}",
          link,
        )}</p>\n<pre><code class="language-json">${escapeHtml(JSON.stringify(sample.document, null, 2))}</code></pre>`,
    );
  }
  return `<h1>${escapeHtml(title[lang])}${entity === undefined ? "" : ` <code>${escapeHtml(entity)}</code>`}</h1>
<p>${labelHtml(lang, title)}</p>
<p>${escapeHtml(description[lang])}</p>
<dl class="facts">${facts.map(([term, value]) => `<dt>${escapeHtml(term ?? "")}</dt><dd>${value}</dd>`).join("")}</dl>
${sections.join("\n")}`;
}

/** The schema files in the order of the index: the entities alphabetically, then the shared definitions. */
export function schemaFileNames(): string[] {
  const entities = Object.values(entityNames) as string[];
  return [...entities, ...Object.keys(schemaFiles).filter((file) => !entities.includes(file))];
}

/** Adds the schema reference in both languages: an index and a page per schema file. */
export function addSchemaPages(site: Site): void {
  const documents = validDocuments();
  // the codelist files are valid Codelist documents too, and the only ones with some of its properties
  const codelistDocuments = Object.entries(codelists).map(([id, document]) => ({
    entity: "Codelist",
    path: `schemas/codelists/${id}.json`,
    document,
  }));
  const examples = collectExamples([...documents, ...codelistDocuments]);
  for (const lang of languages) {
    const index = referenceIndexes(lang).schema;
    const rows = schemaFileNames().map((file) => {
      const { title, description } = textsOf(definitionNode({ file, name: "" }));
      const entity = entityOfFile.get(file);
      const href = relativeUrl(index, pagePath(lang, file));
      return `<tr><td><a href="${escapeHtml(href)}">${escapeHtml(title[lang])}</a></td><td>${entity === undefined ? "" : `<code>${escapeHtml(entity)}</code>`}</td><td>${escapeHtml(description[lang])}</td></tr>`;
    });
    site.pages.push({
      path: index,
      lang,
      title: words.title[lang],
      section: "reference",
      counterpart: referenceIndexes(otherLanguage(lang)).schema,
      body: `<h1>${escapeHtml(words.title[lang])}</h1>\n<p>${escapeHtml(words.intro[lang])}</p>\n<table><thead><tr><th>${escapeHtml(words.entity[lang])}</th><th>${escapeHtml(words.typeName[lang])}</th><th></th></tr></thead><tbody>${rows.join("")}</tbody></table>`,
    });
    for (const file of schemaFileNames()) {
      const path = pagePath(lang, file);
      site.pages.push({
        path,
        lang,
        title: textsOf(definitionNode({ file, name: "" })).title[lang],
        section: "reference",
        parent: index,
        counterpart: pagePath(otherLanguage(lang), file),
        body: filePage({ lang, path, examples }, file, documents, site),
      });
    }
  }
}
