import type { en } from "./en.ts";

/** The Dutch catalogue: the same keys and placeholders as the English one. */
export const nl: Record<keyof typeof en, string> = {
  "program.description":
    "Controleer en converteer mra-circulair-uitwisselingsbestanden, maak voortgangsrapportages en synthetische testgegevens en raadpleeg de referentiegegevens circulair inkopen van de MRA.",
  "program.examples":
    "  mra-circulair validate dataset.json --summary                 controleer een Dataset en beschrijf haar\n  mra-circulair validate data.ndjson --format sarif             een rapport voor code scanning\n  mra-circulair convert dataset.json --to xlsx --out data.xlsx  een werkmap om te bewerken\n  mra-circulair report dataset.json --out report.html           de voortgangsrapportage, met grafieken\n  mra-circulair template procurements --to xlsx --out p.xlsx    een lege tabel om in te vullen\n  mra-circulair example --records 1000 --out test.ndjson        synthetische testgegevens\n  mra-circulair signatories --on 2023-01-01                     wie op 1 januari 2023 gebonden was\n  mra-circulair successor Weesp --lang en                       het antwoord in het Engels\n  mra-circulair codelists subregion                             de codes van één codelijst",
  "option.lang": "taal van de uitvoer: nl of en (standaard nl als LANG met nl begint, anders en)",
  "option.help": "toon hulp bij een opdracht",
  "option.version": "toon het versienummer",
  "option.json": "druk machineleesbare JSON af",
  "command.help": "toon hulp bij een opdracht",
  "help.usage": "Gebruik:",
  "help.arguments": "Argumenten:",
  "help.options": "Opties:",
  "help.globalOptions": "Algemene opties:",
  "help.commands": "Opdrachten:",
  "help.examples": "Voorbeelden:",

  "signatories.description":
    "Toon de ondertekenaars van de verklaring op een datum, rekening houdend met herindelingen.",
  "signatories.option.on": "de datum waarop je kijkt, JJJJ-MM-DD (standaard: vandaag)",
  "signatories.option.declaration": "de identificator van de verklaring (standaard: de enige in de referentiegegevens)",
  "signatories.option.kind": "alleen organisaties van deze soort: gemeente, provincie of vervoerregio",
  "signatories.examples":
    "  mra-circulair signatories                         wie vandaag aan de verklaring gebonden is\n  mra-circulair signatories --on 2018-06-20         wie op de dag zelf tekende\n  mra-circulair signatories --kind gemeente --json  de gemeenten, als JSON",
  "signatories.title": "Ondertekenaars van {declaration} op {date}",
  "signatories.none": "Geen ondertekenaars op {date}.",
  "signatories.column.name": "Naam",
  "signatories.column.cbsCode": "CBS-code",
  "signatories.column.kind": "Soort",
  "signatories.column.subregion": "Deelregio",
  "signatories.column.signedOn": "Ondertekend op",
  "signatories.total": "{counts} ({total} in totaal)",
  "count.gemeente.one": "{count} gemeente",
  "count.gemeente.other": "{count} gemeenten",
  "count.provincie.one": "{count} provincie",
  "count.provincie.other": "{count} provincies",
  "count.vervoerregio.one": "{count} vervoerregio",
  "count.vervoerregio.other": "{count} vervoerregio's",
  "count.other.one": "{count} andere organisatie",
  "count.other.other": "{count} andere organisaties",

  "successor.description": "Toon welke organisatie een opgeheven organisatie voortzet, over alle herindelingen heen.",
  "successor.argument": "een naam (Weesp) of een CBS-code (GM0457)",
  "successor.examples":
    '  mra-circulair successor Weesp                             op naam\n  mra-circulair successor GM0439 --json                     op CBS-code, als JSON\n  mra-circulair successor "Haarlemmerliede en Spaarnwoude"  een naam met spaties',
  "successor.link": "-> {to} sinds {date} ({type})",
  "successor.never": "{organisation} is nooit in een andere organisatie opgegaan; ze bestaat nog.",
  "successor.ended": "{organisation} bestaat sinds {date} niet meer; er is geen opvolger vastgelegd.",

  "validate.description":
    "Controleer uitwisselingsbestanden (JSON, NDJSON, CSV, XLSX) aan de schema's en de regels, samen als één dataset.",
  "validate.argument":
    "de te controleren bestanden; een verwijzing in het ene bestand mag naar een record in een ander wijzen",
  "validate.option.format": "het rapport: text, json, junit of sarif (standaard: text)",
  "validate.option.maxErrors": "toon hoogstens N bevindingen (standaard 1000); de tellingen blijven volledig",
  "validate.option.summary": "beschrijf bij een geldige JSON-dataset ook wat erin staat (met --format text)",
  "validate.examples":
    "  mra-circulair validate dataset.json --summary                     controleer een Dataset en beschrijf wat erin staat\n  mra-circulair validate data.ndjson --format json --max-errors 20  een rapport voor scripts, met volledige tellingen\n  mra-circulair validate organisations.csv procurements.csv         één CSV-bestand per entiteit, samen gecontroleerd\n  mra-circulair validate amsterdam.json --entity Organisation       controleer één Organisation\n  mra-circulair validate data.ndjson --format junit > report.xml    een rapport voor CI",
  "validate.summaryNotDataset": "{file}: --summary beschrijft alleen een JSON-datasetdocument",
  "validate.summaryFormat": "--summary gaat alleen samen met --format text",
  "validate.option.jobs":
    "valideer NDJSON op N threads tegelijk, de hoofdthread en N - 1 workers, die elk zo'n 50 tot 100 MB meer geheugen gebruiken (standaard 1)",
  "validate.threadFailed": "een validatiethread is mislukt: {reason}",

  "input.option.entity":
    "de entiteit van een JSON-document met één record of van een CSV-bestand: Procurement, purchase-package of procurements (standaard: de sleutels van het document; de naam van een CSV-bestand, zoals procurements.csv)",
  "input.option.inputFormat": "json, ndjson, csv of xlsx (standaard: volgens de extensie van het bestand)",
  "input.option.delimiter": 'het scheidingsteken van een CSV-bestand: ",", ";" of tab (standaard: volgens de kopregel)',
  "input.option.encoding":
    "de codering van een CSV-bestand: utf-8 of windows-1252 (standaard: UTF-8, of Windows-1252 als het bestand geen UTF-8 is)",
  "input.option.decimal":
    'het decimaalteken in tekst van CSV en XLSX: "." of "," (standaard: "," bij het scheidingsteken ";", anders ".")',
  "input.option.dateFormat":
    "hoe datums in tekst van CSV en XLSX staan: iso (2024-05-01) of dd-mm-yyyy (standaard: iso)",
  "input.option.maxDepth":
    "de diepste nesting van een record (standaard 64); een dieper record wordt geweigerd, met vindplaats",
  "input.option.maxRecordBytes":
    "de grootste NDJSON-regel of het grootste CSV-record in bytes (standaard 10485760); een groter wordt overgeslagen, met vindplaats",
  "input.detected": "{file}: gelezen als één {entity}, volgens de sleutels; noem een andere met --entity",
  "progress.records": "{count} records",

  "summary.title": "{file} bevat:",
  "summary.publisher": "Uitgever",
  "summary.license": "Licentie",
  "summary.publishedAt": "Gepubliceerd",
  "summary.declaration": "Verklaring {id}: {title}",
  "summary.signatories": "Ondertekenaars",
  "summary.targets": "Streefwaarden",
  "summary.target": "{year}: {value} {unit} ({status})",
  "list.organisations": "Organisaties",
  "list.declarations": "Verklaringen",
  "list.signatures": "Ondertekeningen",
  "list.roadmaps": "Roadmaps",
  "list.goals": "Doelen",
  "list.purchasePackages": "Inkooppakketten",
  "list.tracks": "Werksporen",
  "list.criteria": "Criteria",
  "list.mviLinks": "MVI-koppelingen",
  "list.indicatorDefinitions": "Indicatordefinities",
  "list.observations": "Waarnemingen",
  "list.procurements": "Aanbestedingen",

  "convert.description":
    "Zet een uitwisselingsbestand om naar een ander formaat en controleer het onderweg: bij fouten wordt niets geschreven, tenzij met --force.",
  "convert.argument": "het om te zetten bestand",
  "convert.option.to": "het formaat om te schrijven: json, ndjson, csv of xlsx",
  "convert.option.out":
    "het bestand om te schrijven (standaard: de standaarduitvoer); bij CSV van een hele dataset de map voor één CSV-bestand per entiteit",
  "convert.option.force": "schrijf de uitvoer ook als de invoer fouten bevat (de exitcode blijft 1)",
  "convert.examples":
    '  mra-circulair convert dataset.json --to xlsx --out dataset.xlsx       een werkmap, één blad per entiteit\n  mra-circulair convert dataset.json --to csv --out tabellen/           één CSV-bestand per entiteit\n  mra-circulair convert procurements.csv --delimiter ";" --to json      een export uit Nederlandse Excel als JSON\n  mra-circulair convert data.ndjson --to json > dataset.json            NDJSON terug naar één document\n  mra-circulair convert broken.json --to ndjson --force --out x.ndjson  omzetten ondanks fouten',
  "convert.option.outDelimiter":
    'het scheidingsteken van geschreven CSV: ",", ";" (Nederlandse Excel, met decimale komma\'s) of tab (standaard: ",")',
  "convert.option.headings":
    "de kolomkoppen van geschreven CSV en XLSX: path (de eigenschapspaden, standaard), en of nl (de titels)",
  "convert.xlsxNeedsOut": "--to xlsx schrijft een werkmap, geen tekst: noem het bestand met --out",
  "convert.csvNeedsDirectory":
    "{file} bevat een hele dataset, die één CSV-bestand per entiteit wordt: noem een map met --out",
  "convert.noTable": "{file}: de gegevens zijn niet als {format} te schrijven: {reason}",
  "convert.invalid": "{file}: {errors}; niets geschreven. Herstel de gegevens, of zet toch om met --force.",
  "convert.forced": "{file}: {records} geschreven ondanks {errors} (--force)",
  "convert.written": "{file}: {records} geschreven als {format}",
  "convert.sameFile": "{file}: de uitvoer zou de invoer overschrijven; kies een andere --out",

  "template.description":
    "Schrijf een lege tabel van één entiteit om in te vullen: de kolomkoppen in de gekozen taal en een rij met codelijsthints.",
  "template.argument": "de entiteit: Procurement, purchase-package, procurements of meta",
  "template.option.to": "csv of xlsx",
  "template.option.out": "het bestand om te schrijven (standaard: de standaarduitvoer; xlsx vraagt een bestand)",
  "template.option.delimiter":
    'het scheidingsteken van een CSV-sjabloon (standaard: ";" in het Nederlands, zoals Nederlandse Excel verwacht, "," in het Engels)',
  "template.examples":
    '  mra-circulair template procurements --to xlsx --out aanbestedingen.xlsx --lang nl  een Nederlandse werkmap om in te vullen\n  mra-circulair template organisation --to csv > organisations.csv                   een CSV-sjabloon met Engelse kolomkoppen\n  mra-circulair template meta --to csv --delimiter "," --out meta.csv                de metagegevens, met komma\'s gescheiden',
  "template.written": "{file}: een lege {entity}-tabel geschreven als {format}",

  "example.description":
    "Schrijf een synthetische dataset om de hulpmiddelen op te proberen: de referentiegegevens plus N verzonnen aanbestedingen met hun criteria en waarnemingen; dezelfde seed geeft dezelfde bytes.",
  "example.option.records": "het aantal aanbestedingen (standaard 100)",
  "example.option.seed": "de seed, een geheel getal van 0 tot en met 4294967295 (standaard 1)",
  "example.option.out": "het bestand om te schrijven (standaard: de standaarduitvoer)",
  "example.option.format":
    "json of ndjson (standaard: volgens de extensie van --out; anders json tot 10000 aanbestedingen, daarboven ndjson)",
  "example.examples":
    "  mra-circulair example                                             100 aanbestedingen als JSON, op de standaarduitvoer\n  mra-circulair example --records 1000 --seed 7 --out test.json     een dataset om te openen en te lezen\n  mra-circulair example --records 1000000 --out big.ndjson          een miljoen aanbestedingen, gestroomd\n  mra-circulair example --records 50000 --format ndjson | gzip > x  door een pipe",
  "example.tooLargeForJson":
    "--format json bevat hoogstens {max} aanbestedingen in één document, niet {records}; gebruik --format ndjson",
  "example.written": "{file}: de referentiegegevens en {procurements} geschreven als {format}",
  "count.procurement.one": "{count} aanbesteding",
  "count.procurement.other": "{count} aanbestedingen",

  "codelists.description": "Toon de codelijsten, of de codes van één codelijst.",
  "codelists.argument": "de identificator van een codelijst, zoals subregion",
  "codelists.examples":
    "  mra-circulair codelists              alle codelijsten\n  mra-circulair codelists subregion    de codes van één codelijst\n  mra-circulair codelists unit --json  één codelijst als JSON, in beide talen",
  "codelists.column.id": "Codelijst",
  "codelists.column.kind": "Soort",
  "codelists.column.codes": "Aantal codes",
  "codelists.column.title": "Titel",
  "codelists.open": "open",
  "codelists.closed": "gesloten",
  "codelists.heading": "{title} ({id}, versie {version}, {kind})",
  "codelists.deprecated": "(vervallen)",

  "report.description":
    "Maak de voortgangsrapportage van een dataset: voortgang ten opzichte van de doelen van de intentieverklaring, het verloop, de verdeling naar MVOI-thema en R-strategie, als HTML met grafieken die zonder netwerk opent, of als JSON, CSV of Markdown.",
  "report.argument": "de dataset: een JSON-dataset, NDJSON, of meer bestanden die samen één dataset vormen",
  "report.option.out": "het bestand om te schrijven (standaard: standaarduitvoer)",
  "report.option.format": "html, json, csv of md (standaard: de extensie van --out, anders html)",
  "report.option.geography":
    "hoe fusies tellen: as-is (de geschiedenis van een gefuseerde gemeente telt voor de gemeente die haar voortzet; de standaard) of as-was (voor de organisatie van toen)",
  "report.option.rule":
    "een telregel als JSON: welke aanbestedingen als circulair tellen (standaard: de ingebouwde regel mra-circulair-default)",
  "report.examples":
    "  mra-circulair report dataset.json --out rapport.html                de rapportage als één HTML-bestand\n  mra-circulair report dataset.json --lang en --out report.html       in het Engels\n  mra-circulair report data.ndjson --format csv --out resultaten.csv  elke waarde als rij, voor een spreadsheet\n  mra-circulair report dataset.json --format md > rapport.md          de tabellen als Markdown\n  mra-circulair report dataset.json --geography as-was --rule r.json  fusies zoals ze waren, eigen telregel",
  "report.invalid": "{errors} in de invoer; geen rapportage geschreven. Herstel eerst de gegevens.",
  "report.noMeta":
    'de invoer bevat geen metagegevens van de dataset (meta); een rapportage noemt de dataset waaruit ze is gemaakt. Voeg een meta-record toe (meta.csv, of "meta" in een JSON-dataset).',
  "report.ruleInvalid": "{file}: geen geldige telregel ({problems}); geen rapportage geschreven",
  "report.written": "{file}: voortgangsrapportage geschreven als {format}",
  "count.problem.one": "{count} probleem",
  "count.problem.other": "{count} problemen",

  "error.label": "fout",
  "error.hint": 'Zie "{command} --help" voor het gebruik.',
  "error.internal": "onverwachte interne fout: {reason}",
  "error.debug": "Zet MRA_CIRCULAIR_DEBUG=1 om de stack trace te zien.",
  "usage.unknownCommand": "onbekende opdracht {command}",
  "usage.unknownOption": "onbekende optie {option}",
  "usage.unknownCommandSuggestion": "onbekende opdracht {command} (bedoel je {suggestion}?)",
  "usage.unknownOptionSuggestion": "onbekende optie {option} (bedoel je {suggestion}?)",
  "usage.missingArgument": "het argument {argument} ontbreekt",
  "usage.optionMissingArgument": "de optie {option} heeft een waarde nodig",
  "usage.missingOption": "de optie {option} is verplicht",
  "usage.excessArguments": "te veel argumenten",
  "usage.invalid": "de opdrachtregel is niet geldig",
  "usage.lang": "onbekende taal {value}; kies nl of en",
  "usage.date": "{option} moet een bestaande kalenderdatum zijn in de vorm JJJJ-MM-DD, niet {value}",
  "usage.choice": "{option} moet een van {choices} zijn, niet {value}",
  "usage.count": "{option} moet een geheel getal van 0 of meer zijn, niet {value}",
  "usage.jobs": "--jobs moet een geheel getal van 1 of meer zijn, niet {value}",
  "unknown.declaration": "geen verklaring {id} in de referentiegegevens; die bevatten: {known}",
  "unknown.organisation":
    "geen organisatie {query} in de referentiegegevens; geef een naam (Weesp) of een CBS-code (GM0457)",
  "unknown.codelist": 'geen codelijst {id}; "mra-circulair codelists" toont ze allemaal',
  "unknown.entity":
    "onbekende entiteit {entity}; noem een entiteit van de standaard, zoals Organisation, PurchasePackage of Dataset",
  "usage.integer": "{option} moet een geheel getal van {min} tot en met {max} zijn, niet {value}",
  "entity.required":
    '{file}: niet te bepalen welke entiteit dit document bevat: het heeft geen "meta"-object, dus het is geen Dataset, en de sleutels passen bij geen entiteit. Noem de entiteit met --entity, bijvoorbeeld --entity Organisation.',
  "entity.ambiguous":
    "{file}: de sleutels van dit document passen bij meerdere entiteiten ({entities}); noem er één met --entity",
  "entity.csvRequired":
    "{file}: aan deze naam is de entiteit van een CSV-bestand niet te zien; noem het bestand naar de entiteit (procurements.csv) of gebruik --entity met een van: {entities}",
  "entity.notTabular": "{entity} heeft geen CSV-vorm; een CSV-bestand bevat een van: {entities}",
  "format.unknown":
    "{file}: het formaat is niet af te leiden uit de extensie; noem het met --input-format json, ndjson, csv of xlsx",
  "read.missing": "{file}: het bestand bestaat niet",
  "read.directory": "{file}: is een map, geen bestand",
  "read.denied": "{file}: geen toegang",
  "read.failed": "{file}: het bestand is niet te lezen ({reason})",
  "write.noDirectory": "{file}: de map om in te schrijven bestaat niet",
  "write.directory": "{file}: is een map; noem een bestand",
  "write.denied": "{file}: geen schrijfrechten",
  "write.notDirectory": "{file}: is een bestand, geen map",
  "write.failed": "{file}: het bestand is niet te schrijven ({reason})",
  "count.error.one": "{count} fout",
  "count.error.other": "{count} fouten",
  "count.record.one": "{count} record",
  "count.record.other": "{count} records",
};
