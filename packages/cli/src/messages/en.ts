/** The English catalogue; its keys and placeholders are the reference the Dutch one must match. */
export const en = {
  "program.description":
    "Validate and convert mra-circulair exchange files, write progress reports, make synthetic test data, and look up the MRA circular procurement reference data.",
  "program.examples":
    "  mra-circulair validate dataset.json --summary                 check a Dataset and describe it\n  mra-circulair validate data.ndjson --format sarif             a report for code scanning\n  mra-circulair convert dataset.json --to xlsx --out data.xlsx  a workbook to edit\n  mra-circulair report dataset.json --out report.html           the progress report, with charts\n  mra-circulair template procurements --to xlsx --out p.xlsx    an empty table to fill in\n  mra-circulair example --records 1000 --out test.ndjson        synthetic test data\n  mra-circulair signatories --on 2023-01-01                     who was bound on 1 January 2023\n  mra-circulair successor Weesp --lang nl                       the answer in Dutch\n  mra-circulair codelists subregion                             the codes of one codelist",
  "option.lang": "language of the output: nl or en (default nl when LANG starts with nl, otherwise en)",
  "option.help": "show help for a command",
  "option.version": "show the version number",
  "option.json": "print machine-readable JSON",
  "command.help": "show help for a command",
  "help.usage": "Usage:",
  "help.arguments": "Arguments:",
  "help.options": "Options:",
  "help.globalOptions": "Global options:",
  "help.commands": "Commands:",
  "help.examples": "Examples:",

  "signatories.description": "List the signatories of the declaration on a date, with mergers taken into account.",
  "signatories.option.on": "the date to look at, YYYY-MM-DD (default: today)",
  "signatories.option.declaration": "the declaration's identifier (default: the only one in the reference data)",
  "signatories.option.kind": "only organisations of this kind: gemeente, provincie or vervoerregio",
  "signatories.examples":
    "  mra-circulair signatories                         who is bound by the declaration today\n  mra-circulair signatories --on 2018-06-20         who signed on the day itself\n  mra-circulair signatories --kind gemeente --json  the municipalities, as JSON",
  "signatories.title": "Signatories of {declaration} on {date}",
  "signatories.none": "No signatories on {date}.",
  "signatories.column.name": "Name",
  "signatories.column.cbsCode": "CBS code",
  "signatories.column.kind": "Kind",
  "signatories.column.subregion": "Subregion",
  "signatories.column.signedOn": "Signed on",
  "signatories.total": "{counts} ({total} in all)",
  "count.gemeente.one": "{count} municipality",
  "count.gemeente.other": "{count} municipalities",
  "count.provincie.one": "{count} province",
  "count.provincie.other": "{count} provinces",
  "count.vervoerregio.one": "{count} transport authority",
  "count.vervoerregio.other": "{count} transport authorities",
  "count.other.one": "{count} other organisation",
  "count.other.other": "{count} other organisations",

  "successor.description": "Tell which organisation continues a merged one, following every merger.",
  "successor.argument": "a name (Weesp) or a CBS code (GM0457)",
  "successor.examples":
    '  mra-circulair successor Weesp                             by name\n  mra-circulair successor GM0439 --json                     by CBS code, as JSON\n  mra-circulair successor "Haarlemmerliede en Spaarnwoude"  a name with spaces',
  "successor.link": "-> {to} since {date} ({type})",
  "successor.never": "{organisation} never merged into another organisation; it still exists.",
  "successor.ended": "{organisation} ceased to exist on {date}; no successor is recorded.",

  "validate.description":
    "Check exchange files (JSON, NDJSON, CSV, XLSX) against the schemas and the rules, together as one dataset.",
  "validate.argument": "the files to check; a reference in one file may point to a record in another",
  "validate.option.format": "the report: text, json, junit or sarif (default: text)",
  "validate.option.maxErrors": "print at most N findings (default 1000); the counts stay complete",
  "validate.option.summary": "for a valid JSON dataset, also describe what it holds (with --format text)",
  "validate.examples":
    "  mra-circulair validate dataset.json --summary                     check a Dataset and describe what it holds\n  mra-circulair validate data.ndjson --format json --max-errors 20  a report for scripts, counts complete\n  mra-circulair validate organisations.csv procurements.csv         one CSV file per entity, checked together\n  mra-circulair validate amsterdam.json --entity Organisation       check one Organisation\n  mra-circulair validate data.ndjson --format junit > report.xml    a report for CI",
  "validate.summaryNotDataset": "{file}: --summary describes a JSON dataset document only",
  "validate.summaryFormat": "--summary goes with --format text only",
  "validate.option.jobs":
    "validate NDJSON on N threads at once, the main thread and N - 1 workers, each taking some 50 to 100 MB more memory (default 1)",
  "validate.threadFailed": "a validation thread failed: {reason}",

  "input.option.entity":
    "the entity of a single-record JSON document or of a CSV file: Procurement, purchase-package or procurements (default: the document's keys tell; a CSV file's name, such as procurements.csv)",
  "input.option.inputFormat": "json, ndjson, csv or xlsx (default: from the file's extension)",
  "input.option.delimiter": 'the delimiter of a CSV file: ",", ";" or tab (default: found in the heading line)',
  "input.option.encoding":
    "the encoding of a CSV file: utf-8 or windows-1252 (default: UTF-8, or Windows-1252 when the file is not UTF-8)",
  "input.option.decimal":
    'the decimal separator in CSV and XLSX text: "." or "," (default: "," with the delimiter ";", otherwise ".")',
  "input.option.dateFormat":
    "how dates are written in CSV and XLSX text: iso (2024-05-01) or dd-mm-yyyy (default: iso)",
  "input.option.maxDepth": "the deepest nesting of a record (default 64); a deeper record is refused, with its place",
  "input.option.maxRecordBytes":
    "the largest NDJSON line or CSV record in bytes (default 10485760); a larger one is skipped, with its place",
  "input.detected": "{file}: read as one {entity}, as its keys tell; name another with --entity",
  "progress.records": "{count} records",

  "summary.title": "{file} holds:",
  "summary.publisher": "Publisher",
  "summary.license": "Licence",
  "summary.publishedAt": "Published",
  "summary.declaration": "Declaration {id}: {title}",
  "summary.signatories": "Signatories",
  "summary.targets": "Targets",
  "summary.target": "{year}: {value} {unit} ({status})",
  "list.organisations": "Organisations",
  "list.declarations": "Declarations",
  "list.signatures": "Signatures",
  "list.roadmaps": "Roadmaps",
  "list.goals": "Goals",
  "list.purchasePackages": "Purchase packages",
  "list.tracks": "Tracks",
  "list.criteria": "Criteria",
  "list.mviLinks": "MVI links",
  "list.indicatorDefinitions": "Indicator definitions",
  "list.observations": "Observations",
  "list.procurements": "Procurements",

  "convert.description":
    "Convert an exchange file to another format, validating it on the way: nothing is written when it has errors, unless --force.",
  "convert.argument": "the file to convert",
  "convert.option.to": "the format to write: json, ndjson, csv or xlsx",
  "convert.option.out":
    "the file to write (default: standard output); for CSV of a whole dataset, the directory for one CSV file per entity",
  "convert.option.force": "write the output even when the input has errors (the exit code stays 1)",
  "convert.examples":
    '  mra-circulair convert dataset.json --to xlsx --out dataset.xlsx       a workbook, one sheet per entity\n  mra-circulair convert dataset.json --to csv --out tables/             one CSV file per entity\n  mra-circulair convert procurements.csv --delimiter ";" --to json      a Dutch Excel export as JSON\n  mra-circulair convert data.ndjson --to json > dataset.json            NDJSON back into one document\n  mra-circulair convert broken.json --to ndjson --force --out x.ndjson  convert despite errors',
  "convert.option.outDelimiter":
    'the delimiter of written CSV: ",", ";" (Dutch Excel, with decimal commas) or tab (default: ",")',
  "convert.option.headings":
    "the column headings of written CSV and XLSX: path (the property paths, the default), en or nl (the titles)",
  "convert.xlsxNeedsOut": "--to xlsx writes a workbook, not text: name the file with --out",
  "convert.csvNeedsDirectory":
    "{file} holds a whole dataset, which becomes one CSV file per entity: name a directory with --out",
  "convert.noTable": "{file}: the data cannot be written as {format}: {reason}",
  "convert.invalid": "{file}: {errors}; nothing written. Fix the data, or convert anyway with --force.",
  "convert.forced": "{file}: {records} written despite {errors} (--force)",
  "convert.written": "{file}: {records} written as {format}",
  "convert.sameFile": "{file}: the output would overwrite the input; choose another --out",

  "template.description":
    "Write an empty table of one entity to fill in: the column headings in the chosen language and a row of codelist hints.",
  "template.argument": "the entity: Procurement, purchase-package, procurements or meta",
  "template.option.to": "csv or xlsx",
  "template.option.out": "the file to write (default: standard output; xlsx needs a file)",
  "template.option.delimiter":
    'the delimiter of a CSV template (default: ";" in Dutch, as Dutch Excel expects, "," in English)',
  "template.examples":
    '  mra-circulair template procurements --to xlsx --out aanbestedingen.xlsx --lang nl  a Dutch workbook to fill in\n  mra-circulair template organisation --to csv > organisations.csv                   a CSV template with English headings\n  mra-circulair template meta --to csv --delimiter "," --out meta.csv                the metadata, comma-separated',
  "template.written": "{file}: an empty {entity} table written as {format}",

  "example.description":
    "Write a synthetic dataset to try the tools on: the reference data plus N made-up procurements with their criteria and observations; the same seed gives the same bytes.",
  "example.option.records": "the number of procurements (default 100)",
  "example.option.seed": "the seed, a whole number from 0 to 4294967295 (default 1)",
  "example.option.out": "the file to write (default: standard output)",
  "example.option.format":
    "json or ndjson (default: the extension of --out; otherwise json up to 10000 procurements, ndjson above)",
  "example.examples":
    "  mra-circulair example                                             100 procurements as JSON, on standard output\n  mra-circulair example --records 1000 --seed 7 --out test.json     a dataset to open and read\n  mra-circulair example --records 1000000 --out big.ndjson          a million procurements, streamed\n  mra-circulair example --records 50000 --format ndjson | gzip > x  through a pipe",
  "example.tooLargeForJson":
    "--format json holds at most {max} procurements in one document, not {records}; use --format ndjson",
  "example.written": "{file}: the reference data and {procurements} written as {format}",
  "count.procurement.one": "{count} procurement",
  "count.procurement.other": "{count} procurements",

  "codelists.description": "List the codelists, or the codes of one codelist.",
  "codelists.argument": "a codelist identifier, such as subregion",
  "codelists.examples":
    "  mra-circulair codelists              every codelist\n  mra-circulair codelists subregion    the codes of one codelist\n  mra-circulair codelists unit --json  one codelist as JSON, in both languages",
  "codelists.column.id": "Codelist",
  "codelists.column.kind": "Kind",
  "codelists.column.codes": "Codes",
  "codelists.column.title": "Title",
  "codelists.open": "open",
  "codelists.closed": "closed",
  "codelists.heading": "{title} ({id}, version {version}, {kind})",
  "codelists.deprecated": "(deprecated)",

  "report.description":
    "Write the progress report of a dataset: progress against the declaration's targets, the trend, the split by MVOI theme and R-strategy, as HTML with charts that opens offline, or as JSON, CSV or Markdown.",
  "report.argument": "the dataset: a JSON dataset, NDJSON, or several files that together form one dataset",
  "report.option.out": "the file to write (default: standard output)",
  "report.option.format": "html, json, csv or md (default: the extension of --out, otherwise html)",
  "report.option.geography":
    "how mergers count: as-is (a merged municipality's history counts for the one that continues it; the default) or as-was (for the organisation of the time)",
  "report.option.rule":
    "a counting rule as JSON: which procurements count as circular (default: the built-in rule mra-circulair-default)",
  "report.examples":
    "  mra-circulair report dataset.json --out report.html                 the report as one HTML file\n  mra-circulair report dataset.json --lang nl --out rapport.html      in Dutch\n  mra-circulair report data.ndjson --format csv --out results.csv     every value as a row, for a spreadsheet\n  mra-circulair report dataset.json --format md > report.md          the tables as Markdown\n  mra-circulair report dataset.json --geography as-was --rule r.json  mergers as they were, own counting rule",
  "report.invalid": "{errors} in the input; no report written. Fix the data first.",
  "report.noMeta":
    'the input holds no dataset metadata (meta); a report names the dataset it was made from. Add a meta record (meta.csv, or "meta" in a JSON dataset).',
  "report.ruleInvalid": "{file}: not a valid counting rule ({problems}); no report written",
  "report.written": "{file}: progress report written as {format}",
  "count.problem.one": "{count} problem",
  "count.problem.other": "{count} problems",

  "error.label": "error",
  "error.hint": 'Run "{command} --help" for usage.',
  "error.internal": "unexpected internal error: {reason}",
  "error.debug": "Set MRA_CIRCULAIR_DEBUG=1 to see the stack trace.",
  "usage.unknownCommand": "unknown command {command}",
  "usage.unknownOption": "unknown option {option}",
  "usage.unknownCommandSuggestion": "unknown command {command} (did you mean {suggestion}?)",
  "usage.unknownOptionSuggestion": "unknown option {option} (did you mean {suggestion}?)",
  "usage.missingArgument": "the argument {argument} is missing",
  "usage.optionMissingArgument": "the option {option} needs a value",
  "usage.missingOption": "the option {option} is required",
  "usage.excessArguments": "too many arguments",
  "usage.invalid": "the command line is not valid",
  "usage.lang": "unknown language {value}; choose nl or en",
  "usage.date": "{option} must be an existing calendar date in the form YYYY-MM-DD, not {value}",
  "usage.choice": "{option} must be one of {choices}, not {value}",
  "usage.count": "{option} must be a whole number of 0 or more, not {value}",
  "usage.jobs": "--jobs must be a whole number of 1 or more, not {value}",
  "unknown.declaration": "no declaration {id} in the reference data; it holds: {known}",
  "unknown.organisation": "no organisation {query} in the reference data; give a name (Weesp) or a CBS code (GM0457)",
  "unknown.codelist": 'no codelist {id}; run "mra-circulair codelists" to list them',
  "unknown.entity":
    "unknown entity {entity}; name an entity of the standard, such as Organisation, PurchasePackage or Dataset",
  "usage.integer": "{option} must be a whole number from {min} to {max}, not {value}",
  "entity.required":
    '{file}: cannot tell which entity this document holds: it has no "meta" object, so it is no Dataset, and its keys fit no entity. Name the entity with --entity, for example --entity Organisation.',
  "entity.ambiguous": "{file}: the keys of this document fit several entities ({entities}); name one with --entity",
  "entity.csvRequired":
    "{file}: cannot tell the entity of a CSV file from this name; name the file after its entity (procurements.csv) or use --entity with one of: {entities}",
  "entity.notTabular": "{entity} has no CSV form; a CSV file holds one of: {entities}",
  "format.unknown":
    "{file}: cannot tell the format from the file's extension; name it with --input-format json, ndjson, csv or xlsx",
  "read.missing": "{file}: the file does not exist",
  "read.directory": "{file}: is a directory, not a file",
  "read.denied": "{file}: permission denied",
  "read.failed": "{file}: cannot read the file ({reason})",
  "write.noDirectory": "{file}: the directory to write in does not exist",
  "write.directory": "{file}: is a directory; name a file",
  "write.denied": "{file}: permission denied",
  "write.notDirectory": "{file}: is a file, not a directory",
  "write.failed": "{file}: cannot write the file ({reason})",
  "count.error.one": "{count} error",
  "count.error.other": "{count} errors",
  "count.record.one": "{count} record",
  "count.record.other": "{count} records",
} as const;
