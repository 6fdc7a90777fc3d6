// THIS FILE IS GENERATED FROM schemas/ BY @mra-circulair/codegen. DO NOT EDIT. Run `pnpm generate`.

/** Every schema file of schemas/, verbatim, by file name. */
export const schemas = {
  "codelist.schema.json": {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://mra-circulair.nl/schema/1.0/codelist.schema.json",
    title: "Codelist",
    description:
      "A codelist file: the codes a coded property may take, each with a Dutch and an English label, its evidence status and its sources. Codes are never translated. A closed list is complete; codes outside an open list are a warning, not an error.",
    "x-nl": {
      title: "Codelijst",
      description:
        "Een codelijstbestand: de codes die een gecodeerde eigenschap kan aannemen, elk met een Nederlands en een Engels label, de bewijsstatus en de bronnen. Codes worden nooit vertaald. Een gesloten lijst is volledig; codes buiten een open lijst geven een waarschuwing, geen fout.",
    },
    type: "object",
    additionalProperties: false,
    required: ["id", "version", "open", "title", "description", "source", "codes"],
    properties: {
      $schema: {
        title: "Schema",
        description:
          "The relative address of this schema, so that editors can check the file. Absent in the bundled copy.",
        "x-nl": {
          title: "Schema",
          description:
            "Het relatieve adres van dit schema, zodat editors het bestand kunnen controleren. Ontbreekt in de gebundelde kopie.",
        },
        type: "string",
        const: "../codelist.schema.json",
      },
      id: {
        title: "Identifier",
        description:
          "The codelist identifier in kebab-case, equal to the file name without .json and to the value of x-codelist in the entity schemas.",
        "x-nl": {
          title: "Identificator",
          description:
            "De identificator van de codelijst in kebab-case, gelijk aan de bestandsnaam zonder .json en aan de waarde van x-codelist in de entiteitschema's.",
        },
        type: "string",
        maxLength: 64,
        pattern: "^[a-z0-9]+(-[a-z0-9]+)*$",
        examples: ["organisation-kind", "eforms-environmental-impact"],
      },
      version: {
        title: "Version",
        description: "The version of the standard the codelist belongs to (major.minor).",
        "x-nl": {
          title: "Versie",
          description: "De versie van de standaard waartoe de codelijst behoort (hoofd.mineur).",
        },
        type: "string",
        const: "1.0",
      },
      open: {
        title: "Open",
        description:
          "True when data may carry codes outside the list (reported as a warning); false when the list is complete and the entity schemas carry its codes as an enum.",
        "x-nl": {
          title: "Open",
          description:
            "Waar als gegevens ook codes buiten de lijst mogen bevatten (gemeld als waarschuwing); onwaar als de lijst volledig is en de entiteitschema's de codes als enum bevatten.",
        },
        type: "boolean",
      },
      title: {
        $ref: "#/$defs/CodelistText",
        title: "Title",
        description: "The name of the codelist in Dutch and English.",
        "x-nl": {
          title: "Titel",
          description: "De naam van de codelijst in het Nederlands en het Engels.",
        },
      },
      description: {
        $ref: "#/$defs/CodelistText",
        title: "Description",
        description: "What the codes classify, in Dutch and English.",
        "x-nl": {
          title: "Beschrijving",
          description: "Wat de codes indelen, in het Nederlands en het Engels.",
        },
      },
      source: {
        $ref: "#/$defs/CodelistSource",
        title: "Source",
        description: "Where the list comes from, under which licence and with which attribution.",
        "x-nl": {
          title: "Bron",
          description: "Waar de lijst vandaan komt, onder welke licentie en met welke naamsvermelding.",
        },
      },
      codes: {
        title: "Codes",
        description: "The codes of the list, in their intended order. Codes are unique within the list.",
        "x-nl": {
          title: "Codes",
          description: "De codes van de lijst, in de bedoelde volgorde. Codes zijn uniek binnen de lijst.",
        },
        type: "array",
        minItems: 1,
        maxItems: 1000,
        items: {
          $ref: "#/$defs/CodelistCode",
        },
      },
    },
    $defs: {
      CodelistText: {
        title: "Codelist text",
        description: "A text in both Dutch and English; unlike LocalizedText, the English text is required.",
        "x-nl": {
          title: "Codelijsttekst",
          description:
            "Een tekst in zowel het Nederlands als het Engels; anders dan bij LocalizedText is de Engelse tekst verplicht.",
        },
        type: "object",
        additionalProperties: false,
        required: ["nl", "en"],
        properties: {
          nl: {
            title: "Dutch",
            description: "The Dutch text.",
            "x-nl": {
              title: "Nederlands",
              description: "De Nederlandse tekst.",
            },
            type: "string",
            minLength: 1,
            maxLength: 2000,
          },
          en: {
            title: "English",
            description: "The English text.",
            "x-nl": {
              title: "Engels",
              description: "De Engelse tekst.",
            },
            type: "string",
            minLength: 1,
            maxLength: 2000,
          },
        },
      },
      CodelistSource: {
        title: "Codelist source",
        description:
          "The origin of a codelist: who publishes it, where, in which version, under which licence and how to credit it.",
        "x-nl": {
          title: "Bron van een codelijst",
          description:
            "De herkomst van een codelijst: wie haar uitgeeft, waar, in welke versie, onder welke licentie en hoe de naamsvermelding luidt.",
        },
        type: "object",
        additionalProperties: false,
        required: ["name"],
        properties: {
          name: {
            title: "Name",
            description: "The name of the source or its publisher.",
            "x-nl": {
              title: "Naam",
              description: "De naam van de bron of de uitgever.",
            },
            type: "string",
            minLength: 1,
            maxLength: 300,
          },
          url: {
            $ref: "common.schema.json#/$defs/HttpUrl",
            title: "Web address",
            description: "Where the source can be read.",
            "x-nl": {
              title: "Webadres",
              description: "Waar de bron te lezen is.",
            },
          },
          version: {
            title: "Version",
            description: "The version of the source list as its publisher writes it.",
            "x-nl": {
              title: "Versie",
              description: "De versie van de bronlijst zoals de uitgever die schrijft.",
            },
            type: "string",
            minLength: 1,
            maxLength: 64,
          },
          licence: {
            title: "Licence",
            description: "The licence under which the list may be reused, such as CC BY 4.0.",
            "x-nl": {
              title: "Licentie",
              description: "De licentie waaronder de lijst hergebruikt mag worden, zoals CC BY 4.0.",
            },
            type: "string",
            minLength: 1,
            maxLength: 100,
          },
          attribution: {
            title: "Attribution",
            description: "The credit line to show when the list or data derived from it is passed on.",
            "x-nl": {
              title: "Naamsvermelding",
              description:
                "De naamsvermelding die meegaat wanneer de lijst of daarvan afgeleide gegevens worden doorgegeven.",
            },
            type: "string",
            minLength: 1,
            maxLength: 500,
          },
        },
      },
      CodelistCode: {
        title: "Codelist code",
        description:
          "One code with its labels, evidence status and sources. For a code that this standard defines for its own model, no outside fact is involved: its status is confirmed, it has no sources and its note says so.",
        "x-nl": {
          title: "Code in een codelijst",
          description:
            "Eén code met labels, bewijsstatus en bronnen. Voor een code die deze standaard voor het eigen model definieert, speelt geen extern feit: de status is bevestigd, er zijn geen bronnen en de toelichting meldt dat.",
        },
        type: "object",
        additionalProperties: false,
        required: ["code", "label", "deprecated", "status"],
        properties: {
          code: {
            title: "Code",
            description: "The code as it appears in data; never translated. Letters, digits and . _ - only.",
            "x-nl": {
              title: "Code",
              description:
                "De code zoals die in gegevens staat; wordt nooit vertaald. Alleen letters, cijfers en . _ -.",
            },
            type: "string",
            minLength: 1,
            maxLength: 64,
            pattern: "^[A-Za-z0-9]+([._-][A-Za-z0-9]+)*$",
            examples: ["gemeente", "circ-econ", "R0"],
          },
          label: {
            $ref: "#/$defs/CodelistText",
            title: "Label",
            description: "The short name of the code in Dutch and English.",
            "x-nl": {
              title: "Label",
              description: "De korte naam van de code in het Nederlands en het Engels.",
            },
          },
          description: {
            $ref: "#/$defs/CodelistText",
            title: "Description",
            description: "What the code means, in Dutch and English.",
            "x-nl": {
              title: "Beschrijving",
              description: "Wat de code betekent, in het Nederlands en het Engels.",
            },
          },
          deprecated: {
            title: "Deprecated",
            description:
              "True when the code should no longer be used in new data; it stays in the list so that older data remains valid.",
            "x-nl": {
              title: "Verouderd",
              description:
                "Waar als de code niet meer in nieuwe gegevens gebruikt moet worden; de code blijft in de lijst zodat oudere gegevens geldig blijven.",
            },
            type: "boolean",
          },
          status: {
            title: "Evidence status",
            description: "How the meaning of the code is supported by its sources.",
            "x-nl": {
              title: "Bewijsstatus",
              description: "Hoe de betekenis van de code door de bronnen wordt gestaafd.",
            },
            type: "string",
            "x-codelist": "evidence-status",
            "x-openCodelist": false,
            enum: ["confirmed", "secondary", "inferred", "unconfirmed"],
          },
          sources: {
            title: "Sources",
            description: "Public web addresses that support the code and its meaning.",
            "x-nl": {
              title: "Bronnen",
              description: "Openbare webadressen die de code en de betekenis ervan onderbouwen.",
            },
            type: "array",
            minItems: 1,
            maxItems: 20,
            uniqueItems: true,
            items: {
              $ref: "common.schema.json#/$defs/HttpUrl",
            },
          },
          note: {
            $ref: "#/$defs/CodelistText",
            title: "Note",
            description: "Explanation, for example the reasoning behind an inferred code or what remains unverified.",
            "x-nl": {
              title: "Toelichting",
              description:
                "Uitleg, bijvoorbeeld de redenering achter een afgeleide code of wat nog niet is geverifieerd.",
            },
          },
          ladder: {
            title: "Ladder",
            description: "For a step of an R-ladder: the ladder it belongs to, a code of the codelist r-ladder.",
            "x-nl": {
              title: "Ladder",
              description:
                "Voor een trede van een R-ladder: de ladder waartoe ze behoort, een code uit de codelijst r-ladder.",
            },
            type: "string",
            "x-codelist": "r-ladder",
            "x-openCodelist": false,
            enum: ["pbl-r0-r9", "rvo-r1-r6"],
          },
          group: {
            $ref: "#/$defs/CodelistText",
            title: "Group",
            description:
              "For a list whose source groups its codes: the name of the group the code belongs to, in Dutch and English, such as the three groups of the PBL R-ladder.",
            "x-nl": {
              title: "Groep",
              description:
                "Voor een lijst waarvan de bron de codes groepeert: de naam van de groep waartoe de code behoort, in het Nederlands en het Engels, zoals de drie groepen van de PBL R-ladder.",
            },
          },
        },
      },
    },
  },
  "common.schema.json": {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://mra-circulair.nl/schema/1.0/common.schema.json",
    title: "Common definitions",
    description:
      "Building blocks shared by every entity: identifiers, dates, exact decimals, money, bilingual text and provenance.",
    "x-nl": {
      title: "Gedeelde definities",
      description:
        "Bouwstenen die alle entiteiten delen: identificatoren, datums, exacte decimalen, geldbedragen, tweetalige tekst en herkomst.",
    },
    $defs: {
      Identifier: {
        title: "Identifier",
        description:
          "A record identifier, unique per entity within a dataset. Letters, digits and . _ : - only, starting with a letter or digit.",
        "x-nl": {
          title: "Identificator",
          description:
            "Identificator van een record, uniek per entiteit binnen een dataset. Alleen letters, cijfers en . _ : -, beginnend met een letter of cijfer.",
        },
        type: "string",
        minLength: 1,
        maxLength: 128,
        pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]*$",
        examples: ["GM0363", "criterion-kantoorinrichting-01"],
      },
      CalendarDate: {
        title: "Calendar date",
        description:
          "A calendar date in ISO 8601 form (YYYY-MM-DD). Only dates that exist are valid: 2023-02-30 is rejected, 2024-02-29 accepted.",
        "x-nl": {
          title: "Kalenderdatum",
          description:
            "Kalenderdatum in ISO 8601-vorm (JJJJ-MM-DD). Alleen bestaande datums zijn geldig: 2023-02-30 wordt afgewezen, 2024-02-29 geaccepteerd.",
        },
        type: "string",
        format: "date",
        maxLength: 10,
        examples: ["2018-06-20"],
      },
      DateTime: {
        title: "Date and time",
        description:
          "A moment in time in RFC 3339 form with an explicit offset (Z or +hh:mm), seconds required, no leap seconds.",
        "x-nl": {
          title: "Datum en tijd",
          description:
            "Tijdstip in RFC 3339-vorm met een expliciete tijdzone (Z of +uu:mm), met seconden, zonder schrikkelseconden.",
        },
        type: "string",
        format: "date-time",
        maxLength: 35,
        pattern:
          "^[0-9]{4}-[0-9]{2}-[0-9]{2}T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{1,9})?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$",
        examples: ["2026-11-28T12:00:00Z"],
      },
      Year: {
        title: "Year",
        description: "A calendar year.",
        "x-nl": {
          title: "Jaar",
          description: "Een kalenderjaar.",
        },
        type: "integer",
        minimum: 1900,
        maximum: 2100,
        examples: [2025],
      },
      Amount: {
        title: "Amount",
        description:
          'A non-negative amount of money as an exact decimal string with at most two decimals and no thousands separator, so that no float rounding can occur ("1234567.89").',
        "x-nl": {
          title: "Bedrag",
          description:
            'Niet-negatief geldbedrag als exacte decimale tekst met hoogstens twee decimalen en zonder scheidingsteken voor duizendtallen, zodat geen afronding door drijvende komma kan optreden ("1234567.89").',
        },
        type: "string",
        maxLength: 18,
        pattern: "^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,2})?$",
        examples: ["19.99", "0.07", "1234567.89"],
      },
      Quantity: {
        title: "Quantity",
        description:
          "A non-negative exact decimal string with at most six decimals, for physical quantities such as tonnes.",
        "x-nl": {
          title: "Hoeveelheid",
          description:
            "Niet-negatieve exacte decimale tekst met hoogstens zes decimalen, voor fysieke hoeveelheden zoals tonnen.",
        },
        type: "string",
        maxLength: 26,
        pattern: "^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,6})?$",
        examples: ["12.5", "0.000125"],
      },
      Percentage: {
        title: "Percentage",
        description: "A percentage from 0 to 100 as an exact decimal string with at most two decimals.",
        "x-nl": {
          title: "Percentage",
          description: "Percentage van 0 tot en met 100 als exacte decimale tekst met hoogstens twee decimalen.",
        },
        type: "string",
        maxLength: 6,
        pattern: "^(100(\\.0{1,2})?|[1-9]?[0-9](\\.[0-9]{1,2})?)$",
        examples: ["30", "12.5", "100"],
      },
      Money: {
        title: "Money",
        description: "An amount of money with its currency. The standard covers euro amounts only.",
        "x-nl": {
          title: "Geldbedrag",
          description: "Een geldbedrag met valuta. De standaard kent alleen bedragen in euro.",
        },
        type: "object",
        additionalProperties: false,
        required: ["amount", "currency"],
        properties: {
          amount: {
            $ref: "#/$defs/Amount",
            title: "Amount",
            description: "The amount as an exact decimal string.",
            "x-nl": {
              title: "Bedrag",
              description: "Het bedrag als exacte decimale tekst.",
            },
          },
          currency: {
            title: "Currency",
            description: "ISO 4217 currency code; only EUR.",
            "x-nl": {
              title: "Valuta",
              description: "ISO 4217-valutacode; alleen EUR.",
            },
            type: "string",
            enum: ["EUR"],
          },
        },
      },
      LocalizedText: {
        title: "Localized text",
        description: "Text in Dutch, optionally with an English translation.",
        "x-nl": {
          title: "Tekst in meerdere talen",
          description: "Tekst in het Nederlands, eventueel met een Engelse vertaling.",
        },
        type: "object",
        additionalProperties: false,
        required: ["nl"],
        properties: {
          nl: {
            title: "Dutch",
            description: "The Dutch text.",
            "x-nl": {
              title: "Nederlands",
              description: "De Nederlandse tekst.",
            },
            type: "string",
            minLength: 1,
            maxLength: 10000,
          },
          en: {
            title: "English",
            description: "The English text.",
            "x-nl": {
              title: "Engels",
              description: "De Engelse tekst.",
            },
            type: "string",
            minLength: 1,
            maxLength: 10000,
          },
        },
      },
      HttpUrl: {
        title: "Web address",
        description: "An absolute http or https URL without whitespace.",
        "x-nl": {
          title: "Webadres",
          description: "Een absolute http- of https-URL zonder witruimte.",
        },
        type: "string",
        maxLength: 2048,
        pattern: "^https?://[^\\s]+$",
        examples: ["https://mraduurzaam.nl/"],
      },
      CpvCode: {
        title: "CPV code",
        description: "A Common Procurement Vocabulary code: eight digits, a hyphen and a check digit.",
        "x-nl": {
          title: "CPV-code",
          description:
            "Een code uit de Common Procurement Vocabulary: acht cijfers, een streepje en een controlecijfer.",
        },
        type: "string",
        maxLength: 10,
        pattern: "^[0-9]{8}-[0-9]$",
        examples: ["39130000-2"],
      },
      Provenance: {
        title: "Provenance",
        description: "Where a fact comes from and how certain it is. Optionally names the field it concerns.",
        "x-nl": {
          title: "Herkomst",
          description: "Waar een feit vandaan komt en hoe zeker het is. Noemt eventueel het veld waar het over gaat.",
        },
        type: "object",
        additionalProperties: false,
        required: ["status"],
        properties: {
          status: {
            title: "Evidence status",
            description: "How the fact is supported by its sources.",
            "x-nl": {
              title: "Bewijsstatus",
              description: "Hoe het feit door de bronnen wordt gestaafd.",
            },
            type: "string",
            "x-codelist": "evidence-status",
            "x-openCodelist": false,
            enum: ["confirmed", "secondary", "inferred", "unconfirmed"],
          },
          field: {
            title: "Field",
            description:
              "JSON Pointer, relative to the record, of the field this provenance concerns; absent when it concerns the whole record.",
            "x-nl": {
              title: "Veld",
              description:
                "JSON Pointer, relatief ten opzichte van het record, van het veld waarop deze herkomst betrekking heeft; ontbreekt als het om het hele record gaat.",
            },
            type: "string",
            maxLength: 256,
            pattern: "^(/[^/]+)+$",
          },
          sources: {
            title: "Sources",
            description: "Public web addresses that support the fact.",
            "x-nl": {
              title: "Bronnen",
              description: "Openbare webadressen die het feit onderbouwen.",
            },
            type: "array",
            minItems: 1,
            maxItems: 20,
            items: {
              $ref: "#/$defs/HttpUrl",
            },
          },
          note: {
            $ref: "#/$defs/LocalizedText",
            title: "Note",
            description: "Explanation, for example the reasoning behind an inferred fact.",
            "x-nl": {
              title: "Toelichting",
              description: "Uitleg, bijvoorbeeld de redenering achter een afgeleid feit.",
            },
          },
        },
      },
    },
  },
  "criterion.schema.json": {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://mra-circulair.nl/schema/1.0/criterion.schema.json",
    title: "Criterion",
    description:
      "One version of a sustainability criterion that a buyer can put into tender documents: a suitability requirement, selection criterion, requirement, award criterion or contract clause, with its MVI ambition level, MVOI themes, R-strategy and means of proof. Every version is a record of its own; a newer version names the versions it supersedes.",
    "x-nl": {
      title: "Criterium",
      description:
        "Eén versie van een duurzaamheidscriterium dat een opdrachtgever in de aanbestedingsstukken kan opnemen: een geschiktheidseis, selectiecriterium, eis, gunningscriterium of contractbepaling, met het MVI-ambitieniveau, de MVOI-thema's, de R-strategie en het bewijsmiddel. Elke versie is een eigen record; een nieuwere versie noemt de versies die ze vervangt.",
    },
    type: "object",
    additionalProperties: false,
    required: ["id", "title", "text", "type", "mviAmbitionLevel", "mvoiThemes", "source", "version", "status"],
    properties: {
      id: {
        $ref: "common.schema.json#/$defs/Identifier",
        title: "Identifier",
        description: "The identifier of this criterion version in the dataset.",
        "x-nl": {
          title: "Identificator",
          description: "De identificator van deze versie van het criterium in de dataset.",
        },
      },
      title: {
        $ref: "common.schema.json#/$defs/LocalizedText",
        title: "Title",
        description: "A short name for the criterion.",
        "x-nl": {
          title: "Titel",
          description: "Een korte naam voor het criterium.",
        },
      },
      text: {
        $ref: "common.schema.json#/$defs/LocalizedText",
        title: "Text",
        description: "The criterion as it goes into the tender documents.",
        "x-nl": {
          title: "Tekst",
          description: "Het criterium zoals het in de aanbestedingsstukken wordt opgenomen.",
        },
      },
      type: {
        $ref: "#/$defs/CriterionType",
        title: "Type",
        description: "Where the criterion belongs in the procurement procedure.",
        "x-nl": {
          title: "Soort",
          description: "Waar het criterium in de aanbestedingsprocedure thuishoort.",
        },
      },
      mviAmbitionLevel: {
        title: "MVI ambition level",
        description:
          "The ambition level of the MVI-criteriatool: basis (minimum requirements for standard tenders), significant (stricter requirements and award criteria) or ambitieus (functional or experimental criteria that ask for innovation).",
        "x-nl": {
          title: "MVI-ambitieniveau",
          description:
            "Het ambitieniveau van de MVI-criteriatool: basis (minimumeisen voor standaardaanbestedingen), significant (strengere eisen en gunningscriteria) of ambitieus (functionele of experimentele criteria die om innovatie vragen).",
        },
        type: "string",
        "x-codelist": "mvi-ambition-level",
        "x-openCodelist": false,
        enum: ["basis", "significant", "ambitieus"],
      },
      mvoiThemes: {
        title: "MVOI themes",
        description: "The MVOI themes of the Manifest MVOI 2022-2025 that the criterion serves, each at most once.",
        "x-nl": {
          title: "MVOI-thema's",
          description:
            "De MVOI-thema's uit het Manifest MVOI 2022-2025 waaraan het criterium bijdraagt, elk hoogstens één keer.",
        },
        type: "array",
        minItems: 1,
        maxItems: 6,
        uniqueItems: true,
        items: {
          $ref: "#/$defs/MvoiTheme",
        },
      },
      rStrategy: {
        $ref: "#/$defs/RStrategy",
        title: "R-strategy",
        description:
          "The circular strategy the criterion promotes, as a step on a named R-ladder. Absent when the criterion has no circular aim, as with most social-return criteria.",
        "x-nl": {
          title: "R-strategie",
          description:
            "De circulaire strategie die het criterium bevordert, als trede op een genoemde R-ladder. Ontbreekt als het criterium geen circulair doel heeft, zoals bij de meeste social-returncriteria.",
        },
      },
      verification: {
        $ref: "common.schema.json#/$defs/LocalizedText",
        title: "Means of proof",
        description:
          "How a tenderer shows that the criterion is met, such as a certificate, a declaration or a test report. Absent when the source leaves the means of proof to the buyer.",
        "x-nl": {
          title: "Bewijsmiddel",
          description:
            "Hoe een inschrijver aantoont dat aan het criterium is voldaan, zoals een certificaat, een verklaring of een testrapport. Ontbreekt als de bron de keuze van het bewijsmiddel aan de opdrachtgever laat.",
        },
      },
      source: {
        title: "Source",
        description:
          "Where the criterion text comes from: an MRA handreiking, the MVI-criteriatool, the EU GPP criteria or the publisher's own drafting.",
        "x-nl": {
          title: "Bron",
          description:
            "Waar de tekst van het criterium vandaan komt: een MRA-handreiking, de MVI-criteriatool, de EU-criteria voor groene overheidsopdrachten of een eigen formulering van de publicerende organisatie.",
        },
        type: "string",
        "x-codelist": "criterion-source",
        "x-openCodelist": false,
        enum: ["mra-handreiking", "mvi-criteriatool", "eu-gpp", "own"],
      },
      sourceReference: {
        $ref: "common.schema.json#/$defs/HttpUrl",
        title: "Source reference",
        description: "The public web address of the criterion or of the document it is taken from.",
        "x-nl": {
          title: "Bronverwijzing",
          description: "Het openbare webadres van het criterium of van het document waaruit het is overgenomen.",
        },
      },
      version: {
        $ref: "#/$defs/SemanticVersion",
        title: "Version",
        description:
          "The version of the criterion. A change of wording that changes what a tenderer must do raises the major number.",
        "x-nl": {
          title: "Versie",
          description:
            "De versie van het criterium. Een tekstwijziging die verandert wat een inschrijver moet doen, verhoogt het hoofdnummer.",
        },
      },
      status: {
        title: "Status",
        description:
          "The life-cycle status of this version: draft (not yet for use), active, superseded (replaced by a newer version) or withdrawn (no longer to be used, without a replacement).",
        "x-nl": {
          title: "Status",
          description:
            "De levenscyclusstatus van deze versie: draft (nog niet te gebruiken), active (in gebruik), superseded (vervangen door een nieuwere versie) of withdrawn (niet meer te gebruiken, zonder vervanger).",
        },
        type: "string",
        "x-codelist": "criterion-status",
        "x-openCodelist": false,
        enum: ["draft", "active", "superseded", "withdrawn"],
      },
      supersedes: {
        title: "Supersedes",
        description:
          "The identifiers of the Criterion records (earlier versions) that this version replaces. Absent for a first version.",
        "x-nl": {
          title: "Vervangt",
          description:
            "De identificatoren van de Criterion-records (eerdere versies) die deze versie vervangt. Ontbreekt bij een eerste versie.",
        },
        type: "array",
        minItems: 1,
        maxItems: 50,
        uniqueItems: true,
        items: {
          $ref: "common.schema.json#/$defs/Identifier",
        },
      },
      purchasePackages: {
        title: "Purchase packages",
        description:
          "The identifiers of the PurchasePackage records (MRA inkooppakketten) the criterion is meant for. Absent when it is not tied to a package.",
        "x-nl": {
          title: "Inkooppakketten",
          description:
            "De identificatoren van de PurchasePackage-records (MRA-inkooppakketten) waarvoor het criterium bedoeld is. Ontbreekt als het niet aan een inkooppakket is gekoppeld.",
        },
        type: "array",
        minItems: 1,
        maxItems: 200,
        uniqueItems: true,
        items: {
          $ref: "common.schema.json#/$defs/Identifier",
        },
      },
      validFrom: {
        $ref: "common.schema.json#/$defs/CalendarDate",
        title: "Valid from",
        description: "The first day on which this version may be used in tenders.",
        "x-nl": {
          title: "Geldig vanaf",
          description: "De eerste dag waarop deze versie in aanbestedingen mag worden gebruikt.",
        },
      },
      provenance: {
        title: "Provenance",
        description: "Sources and evidence status of the facts in this record.",
        "x-nl": {
          title: "Herkomst",
          description: "Bronnen en bewijsstatus van de feiten in dit record.",
        },
        type: "array",
        maxItems: 50,
        items: {
          $ref: "common.schema.json#/$defs/Provenance",
        },
      },
    },
    $defs: {
      CriterionType: {
        title: "Criterion type",
        description:
          "The kind of criterion, as the MVI-criteriatool distinguishes them: geschiktheidseis (suitability requirement), selectiecriterium (selection criterion), eis (minimum requirement, as technical specification or special condition), gunningscriterium (award criterion) or contractbepaling (contract clause).",
        "x-nl": {
          title: "Soort criterium",
          description:
            "De soort criterium, zoals de MVI-criteriatool ze onderscheidt: geschiktheidseis, selectiecriterium, eis (minimumeis, als technische specificatie of bijzondere voorwaarde), gunningscriterium of contractbepaling.",
        },
        type: "string",
        "x-codelist": "criterion-type",
        "x-openCodelist": false,
        enum: ["geschiktheidseis", "selectiecriterium", "eis", "gunningscriterium", "contractbepaling"],
      },
      MvoiTheme: {
        title: "MVOI theme",
        description:
          "One of the six themes of the Manifest MVOI 2022-2025: milieu-biodiversiteit (environment and biodiversity), klimaat (climate), circulair (circular, including biobased), ketenverantwoordelijkheid (supply-chain responsibility), diversiteit-inclusie (diversity and inclusion) or social-return.",
        "x-nl": {
          title: "MVOI-thema",
          description:
            "Een van de zes thema's uit het Manifest MVOI 2022-2025: milieu-biodiversiteit, klimaat, circulair (inclusief biobased), ketenverantwoordelijkheid, diversiteit-inclusie of social-return.",
        },
        type: "string",
        "x-codelist": "mvoi-theme",
        "x-openCodelist": false,
        enum: [
          "milieu-biodiversiteit",
          "klimaat",
          "circulair",
          "ketenverantwoordelijkheid",
          "diversiteit-inclusie",
          "social-return",
        ],
      },
      RStrategy: {
        title: "R-strategy",
        description:
          "A step on an R-ladder, always together with the ladder it belongs to, because the same code means different steps on different ladders (R1 is Rethink on the PBL ladder, Refuse and Rethink on the RVO ladder).",
        "x-nl": {
          title: "R-strategie",
          description:
            "Een trede op een R-ladder, altijd samen met de ladder waartoe ze behoort, omdat dezelfde code op verschillende ladders verschillende treden aanduidt (R1 is Rethink op de PBL-ladder, Refuse en Rethink op de RVO-ladder).",
        },
        anyOf: [
          {
            $ref: "#/$defs/RStrategyPbl",
          },
          {
            $ref: "#/$defs/RStrategyRvo",
          },
        ],
      },
      RStrategyPbl: {
        title: "R-strategy on the PBL ladder",
        description: "A step on the ten-step PBL R-ladder R0-R9 (Potting et al., 2017), from R0 Refuse to R9 Recover.",
        "x-nl": {
          title: "R-strategie op de PBL-ladder",
          description:
            "Een trede op de tientredige R-ladder R0-R9 van het PBL (Potting e.a., 2017), van R0 Refuse tot R9 Recover.",
        },
        type: "object",
        additionalProperties: false,
        required: ["ladder", "code"],
        properties: {
          ladder: {
            title: "Ladder",
            description: "The R-ladder: the code pbl-r0-r9 of the closed codelist r-ladder.",
            "x-nl": {
              title: "Ladder",
              description: "De R-ladder: de code pbl-r0-r9 uit de gesloten codelijst r-ladder.",
            },
            $comment:
              "A discriminating constant, not a coded property: the r-ladder codelist is split over the two variants of RStrategy.",
            type: "string",
            const: "pbl-r0-r9",
          },
          code: {
            title: "Code",
            description: "The step on the PBL ladder.",
            "x-nl": {
              title: "Code",
              description: "De trede op de PBL-ladder.",
            },
            type: "string",
            "x-codelist": "r-strategy-pbl",
            "x-openCodelist": false,
            enum: ["R0", "R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8", "R9"],
          },
        },
      },
      RStrategyRvo: {
        title: "R-strategy on the RVO ladder",
        description:
          "A step on the condensed six-step R-ladder R1-R6 used by RVO, from R1 Refuse and Rethink to R6 Recover.",
        "x-nl": {
          title: "R-strategie op de RVO-ladder",
          description:
            "Een trede op de verkorte zestredige R-ladder R1-R6 die RVO gebruikt, van R1 Refuse en Rethink tot R6 Recover.",
        },
        type: "object",
        additionalProperties: false,
        required: ["ladder", "code"],
        properties: {
          ladder: {
            title: "Ladder",
            description: "The R-ladder: the code rvo-r1-r6 of the closed codelist r-ladder.",
            "x-nl": {
              title: "Ladder",
              description: "De R-ladder: de code rvo-r1-r6 uit de gesloten codelijst r-ladder.",
            },
            $comment:
              "A discriminating constant, not a coded property: the r-ladder codelist is split over the two variants of RStrategy.",
            type: "string",
            const: "rvo-r1-r6",
          },
          code: {
            title: "Code",
            description: "The step on the RVO ladder.",
            "x-nl": {
              title: "Code",
              description: "De trede op de RVO-ladder.",
            },
            type: "string",
            "x-codelist": "r-strategy-rvo",
            "x-openCodelist": false,
            enum: ["R1", "R2", "R3", "R4", "R5", "R6"],
          },
        },
      },
      SemanticVersion: {
        title: "Semantic version",
        description:
          "A version number MAJOR.MINOR.PATCH as in Semantic Versioning 2.0.0, without pre-release or build suffix; each part has at most six digits and no leading zero.",
        "x-nl": {
          title: "Semantische versie",
          description:
            "Een versienummer HOOFD.MINEUR.PATCH zoals in Semantic Versioning 2.0.0, zonder pre-release- of buildtoevoeging; elk deel heeft hoogstens zes cijfers en geen voorloopnul.",
        },
        type: "string",
        maxLength: 20,
        pattern: "^(0|[1-9][0-9]{0,5})\\.(0|[1-9][0-9]{0,5})\\.(0|[1-9][0-9]{0,5})$",
        examples: ["1.0.0", "2.1.3"],
      },
    },
  },
  "dataset-record.schema.json": {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://mra-circulair.nl/schema/1.0/dataset-record.schema.json",
    title: "Dataset record",
    description:
      'One line of the line-per-record (NDJSON) form of a dataset: {"type": ..., "record": ...}. The first line holds the metadata (type "meta"); every other line one record of an entity.',
    "x-nl": {
      title: "Datasetregel",
      description:
        'Eén regel van de vorm met één record per regel (NDJSON): {"type": ..., "record": ...}. De eerste regel bevat de metagegevens (type "meta"); elke andere regel één record van een entiteit.',
    },
    anyOf: [
      {
        $ref: "#/$defs/MetaLine",
      },
      {
        $ref: "#/$defs/OrganisationLine",
      },
      {
        $ref: "#/$defs/DeclarationLine",
      },
      {
        $ref: "#/$defs/SignatureLine",
      },
      {
        $ref: "#/$defs/RoadmapLine",
      },
      {
        $ref: "#/$defs/GoalLine",
      },
      {
        $ref: "#/$defs/PurchasePackageLine",
      },
      {
        $ref: "#/$defs/TrackLine",
      },
      {
        $ref: "#/$defs/CriterionLine",
      },
      {
        $ref: "#/$defs/MviLinkLine",
      },
      {
        $ref: "#/$defs/IndicatorDefinitionLine",
      },
      {
        $ref: "#/$defs/ObservationLine",
      },
      {
        $ref: "#/$defs/ProcurementLine",
      },
    ],
    $defs: {
      MetaLine: {
        title: "Meta line",
        description: "A line holding one metadata line.",
        "x-nl": {
          title: "Meta-regel",
          description: "Een regel met één metagegevensregel.",
        },
        type: "object",
        additionalProperties: false,
        required: ["type", "record"],
        properties: {
          type: {
            title: "Record type",
            description: "The kind of record on this line.",
            "x-nl": {
              title: "Recordsoort",
              description: "De soort record op deze regel.",
            },
            type: "string",
            const: "meta",
          },
          record: {
            $ref: "dataset.schema.json#/$defs/DatasetMeta",
            title: "Record",
            description: "The metadata line.",
            "x-nl": {
              title: "Record",
              description: "De metagegevensregel.",
            },
          },
        },
      },
      OrganisationLine: {
        title: "Organisation line",
        description: "A line holding one Organisation record.",
        "x-nl": {
          title: "Organisation-regel",
          description: "Een regel met één Organisation-record.",
        },
        type: "object",
        additionalProperties: false,
        required: ["type", "record"],
        properties: {
          type: {
            title: "Record type",
            description: "The kind of record on this line.",
            "x-nl": {
              title: "Recordsoort",
              description: "De soort record op deze regel.",
            },
            type: "string",
            const: "organisation",
          },
          record: {
            $ref: "organisation.schema.json",
            title: "Record",
            description: "The Organisation record.",
            "x-nl": {
              title: "Record",
              description: "De Organisation-record.",
            },
          },
        },
      },
      DeclarationLine: {
        title: "Declaration line",
        description: "A line holding one Declaration record.",
        "x-nl": {
          title: "Declaration-regel",
          description: "Een regel met één Declaration-record.",
        },
        type: "object",
        additionalProperties: false,
        required: ["type", "record"],
        properties: {
          type: {
            title: "Record type",
            description: "The kind of record on this line.",
            "x-nl": {
              title: "Recordsoort",
              description: "De soort record op deze regel.",
            },
            type: "string",
            const: "declaration",
          },
          record: {
            $ref: "declaration.schema.json",
            title: "Record",
            description: "The Declaration record.",
            "x-nl": {
              title: "Record",
              description: "De Declaration-record.",
            },
          },
        },
      },
      SignatureLine: {
        title: "Signature line",
        description: "A line holding one Signature record.",
        "x-nl": {
          title: "Signature-regel",
          description: "Een regel met één Signature-record.",
        },
        type: "object",
        additionalProperties: false,
        required: ["type", "record"],
        properties: {
          type: {
            title: "Record type",
            description: "The kind of record on this line.",
            "x-nl": {
              title: "Recordsoort",
              description: "De soort record op deze regel.",
            },
            type: "string",
            const: "signature",
          },
          record: {
            $ref: "signature.schema.json",
            title: "Record",
            description: "The Signature record.",
            "x-nl": {
              title: "Record",
              description: "De Signature-record.",
            },
          },
        },
      },
      RoadmapLine: {
        title: "Roadmap line",
        description: "A line holding one Roadmap record.",
        "x-nl": {
          title: "Roadmap-regel",
          description: "Een regel met één Roadmap-record.",
        },
        type: "object",
        additionalProperties: false,
        required: ["type", "record"],
        properties: {
          type: {
            title: "Record type",
            description: "The kind of record on this line.",
            "x-nl": {
              title: "Recordsoort",
              description: "De soort record op deze regel.",
            },
            type: "string",
            const: "roadmap",
          },
          record: {
            $ref: "roadmap.schema.json",
            title: "Record",
            description: "The Roadmap record.",
            "x-nl": {
              title: "Record",
              description: "De Roadmap-record.",
            },
          },
        },
      },
      GoalLine: {
        title: "Goal line",
        description: "A line holding one Goal record.",
        "x-nl": {
          title: "Goal-regel",
          description: "Een regel met één Goal-record.",
        },
        type: "object",
        additionalProperties: false,
        required: ["type", "record"],
        properties: {
          type: {
            title: "Record type",
            description: "The kind of record on this line.",
            "x-nl": {
              title: "Recordsoort",
              description: "De soort record op deze regel.",
            },
            type: "string",
            const: "goal",
          },
          record: {
            $ref: "goal.schema.json",
            title: "Record",
            description: "The Goal record.",
            "x-nl": {
              title: "Record",
              description: "De Goal-record.",
            },
          },
        },
      },
      PurchasePackageLine: {
        title: "PurchasePackage line",
        description: "A line holding one PurchasePackage record.",
        "x-nl": {
          title: "PurchasePackage-regel",
          description: "Een regel met één PurchasePackage-record.",
        },
        type: "object",
        additionalProperties: false,
        required: ["type", "record"],
        properties: {
          type: {
            title: "Record type",
            description: "The kind of record on this line.",
            "x-nl": {
              title: "Recordsoort",
              description: "De soort record op deze regel.",
            },
            type: "string",
            const: "purchase-package",
          },
          record: {
            $ref: "purchase-package.schema.json",
            title: "Record",
            description: "The PurchasePackage record.",
            "x-nl": {
              title: "Record",
              description: "De PurchasePackage-record.",
            },
          },
        },
      },
      TrackLine: {
        title: "Track line",
        description: "A line holding one Track record.",
        "x-nl": {
          title: "Track-regel",
          description: "Een regel met één Track-record.",
        },
        type: "object",
        additionalProperties: false,
        required: ["type", "record"],
        properties: {
          type: {
            title: "Record type",
            description: "The kind of record on this line.",
            "x-nl": {
              title: "Recordsoort",
              description: "De soort record op deze regel.",
            },
            type: "string",
            const: "track",
          },
          record: {
            $ref: "track.schema.json",
            title: "Record",
            description: "The Track record.",
            "x-nl": {
              title: "Record",
              description: "De Track-record.",
            },
          },
        },
      },
      CriterionLine: {
        title: "Criterion line",
        description: "A line holding one Criterion record.",
        "x-nl": {
          title: "Criterion-regel",
          description: "Een regel met één Criterion-record.",
        },
        type: "object",
        additionalProperties: false,
        required: ["type", "record"],
        properties: {
          type: {
            title: "Record type",
            description: "The kind of record on this line.",
            "x-nl": {
              title: "Recordsoort",
              description: "De soort record op deze regel.",
            },
            type: "string",
            const: "criterion",
          },
          record: {
            $ref: "criterion.schema.json",
            title: "Record",
            description: "The Criterion record.",
            "x-nl": {
              title: "Record",
              description: "De Criterion-record.",
            },
          },
        },
      },
      MviLinkLine: {
        title: "MviLink line",
        description: "A line holding one MviLink record.",
        "x-nl": {
          title: "MviLink-regel",
          description: "Een regel met één MviLink-record.",
        },
        type: "object",
        additionalProperties: false,
        required: ["type", "record"],
        properties: {
          type: {
            title: "Record type",
            description: "The kind of record on this line.",
            "x-nl": {
              title: "Recordsoort",
              description: "De soort record op deze regel.",
            },
            type: "string",
            const: "mvi-link",
          },
          record: {
            $ref: "mvi-link.schema.json",
            title: "Record",
            description: "The MviLink record.",
            "x-nl": {
              title: "Record",
              description: "De MviLink-record.",
            },
          },
        },
      },
      IndicatorDefinitionLine: {
        title: "IndicatorDefinition line",
        description: "A line holding one IndicatorDefinition record.",
        "x-nl": {
          title: "IndicatorDefinition-regel",
          description: "Een regel met één IndicatorDefinition-record.",
        },
        type: "object",
        additionalProperties: false,
        required: ["type", "record"],
        properties: {
          type: {
            title: "Record type",
            description: "The kind of record on this line.",
            "x-nl": {
              title: "Recordsoort",
              description: "De soort record op deze regel.",
            },
            type: "string",
            const: "indicator-definition",
          },
          record: {
            $ref: "indicator-definition.schema.json",
            title: "Record",
            description: "The IndicatorDefinition record.",
            "x-nl": {
              title: "Record",
              description: "De IndicatorDefinition-record.",
            },
          },
        },
      },
      ObservationLine: {
        title: "Observation line",
        description: "A line holding one Observation record.",
        "x-nl": {
          title: "Observation-regel",
          description: "Een regel met één Observation-record.",
        },
        type: "object",
        additionalProperties: false,
        required: ["type", "record"],
        properties: {
          type: {
            title: "Record type",
            description: "The kind of record on this line.",
            "x-nl": {
              title: "Recordsoort",
              description: "De soort record op deze regel.",
            },
            type: "string",
            const: "observation",
          },
          record: {
            $ref: "observation.schema.json",
            title: "Record",
            description: "The Observation record.",
            "x-nl": {
              title: "Record",
              description: "De Observation-record.",
            },
          },
        },
      },
      ProcurementLine: {
        title: "Procurement line",
        description: "A line holding one Procurement record.",
        "x-nl": {
          title: "Procurement-regel",
          description: "Een regel met één Procurement-record.",
        },
        type: "object",
        additionalProperties: false,
        required: ["type", "record"],
        properties: {
          type: {
            title: "Record type",
            description: "The kind of record on this line.",
            "x-nl": {
              title: "Recordsoort",
              description: "De soort record op deze regel.",
            },
            type: "string",
            const: "procurement",
          },
          record: {
            $ref: "procurement.schema.json",
            title: "Record",
            description: "The Procurement record.",
            "x-nl": {
              title: "Record",
              description: "De Procurement-record.",
            },
          },
        },
      },
    },
  },
  "dataset.schema.json": {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://mra-circulair.nl/schema/1.0/dataset.schema.json",
    title: "Dataset",
    description:
      "The exchange envelope: metadata plus the records of every entity, each in its own list. Records refer to each other by identifier within the dataset. For large exchanges use the line-per-record form (DatasetRecord, NDJSON).",
    "x-nl": {
      title: "Dataset",
      description:
        "De uitwisselingsenvelop: metagegevens plus de records van elke entiteit, elk in een eigen lijst. Records verwijzen naar elkaar met hun identificator binnen de dataset. Gebruik voor grote uitwisselingen de vorm met één record per regel (DatasetRecord, NDJSON).",
    },
    type: "object",
    additionalProperties: false,
    required: ["meta"],
    properties: {
      meta: {
        $ref: "#/$defs/DatasetMeta",
        title: "Metadata",
        description: "Who published the dataset, when, under which licence and schema version.",
        "x-nl": {
          title: "Metagegevens",
          description: "Wie de dataset publiceerde, wanneer, onder welke licentie en schemaversie.",
        },
      },
      organisations: {
        title: "Organisations",
        description: "The Organisation records of the dataset.",
        "x-nl": {
          title: "Organisaties",
          description: "De Organisation-records van de dataset.",
        },
        type: "array",
        maxItems: 10000000,
        items: {
          $ref: "organisation.schema.json",
        },
      },
      declarations: {
        title: "Declarations",
        description: "The Declaration records of the dataset.",
        "x-nl": {
          title: "Verklaringen",
          description: "De Declaration-records van de dataset.",
        },
        type: "array",
        maxItems: 10000000,
        items: {
          $ref: "declaration.schema.json",
        },
      },
      signatures: {
        title: "Signatures",
        description: "The Signature records of the dataset.",
        "x-nl": {
          title: "Ondertekeningen",
          description: "De Signature-records van de dataset.",
        },
        type: "array",
        maxItems: 10000000,
        items: {
          $ref: "signature.schema.json",
        },
      },
      roadmaps: {
        title: "Roadmaps",
        description: "The Roadmap records of the dataset.",
        "x-nl": {
          title: "Roadmaps",
          description: "De Roadmap-records van de dataset.",
        },
        type: "array",
        maxItems: 10000000,
        items: {
          $ref: "roadmap.schema.json",
        },
      },
      goals: {
        title: "Goals",
        description: "The Goal records of the dataset.",
        "x-nl": {
          title: "Doelen",
          description: "De Goal-records van de dataset.",
        },
        type: "array",
        maxItems: 10000000,
        items: {
          $ref: "goal.schema.json",
        },
      },
      purchasePackages: {
        title: "Purchase packages",
        description: "The PurchasePackage records of the dataset.",
        "x-nl": {
          title: "Inkooppakketten",
          description: "De PurchasePackage-records van de dataset.",
        },
        type: "array",
        maxItems: 10000000,
        items: {
          $ref: "purchase-package.schema.json",
        },
      },
      tracks: {
        title: "Tracks",
        description: "The Track records of the dataset.",
        "x-nl": {
          title: "Werksporen",
          description: "De Track-records van de dataset.",
        },
        type: "array",
        maxItems: 10000000,
        items: {
          $ref: "track.schema.json",
        },
      },
      criteria: {
        title: "Criteria",
        description: "The Criterion records of the dataset.",
        "x-nl": {
          title: "Criteria",
          description: "De Criterion-records van de dataset.",
        },
        type: "array",
        maxItems: 10000000,
        items: {
          $ref: "criterion.schema.json",
        },
      },
      mviLinks: {
        title: "MVI links",
        description: "The MviLink records of the dataset.",
        "x-nl": {
          title: "MVI-koppelingen",
          description: "De MviLink-records van de dataset.",
        },
        type: "array",
        maxItems: 10000000,
        items: {
          $ref: "mvi-link.schema.json",
        },
      },
      indicatorDefinitions: {
        title: "Indicator definitions",
        description: "The IndicatorDefinition records of the dataset.",
        "x-nl": {
          title: "Indicatordefinities",
          description: "De IndicatorDefinition-records van de dataset.",
        },
        type: "array",
        maxItems: 10000000,
        items: {
          $ref: "indicator-definition.schema.json",
        },
      },
      observations: {
        title: "Observations",
        description: "The Observation records of the dataset.",
        "x-nl": {
          title: "Waarnemingen",
          description: "De Observation-records van de dataset.",
        },
        type: "array",
        maxItems: 10000000,
        items: {
          $ref: "observation.schema.json",
        },
      },
      procurements: {
        title: "Procurements",
        description: "The Procurement records of the dataset.",
        "x-nl": {
          title: "Aanbestedingen",
          description: "De Procurement-records van de dataset.",
        },
        type: "array",
        maxItems: 10000000,
        items: {
          $ref: "procurement.schema.json",
        },
      },
    },
    $defs: {
      DatasetMeta: {
        title: "Dataset metadata",
        description: "Metadata of an exchange: schema version, publisher, licence and publication moment.",
        "x-nl": {
          title: "Metagegevens van een dataset",
          description: "Metagegevens van een uitwisseling: schemaversie, uitgever, licentie en publicatiemoment.",
        },
        type: "object",
        additionalProperties: false,
        required: ["schemaVersion", "id", "publisher", "license", "publishedAt"],
        properties: {
          schemaVersion: {
            title: "Schema version",
            description: "The major.minor version of the mra-circulair schemas the dataset follows.",
            "x-nl": {
              title: "Schemaversie",
              description: "De major.minor-versie van de mra-circulair-schema's die de dataset volgt.",
            },
            type: "string",
            enum: ["1.0"],
          },
          id: {
            $ref: "common.schema.json#/$defs/Identifier",
            title: "Identifier",
            description: "The dataset's identifier, stable across republications.",
            "x-nl": {
              title: "Identificator",
              description: "De identificator van de dataset, gelijk bij herpublicatie.",
            },
          },
          title: {
            $ref: "common.schema.json#/$defs/LocalizedText",
            title: "Title",
            description: "The dataset's title.",
            "x-nl": {
              title: "Titel",
              description: "De titel van de dataset.",
            },
          },
          description: {
            $ref: "common.schema.json#/$defs/LocalizedText",
            title: "Description",
            description: "What the dataset holds and how it was made.",
            "x-nl": {
              title: "Omschrijving",
              description: "Wat de dataset bevat en hoe ze is gemaakt.",
            },
          },
          publisher: {
            $ref: "#/$defs/DatasetPublisher",
            title: "Publisher",
            description: "Who publishes the dataset.",
            "x-nl": {
              title: "Uitgever",
              description: "Wie de dataset uitgeeft.",
            },
          },
          license: {
            $ref: "common.schema.json#/$defs/HttpUrl",
            title: "Licence",
            description: "The web address of the licence, for example https://creativecommons.org/licenses/by/4.0/.",
            "x-nl": {
              title: "Licentie",
              description: "Het webadres van de licentie, bijvoorbeeld https://creativecommons.org/licenses/by/4.0/.",
            },
          },
          publishedAt: {
            $ref: "common.schema.json#/$defs/DateTime",
            title: "Published at",
            description: "The moment of publication.",
            "x-nl": {
              title: "Gepubliceerd op",
              description: "Het moment van publicatie.",
            },
          },
        },
      },
      DatasetPublisher: {
        title: "Dataset publisher",
        description: "The publisher of a dataset: an organisation, never a person.",
        "x-nl": {
          title: "Uitgever van een dataset",
          description: "De uitgever van een dataset: een organisatie, nooit een persoon.",
        },
        type: "object",
        additionalProperties: false,
        required: ["name"],
        properties: {
          name: {
            title: "Name",
            description: "The publishing organisation's name.",
            "x-nl": {
              title: "Naam",
              description: "De naam van de uitgevende organisatie.",
            },
            type: "string",
            minLength: 1,
            maxLength: 200,
          },
          organisation: {
            $ref: "common.schema.json#/$defs/Identifier",
            title: "Organisation",
            description: "The publisher's Organisation identifier, when it is in the dataset.",
            "x-nl": {
              title: "Organisatie",
              description: "De Organisation-identificator van de uitgever, als die in de dataset staat.",
            },
          },
          url: {
            $ref: "common.schema.json#/$defs/HttpUrl",
            title: "Web address",
            description: "The publisher's web address.",
            "x-nl": {
              title: "Webadres",
              description: "Het webadres van de uitgever.",
            },
          },
        },
      },
    },
  },
  "declaration.schema.json": {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://mra-circulair.nl/schema/1.0/declaration.schema.json",
    title: "Declaration",
    description:
      "A declaration of intent that governments sign, such as the Intentieverklaring circulair inkopen en opdrachtgeverschap of 20 June 2018, with its targets. Who signed is recorded in Signature records.",
    "x-nl": {
      title: "Verklaring",
      description:
        "Een intentieverklaring die overheden ondertekenen, zoals de Intentieverklaring circulair inkopen en opdrachtgeverschap van 20 juni 2018, met haar doelen. Wie tekende staat in Signature-records.",
    },
    type: "object",
    additionalProperties: false,
    required: ["id", "title", "signedOn", "targets"],
    properties: {
      id: {
        $ref: "common.schema.json#/$defs/Identifier",
        title: "Identifier",
        description: "The declaration's identifier in this dataset.",
        "x-nl": {
          title: "Identificator",
          description: "De identificator van de verklaring in deze dataset.",
        },
      },
      title: {
        $ref: "common.schema.json#/$defs/LocalizedText",
        title: "Title",
        description: "The title of the declaration.",
        "x-nl": {
          title: "Titel",
          description: "De titel van de verklaring.",
        },
      },
      signedOn: {
        $ref: "common.schema.json#/$defs/CalendarDate",
        title: "Signed on",
        description: "The date of the joint signing.",
        "x-nl": {
          title: "Ondertekend op",
          description: "De datum van de gezamenlijke ondertekening.",
        },
      },
      summary: {
        $ref: "common.schema.json#/$defs/LocalizedText",
        title: "Summary",
        description: "What the signatories commit to, in a few sentences.",
        "x-nl": {
          title: "Samenvatting",
          description: "Waartoe de ondertekenaars zich verplichten, in enkele zinnen.",
        },
      },
      targets: {
        title: "Targets",
        description: "The targets the declaration sets, in order of year.",
        "x-nl": {
          title: "Doelen",
          description: "De doelen die de verklaring stelt, in volgorde van jaar.",
        },
        type: "array",
        maxItems: 100,
        items: {
          $ref: "target.schema.json",
        },
      },
      provenance: {
        title: "Provenance",
        description: "Sources and evidence status of the facts in this record.",
        "x-nl": {
          title: "Herkomst",
          description: "Bronnen en bewijsstatus van de feiten in dit record.",
        },
        type: "array",
        maxItems: 50,
        items: {
          $ref: "common.schema.json#/$defs/Provenance",
        },
      },
    },
  },
  "goal.schema.json": {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://mra-circulair.nl/schema/1.0/goal.schema.json",
    title: "Goal",
    description: "A goal of a roadmap, made measurable by one or more targets.",
    "x-nl": {
      title: "Doel",
      description: "Een doel uit een roadmap, meetbaar gemaakt met een of meer streefwaarden.",
    },
    type: "object",
    additionalProperties: false,
    required: ["id", "title", "targets"],
    properties: {
      id: {
        $ref: "common.schema.json#/$defs/Identifier",
        title: "Identifier",
        description: "The goal's identifier in this dataset.",
        "x-nl": {
          title: "Identificator",
          description: "De identificator van het doel in deze dataset.",
        },
      },
      roadmap: {
        $ref: "common.schema.json#/$defs/Identifier",
        title: "Roadmap",
        description: "The identifier of the Roadmap this goal belongs to.",
        "x-nl": {
          title: "Roadmap",
          description: "De identificator van de Roadmap waartoe dit doel behoort.",
        },
      },
      declaration: {
        $ref: "common.schema.json#/$defs/Identifier",
        title: "Declaration",
        description: "The identifier of the Declaration the goal restates, if any.",
        "x-nl": {
          title: "Verklaring",
          description: "De identificator van de Declaration waarop het doel teruggaat, indien van toepassing.",
        },
      },
      title: {
        $ref: "common.schema.json#/$defs/LocalizedText",
        title: "Title",
        description: "The goal in one line.",
        "x-nl": {
          title: "Titel",
          description: "Het doel in één regel.",
        },
      },
      description: {
        $ref: "common.schema.json#/$defs/LocalizedText",
        title: "Description",
        description: "What the goal means and how it is measured.",
        "x-nl": {
          title: "Omschrijving",
          description: "Wat het doel inhoudt en hoe het wordt gemeten.",
        },
      },
      targets: {
        title: "Targets",
        description: "The targets that make the goal measurable.",
        "x-nl": {
          title: "Streefwaarden",
          description: "De streefwaarden die het doel meetbaar maken.",
        },
        type: "array",
        maxItems: 100,
        items: {
          $ref: "target.schema.json",
        },
      },
      provenance: {
        title: "Provenance",
        description: "Sources and evidence status of the facts in this record.",
        "x-nl": {
          title: "Herkomst",
          description: "Bronnen en bewijsstatus van de feiten in dit record.",
        },
        type: "array",
        maxItems: 50,
        items: {
          $ref: "common.schema.json#/$defs/Provenance",
        },
      },
    },
  },
  "indicator-definition.schema.json": {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://mra-circulair.nl/schema/1.0/indicator-definition.schema.json",
    title: "Indicator definition",
    description:
      "The definition of an indicator for measuring circular procurement, such as the share of circular purchasing or the tonnes of material saved: what it measures, in which unit, how values are aggregated and which direction is better. Observations give its values.",
    "x-nl": {
      title: "Indicatordefinitie",
      description:
        "De definitie van een indicator voor het meten van circulair inkopen, zoals het aandeel circulaire inkoop of het aantal tonnen bespaard materiaal: wat ze meet, in welke eenheid, hoe waarden worden samengevoegd en welke richting beter is. Waarnemingen geven de waarden.",
    },
    type: "object",
    additionalProperties: false,
    required: ["id", "name", "description", "unit", "aggregation", "direction", "method", "version"],
    properties: {
      id: {
        $ref: "common.schema.json#/$defs/Identifier",
        title: "Identifier",
        description: "The identifier of this indicator definition in the dataset.",
        "x-nl": {
          title: "Identificator",
          description: "De identificator van deze indicatordefinitie in de dataset.",
        },
      },
      name: {
        $ref: "common.schema.json#/$defs/LocalizedText",
        title: "Name",
        description: "A short name for the indicator.",
        "x-nl": {
          title: "Naam",
          description: "Een korte naam voor de indicator.",
        },
      },
      description: {
        $ref: "common.schema.json#/$defs/LocalizedText",
        title: "Description",
        description: "What the indicator measures and why.",
        "x-nl": {
          title: "Beschrijving",
          description: "Wat de indicator meet en waarom.",
        },
      },
      unit: {
        $ref: "#/$defs/IndicatorUnit",
        title: "Unit",
        description: "The unit in which values of the indicator are given.",
        "x-nl": {
          title: "Eenheid",
          description: "De eenheid waarin waarden van de indicator worden uitgedrukt.",
        },
      },
      aggregation: {
        title: "Aggregation",
        description:
          "How values for parts (organisations, periods) combine into a value for the whole: sum, count, share (a ratio of two sums, such as circular purchasing value over total purchasing value) or mean.",
        "x-nl": {
          title: "Samenvoeging",
          description:
            "Hoe waarden voor delen (organisaties, perioden) worden samengevoegd tot een waarde voor het geheel: sum (optellen), count (tellen), share (verhouding van twee sommen, zoals circulaire inkoopwaarde gedeeld door totale inkoopwaarde) of mean (gemiddelde).",
        },
        type: "string",
        "x-codelist": "aggregation",
        "x-openCodelist": false,
        enum: ["sum", "count", "share", "mean"],
      },
      direction: {
        title: "Direction",
        description: "Whether a higher or a lower value is better.",
        "x-nl": {
          title: "Richting",
          description: "Of een hogere of een lagere waarde beter is.",
        },
        type: "string",
        "x-codelist": "direction",
        "x-openCodelist": false,
        enum: ["higher-is-better", "lower-is-better"],
      },
      method: {
        $ref: "common.schema.json#/$defs/LocalizedText",
        title: "Method",
        description: "How a value is determined: the counting rule or formula and the data it needs.",
        "x-nl": {
          title: "Methode",
          description: "Hoe een waarde wordt bepaald: de telregel of formule en de gegevens die daarvoor nodig zijn.",
        },
      },
      version: {
        $ref: "criterion.schema.json#/$defs/SemanticVersion",
        title: "Version",
        description:
          "The version of this definition. A change of method that makes values incomparable with earlier ones raises the major number.",
        "x-nl": {
          title: "Versie",
          description:
            "De versie van deze definitie. Een wijziging van de methode waardoor waarden niet meer vergelijkbaar zijn met eerdere, verhoogt het hoofdnummer.",
        },
      },
      scope: {
        $ref: "common.schema.json#/$defs/LocalizedText",
        title: "Scope",
        description:
          "What falls inside and outside the indicator, for example which purchasing categories, contract values or organisations are counted.",
        "x-nl": {
          title: "Reikwijdte",
          description:
            "Wat binnen en buiten de indicator valt, bijvoorbeeld welke inkoopcategorieën, contractwaarden of organisaties worden meegeteld.",
        },
      },
      sources: {
        title: "Sources",
        description: "Public web addresses of the documents that define or underpin the indicator.",
        "x-nl": {
          title: "Bronnen",
          description: "Openbare webadressen van de documenten die de indicator definiëren of onderbouwen.",
        },
        type: "array",
        minItems: 1,
        maxItems: 20,
        items: {
          $ref: "common.schema.json#/$defs/HttpUrl",
        },
      },
      provenance: {
        title: "Provenance",
        description: "Sources and evidence status of the facts in this record.",
        "x-nl": {
          title: "Herkomst",
          description: "Bronnen en bewijsstatus van de feiten in dit record.",
        },
        type: "array",
        maxItems: 50,
        items: {
          $ref: "common.schema.json#/$defs/Provenance",
        },
      },
    },
    $defs: {
      IndicatorUnit: {
        title: "Indicator unit",
        description:
          "The unit of an indicator value: percent, eur (euro), tonne, tonne-co2e (tonne of CO2 equivalent) or count.",
        "x-nl": {
          title: "Eenheid van een indicator",
          description:
            "De eenheid van een indicatorwaarde: percent (procent), eur (euro), tonne (ton), tonne-co2e (ton CO2-equivalent) of count (aantal).",
        },
        type: "string",
        "x-codelist": "unit",
        "x-openCodelist": false,
        enum: ["percent", "eur", "tonne", "tonne-co2e", "count"],
      },
    },
  },
  "mvi-link.schema.json": {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://mra-circulair.nl/schema/1.0/mvi-link.schema.json",
    title: "MVI link",
    description:
      "A typed relation from an item of the MRA programme (a goal, target, purchase package, track, criterion, procurement or the roadmap) to a criterion of the MVI-criteriatool, an MVOI theme or an organisation's MVI plan. It reads as a sentence: from, type, to (criterion X is stricter than MVI criterion Y).",
    "x-nl": {
      title: "MVI-koppeling",
      description:
        "Een getypeerde relatie van een onderdeel van het MRA-programma (een doel, streefwaarde, inkooppakket, spoor, criterium, aanbesteding of de roadmap) naar een criterium uit de MVI-criteriatool, een MVOI-thema of het MVI-plan van een organisatie. Ze leest als een zin: from, type, to (criterium X is strenger dan MVI-criterium Y).",
    },
    type: "object",
    additionalProperties: false,
    required: ["id", "type", "from", "to"],
    properties: {
      id: {
        $ref: "common.schema.json#/$defs/Identifier",
        title: "Identifier",
        description: "The identifier of this link in the dataset.",
        "x-nl": {
          title: "Identificator",
          description: "De identificator van deze koppeling in de dataset.",
        },
      },
      type: {
        title: "Type",
        description:
          "How the MRA item relates to the target: implements (puts it into practice), refines (makes it more specific), equivalent (has the same effect), stricter-than (asks more), derived-from (was written on its basis) or contributes-to (helps to reach it).",
        "x-nl": {
          title: "Soort",
          description:
            "Hoe het MRA-onderdeel zich verhoudt tot het doel van de koppeling: implements (voert het uit), refines (maakt het specifieker), equivalent (heeft hetzelfde effect), stricter-than (vraagt meer), derived-from (is erop gebaseerd) of contributes-to (helpt het te bereiken).",
        },
        type: "string",
        "x-codelist": "mvi-link-type",
        "x-openCodelist": false,
        enum: ["implements", "refines", "equivalent", "stricter-than", "derived-from", "contributes-to"],
      },
      from: {
        $ref: "#/$defs/MraItemRef",
        title: "From",
        description: "The MRA item the relation starts from.",
        "x-nl": {
          title: "Van",
          description: "Het MRA-onderdeel waar de relatie van uitgaat.",
        },
      },
      to: {
        $ref: "#/$defs/MviLinkTarget",
        title: "To",
        description: "The MVI criterion, MVOI theme or MVI plan the relation points to.",
        "x-nl": {
          title: "Naar",
          description: "Het MVI-criterium, MVOI-thema of MVI-plan waar de relatie naar wijst.",
        },
      },
      note: {
        $ref: "common.schema.json#/$defs/LocalizedText",
        title: "Note",
        description: "Explanation of the relation, for example in what respect a criterion is stricter.",
        "x-nl": {
          title: "Toelichting",
          description: "Uitleg bij de relatie, bijvoorbeeld waarin een criterium strenger is.",
        },
      },
      provenance: {
        title: "Provenance",
        description: "Sources and evidence status of the facts in this record.",
        "x-nl": {
          title: "Herkomst",
          description: "Bronnen en bewijsstatus van de feiten in dit record.",
        },
        type: "array",
        maxItems: 50,
        items: {
          $ref: "common.schema.json#/$defs/Provenance",
        },
      },
    },
    $defs: {
      MraItemRef: {
        title: "MRA item reference",
        description: "A reference to a record of the MRA programme in this dataset, by its entity and identifier.",
        "x-nl": {
          title: "Verwijzing naar MRA-onderdeel",
          description:
            "Een verwijzing naar een record van het MRA-programma in deze dataset, met entiteit en identificator.",
        },
        type: "object",
        additionalProperties: false,
        required: ["itemType", "id"],
        properties: {
          itemType: {
            title: "Item type",
            description:
              "The entity of the referenced record, named as its schema file: goal (Goal), target (Target), purchase-package (PurchasePackage), track (Track), criterion (Criterion), procurement (Procurement) or roadmap (Roadmap).",
            "x-nl": {
              title: "Soort onderdeel",
              description:
                "De entiteit van het record waarnaar verwezen wordt, genoemd naar het schemabestand: goal (doel), target (streefwaarde), purchase-package (inkooppakket), track (spoor), criterion (criterium), procurement (aanbesteding) of roadmap.",
            },
            $comment:
              "A closed list of entity names of this standard, written inline; it has no codelist file and grows only with the standard itself.",
            type: "string",
            enum: ["goal", "target", "purchase-package", "track", "criterion", "procurement", "roadmap"],
          },
          id: {
            $ref: "common.schema.json#/$defs/Identifier",
            title: "Identifier",
            description: "The identifier of the referenced record, of the entity named by itemType.",
            "x-nl": {
              title: "Identificator",
              description:
                "De identificator van het record waarnaar verwezen wordt, van de entiteit die itemType noemt.",
            },
          },
        },
      },
      MviLinkTarget: {
        title: "MVI link target",
        description:
          "What an MVI link points to, told apart by kind: a criterion of the MVI-criteriatool, an MVOI theme or an organisation's MVI plan.",
        "x-nl": {
          title: "Doel van een MVI-koppeling",
          description:
            "Waar een MVI-koppeling naar wijst, onderscheiden door kind: een criterium uit de MVI-criteriatool, een MVOI-thema of het MVI-plan van een organisatie.",
        },
        anyOf: [
          {
            $ref: "#/$defs/MviCriterionRef",
          },
          {
            $ref: "#/$defs/MvoiThemeRef",
          },
          {
            $ref: "#/$defs/MviPlanRef",
          },
        ],
      },
      MviCriterionRef: {
        title: "MVI criterion reference",
        description:
          "A reference to a criterion of the MVI-criteriatool (mvicriteria.nl). The tool publishes no documented identifiers, so the criterion is named as the tool shows it, with its product group and version where known.",
        "x-nl": {
          title: "Verwijzing naar MVI-criterium",
          description:
            "Een verwijzing naar een criterium uit de MVI-criteriatool (mvicriteria.nl). De tool publiceert geen gedocumenteerde identificatoren, dus het criterium wordt genoemd zoals de tool het toont, met productgroep en versie voor zover bekend.",
        },
        type: "object",
        additionalProperties: false,
        required: ["kind", "reference"],
        properties: {
          kind: {
            title: "Kind",
            description: "Always mvi-criterion.",
            "x-nl": {
              title: "Soort",
              description: "Altijd mvi-criterion.",
            },
            type: "string",
            const: "mvi-criterion",
          },
          reference: {
            title: "Reference",
            description: "The identifier or title of the criterion as the MVI-criteriatool shows it.",
            "x-nl": {
              title: "Verwijzing",
              description: "De identificator of titel van het criterium zoals de MVI-criteriatool die toont.",
            },
            type: "string",
            minLength: 1,
            maxLength: 500,
          },
          productGroup: {
            title: "Product group",
            description:
              "The product group of the MVI-criteriatool the criterion belongs to, by its Dutch name (Kantoormeubilair, Catering).",
            "x-nl": {
              title: "Productgroep",
              description:
                "De productgroep van de MVI-criteriatool waartoe het criterium behoort, met de Nederlandse naam (Kantoormeubilair, Catering).",
            },
            type: "string",
            minLength: 1,
            maxLength: 200,
          },
          uri: {
            $ref: "common.schema.json#/$defs/HttpUrl",
            title: "Web address",
            description: "A web address that shows the criterion or its product group in the MVI-criteriatool.",
            "x-nl": {
              title: "Webadres",
              description: "Een webadres dat het criterium of de productgroep ervan in de MVI-criteriatool toont.",
            },
          },
          version: {
            title: "Version",
            description:
              "The version or update round of the criterion as the tool states it, for example 'geactualiseerd mei 2019'.",
            "x-nl": {
              title: "Versie",
              description:
                "De versie of actualisatieronde van het criterium zoals de tool die vermeldt, bijvoorbeeld 'geactualiseerd mei 2019'.",
            },
            type: "string",
            minLength: 1,
            maxLength: 100,
          },
        },
      },
      MvoiThemeRef: {
        title: "MVOI theme reference",
        description: "A reference to one of the six MVOI themes.",
        "x-nl": {
          title: "Verwijzing naar MVOI-thema",
          description: "Een verwijzing naar een van de zes MVOI-thema's.",
        },
        type: "object",
        additionalProperties: false,
        required: ["kind", "theme"],
        properties: {
          kind: {
            title: "Kind",
            description: "Always mvoi-theme.",
            "x-nl": {
              title: "Soort",
              description: "Altijd mvoi-theme.",
            },
            type: "string",
            const: "mvoi-theme",
          },
          theme: {
            $ref: "criterion.schema.json#/$defs/MvoiTheme",
            title: "Theme",
            description: "The MVOI theme.",
            "x-nl": {
              title: "Thema",
              description: "Het MVOI-thema.",
            },
          },
        },
      },
      MviPlanRef: {
        title: "MVI plan reference",
        description:
          "A reference to an organisation's MVI or MVOI plan, such as the actieplan MVOI that signatories of the Manifest MVOI write.",
        "x-nl": {
          title: "Verwijzing naar MVI-plan",
          description:
            "Een verwijzing naar het MVI- of MVOI-plan van een organisatie, zoals het actieplan MVOI dat ondertekenaars van het Manifest MVOI opstellen.",
        },
        type: "object",
        additionalProperties: false,
        required: ["kind", "organisation", "title"],
        properties: {
          kind: {
            title: "Kind",
            description: "Always mvi-plan.",
            "x-nl": {
              title: "Soort",
              description: "Altijd mvi-plan.",
            },
            type: "string",
            const: "mvi-plan",
          },
          organisation: {
            $ref: "common.schema.json#/$defs/Identifier",
            title: "Organisation",
            description: "The identifier of the Organisation record that owns the plan.",
            "x-nl": {
              title: "Organisatie",
              description: "De identificator van het Organisation-record waarvan het plan is.",
            },
          },
          title: {
            $ref: "common.schema.json#/$defs/LocalizedText",
            title: "Title",
            description: "The title of the plan as published.",
            "x-nl": {
              title: "Titel",
              description: "De titel van het plan zoals gepubliceerd.",
            },
          },
          year: {
            $ref: "common.schema.json#/$defs/Year",
            title: "Year",
            description: "The year the plan was adopted.",
            "x-nl": {
              title: "Jaar",
              description: "Het jaar waarin het plan is vastgesteld.",
            },
          },
          uri: {
            $ref: "common.schema.json#/$defs/HttpUrl",
            title: "Web address",
            description: "The public web address of the plan.",
            "x-nl": {
              title: "Webadres",
              description: "Het openbare webadres van het plan.",
            },
          },
        },
      },
    },
  },
  "observation.schema.json": {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://mra-circulair.nl/schema/1.0/observation.schema.json",
    title: "Observation",
    description:
      "One value of an indicator for one subject (an organisation, an MRA subregion or the whole MRA) over one period, with how it was obtained.",
    "x-nl": {
      title: "Waarneming",
      description:
        "Eén waarde van een indicator voor één onderwerp (een organisatie, een MRA-deelregio of de hele MRA) over één periode, met de manier waarop ze is verkregen.",
    },
    type: "object",
    additionalProperties: false,
    required: ["id", "indicator", "subject", "period", "value", "unit", "quality"],
    properties: {
      id: {
        $ref: "common.schema.json#/$defs/Identifier",
        title: "Identifier",
        description: "The identifier of this observation in the dataset.",
        "x-nl": {
          title: "Identificator",
          description: "De identificator van deze waarneming in de dataset.",
        },
      },
      indicator: {
        $ref: "common.schema.json#/$defs/Identifier",
        title: "Indicator",
        description: "The identifier of the IndicatorDefinition record this is a value of.",
        "x-nl": {
          title: "Indicator",
          description: "De identificator van het IndicatorDefinition-record waarvan dit een waarde is.",
        },
      },
      subject: {
        $ref: "#/$defs/ObservationSubject",
        title: "Subject",
        description: "Whom or what the value is about.",
        "x-nl": {
          title: "Onderwerp",
          description: "Over wie of wat de waarde gaat.",
        },
      },
      period: {
        $ref: "#/$defs/ObservationPeriod",
        title: "Period",
        description: "The period the value covers.",
        "x-nl": {
          title: "Periode",
          description: "De periode waarover de waarde gaat.",
        },
      },
      value: {
        $ref: "#/$defs/ObservationValue",
        title: "Value",
        description: "The value, as an exact decimal string in the unit given.",
        "x-nl": {
          title: "Waarde",
          description: "De waarde, als exacte decimale tekst in de opgegeven eenheid.",
        },
      },
      unit: {
        $ref: "indicator-definition.schema.json#/$defs/IndicatorUnit",
        title: "Unit",
        description: "The unit of the value; equal to the unit of the indicator.",
        "x-nl": {
          title: "Eenheid",
          description: "De eenheid van de waarde; gelijk aan de eenheid van de indicator.",
        },
      },
      method: {
        $ref: "common.schema.json#/$defs/LocalizedText",
        title: "Method",
        description: "How this value was determined, where it differs from or adds to the method of the indicator.",
        "x-nl": {
          title: "Methode",
          description:
            "Hoe deze waarde is bepaald, voor zover dat afwijkt van of een aanvulling is op de methode van de indicator.",
        },
      },
      source: {
        $ref: "common.schema.json#/$defs/LocalizedText",
        title: "Source",
        description:
          "A description of the data the value comes from, such as a purchasing administration or a survey, which often has no public web address. Public web addresses go in provenance.",
        "x-nl": {
          title: "Bron",
          description:
            "Een beschrijving van de gegevens waar de waarde vandaan komt, zoals een inkoopadministratie of een uitvraag, die vaak geen openbaar webadres heeft. Openbare webadressen horen in de herkomst.",
        },
      },
      quality: {
        title: "Quality",
        description:
          "How the value was obtained: measured, self-reported (by the organisation itself), estimated, or computed from other records by a counting rule.",
        "x-nl": {
          title: "Kwaliteit",
          description:
            "Hoe de waarde is verkregen: measured (gemeten), self-reported (door de organisatie zelf opgegeven), estimated (geschat) of computed (met een telregel berekend uit andere records).",
        },
        type: "string",
        "x-codelist": "observation-quality",
        "x-openCodelist": false,
        enum: ["measured", "self-reported", "estimated", "computed"],
      },
      computedFrom: {
        title: "Computed from",
        description:
          "For a computed value: the identifiers of the Procurement records that were counted, each listed once.",
        "x-nl": {
          title: "Berekend uit",
          description:
            "Bij een berekende waarde: de identificatoren van de Procurement-records (aanbestedingen) die zijn meegeteld, elk één keer.",
        },
        $comment: "No uniqueItems: on an array this long it would cost quadratic time in some validators.",
        type: "array",
        minItems: 1,
        maxItems: 100000,
        items: {
          $ref: "common.schema.json#/$defs/Identifier",
        },
      },
      ruleVersion: {
        title: "Rule version",
        description: "For a computed value: the version of the counting rule that produced it.",
        "x-nl": {
          title: "Versie telregel",
          description: "Bij een berekende waarde: de versie van de telregel waarmee ze is berekend.",
        },
        type: "string",
        minLength: 1,
        maxLength: 64,
      },
      provenance: {
        title: "Provenance",
        description: "Sources and evidence status of the facts in this record.",
        "x-nl": {
          title: "Herkomst",
          description: "Bronnen en bewijsstatus van de feiten in dit record.",
        },
        type: "array",
        maxItems: 50,
        items: {
          $ref: "common.schema.json#/$defs/Provenance",
        },
      },
    },
    $defs: {
      ObservationSubject: {
        title: "Observation subject",
        description: "The organisation, MRA subregion or whole MRA an observation is about.",
        "x-nl": {
          title: "Onderwerp van een waarneming",
          description: "De organisatie, MRA-deelregio of hele MRA waarover een waarneming gaat.",
        },
        type: "object",
        additionalProperties: false,
        required: ["type", "id"],
        properties: {
          type: {
            title: "Type",
            description: "The kind of subject: organisation, subregion or mra.",
            "x-nl": {
              title: "Soort",
              description:
                "De soort onderwerp: organisation (organisatie), subregion (deelregio) of mra (de hele Metropoolregio Amsterdam).",
            },
            $comment: "A closed list of subject kinds of this standard, written inline; it has no codelist file.",
            type: "string",
            enum: ["organisation", "subregion", "mra"],
          },
          id: {
            $ref: "common.schema.json#/$defs/Identifier",
            title: "Identifier",
            description:
              "For organisation: the identifier of an Organisation record. For subregion: a code of the subregion codelist (ijmond). For mra: mra.",
            "x-nl": {
              title: "Identificator",
              description:
                "Bij organisation: de identificator van een Organisation-record. Bij subregion: een code uit de codelijst subregion (ijmond). Bij mra: mra.",
            },
          },
        },
      },
      ObservationPeriod: {
        title: "Observation period",
        description: "A period of whole days; both start and end are included. The end is not before the start.",
        "x-nl": {
          title: "Periode van een waarneming",
          description:
            "Een periode van hele dagen; begin en einde tellen allebei mee. Het einde ligt niet voor het begin.",
        },
        type: "object",
        additionalProperties: false,
        required: ["start", "end"],
        properties: {
          start: {
            $ref: "common.schema.json#/$defs/CalendarDate",
            title: "Start",
            description: "The first day of the period (inclusive).",
            "x-nl": {
              title: "Begin",
              description: "De eerste dag van de periode (telt mee).",
            },
          },
          end: {
            $ref: "common.schema.json#/$defs/CalendarDate",
            title: "End",
            description: "The last day of the period (inclusive), for a calendar year 31 December.",
            "x-nl": {
              title: "Einde",
              description: "De laatste dag van de periode (telt mee), voor een kalenderjaar 31 december.",
            },
          },
        },
      },
      ObservationValue: {
        title: "Observation value",
        description:
          'An exact decimal string that may be negative, with at most six decimals and no thousands separator, so that no float rounding can occur ("-12.5").',
        "x-nl": {
          title: "Waarde van een waarneming",
          description:
            'Exacte decimale tekst die negatief mag zijn, met hoogstens zes decimalen en zonder scheidingsteken voor duizendtallen, zodat geen afronding door drijvende komma kan optreden ("-12.5").',
        },
        type: "string",
        maxLength: 27,
        pattern: "^-?(0|[1-9][0-9]{0,17})(\\.[0-9]{1,6})?$",
        examples: ["10.4", "300000", "-12.5"],
      },
    },
  },
  "organisation.schema.json": {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://mra-circulair.nl/schema/1.0/organisation.schema.json",
    title: "Organisation",
    description:
      "A government organisation that takes part in circular procurement: a municipality, a province, the transport authority or another body. A merged municipality stays a record of its own, with an end date and its successor.",
    "x-nl": {
      title: "Organisatie",
      description:
        "Een overheidsorganisatie die meedoet aan circulair inkopen: een gemeente, een provincie, de vervoerregio of een ander orgaan. Een opgeheven gemeente blijft een eigen record, met een einddatum en haar opvolger.",
    },
    type: "object",
    additionalProperties: false,
    required: ["id", "name", "kind", "identifiers"],
    properties: {
      id: {
        $ref: "common.schema.json#/$defs/Identifier",
        title: "Identifier",
        description:
          "The organisation's identifier in this dataset. For municipalities and provinces the CBS code (GM0363, PV27).",
        "x-nl": {
          title: "Identificator",
          description:
            "De identificator van de organisatie in deze dataset. Voor gemeenten en provincies de CBS-code (GM0363, PV27).",
        },
      },
      name: {
        title: "Name",
        description: "The official name in Dutch.",
        "x-nl": {
          title: "Naam",
          description: "De officiële naam in het Nederlands.",
        },
        type: "string",
        minLength: 1,
        maxLength: 200,
      },
      kind: {
        title: "Kind",
        description: "The kind of organisation.",
        "x-nl": {
          title: "Soort",
          description: "De soort organisatie.",
        },
        type: "string",
        "x-codelist": "organisation-kind",
        "x-openCodelist": false,
        enum: ["gemeente", "provincie", "vervoerregio", "other"],
      },
      identifiers: {
        title: "Identifiers",
        description:
          "Official identifiers of the organisation, each with its scheme. Empty when no official identifier is known.",
        "x-nl": {
          title: "Identificatoren",
          description:
            "Officiële identificatoren van de organisatie, elk met het stelsel waartoe ze behoort. Leeg als geen officiële identificator bekend is.",
        },
        type: "array",
        maxItems: 10,
        items: {
          $ref: "#/$defs/OrganisationIdentifier",
        },
      },
      province: {
        $ref: "common.schema.json#/$defs/Identifier",
        title: "Province",
        description: "For a municipality: the identifier of the province it lies in.",
        "x-nl": {
          title: "Provincie",
          description: "Voor een gemeente: de identificator van de provincie waarin ze ligt.",
        },
      },
      subregion: {
        title: "MRA subregion",
        description:
          "The MRA subregion (deelregio) the municipality belongs to; absent for provinces, the Vervoerregio and organisations outside the MRA.",
        "x-nl": {
          title: "MRA-deelregio",
          description:
            "De MRA-deelregio waartoe de gemeente behoort; ontbreekt bij provincies, de Vervoerregio en organisaties buiten de MRA.",
        },
        type: "string",
        "x-codelist": "subregion",
        "x-openCodelist": false,
        enum: [
          "almere-lelystad",
          "amstelland-meerlanden",
          "amsterdam",
          "gooi-en-vechtstreek",
          "ijmond",
          "zaanstreek-waterland",
          "zuid-kennemerland",
        ],
      },
      validFrom: {
        $ref: "common.schema.json#/$defs/CalendarDate",
        title: "Valid from",
        description:
          "The first day the organisation exists in this form. For municipalities the CBS begin date; 1970-01-01 in CBS data means 'on or before 1970'.",
        "x-nl": {
          title: "Geldig vanaf",
          description:
            "De eerste dag waarop de organisatie in deze vorm bestaat. Voor gemeenten de CBS-begindatum; 1970-01-01 in CBS-gegevens betekent 'op of voor 1970'.",
        },
      },
      validTo: {
        $ref: "common.schema.json#/$defs/CalendarDate",
        title: "Valid to",
        description:
          "The first day the organisation no longer exists (exclusive end, as the CBS end date). Absent while it exists.",
        "x-nl": {
          title: "Geldig tot",
          description:
            "De eerste dag waarop de organisatie niet meer bestaat (exclusief, zoals de CBS-einddatum). Ontbreekt zolang ze bestaat.",
        },
      },
      succession: {
        $ref: "#/$defs/Succession",
        title: "Succession",
        description: "Which organisation continued this one when it ended, and how.",
        "x-nl": {
          title: "Opvolging",
          description: "Welke organisatie deze voortzette toen ze ophield te bestaan, en hoe.",
        },
      },
      provenance: {
        title: "Provenance",
        description: "Sources and evidence status of the facts in this record.",
        "x-nl": {
          title: "Herkomst",
          description: "Bronnen en bewijsstatus van de feiten in dit record.",
        },
        type: "array",
        maxItems: 50,
        items: {
          $ref: "common.schema.json#/$defs/Provenance",
        },
      },
    },
    $defs: {
      OrganisationIdentifier: {
        title: "Organisation identifier",
        description: "An official identifier with the scheme it belongs to.",
        "x-nl": {
          title: "Organisatie-identificator",
          description: "Een officiële identificator met het stelsel waartoe ze behoort.",
        },
        type: "object",
        additionalProperties: false,
        required: ["scheme", "value"],
        properties: {
          scheme: {
            title: "Scheme",
            description: "The identifier scheme: CBS municipality code, CBS province code, OIN or KvK number.",
            "x-nl": {
              title: "Stelsel",
              description: "Het stelsel van de identificator: CBS-gemeentecode, CBS-provinciecode, OIN of KvK-nummer.",
            },
            type: "string",
            "x-codelist": "identifier-scheme",
            "x-openCodelist": false,
            enum: ["cbs-gemeente", "cbs-provincie", "oin", "kvk"],
          },
          value: {
            title: "Value",
            description:
              "The identifier as written in its scheme (GM0363, PV27, a 20-digit OIN or an 8-digit KvK number).",
            "x-nl": {
              title: "Waarde",
              description:
                "De identificator zoals in het stelsel geschreven (GM0363, PV27, een OIN van 20 cijfers of een KvK-nummer van 8 cijfers).",
            },
            type: "string",
            maxLength: 20,
            pattern: "^(GM[0-9]{4}|PV[0-9]{2}|[0-9]{20}|[0-9]{8})$",
          },
        },
      },
      Succession: {
        title: "Succession",
        description:
          "The end of an organisation through a merger: who continues it, from which date and by which kind of merger.",
        "x-nl": {
          title: "Opvolging",
          description:
            "Het einde van een organisatie door een herindeling: wie haar voortzet, vanaf welke datum en door welk soort herindeling.",
        },
        type: "object",
        additionalProperties: false,
        required: ["successor", "date", "type"],
        properties: {
          successor: {
            $ref: "common.schema.json#/$defs/Identifier",
            title: "Successor",
            description: "The identifier of the organisation that continues this one.",
            "x-nl": {
              title: "Opvolger",
              description: "De identificator van de organisatie die deze voortzet.",
            },
          },
          date: {
            $ref: "common.schema.json#/$defs/CalendarDate",
            title: "Date",
            description: "The date of the merger, equal to validTo of the ended organisation.",
            "x-nl": {
              title: "Datum",
              description: "De datum van de herindeling, gelijk aan validTo van de opgeheven organisatie.",
            },
          },
          type: {
            title: "Type",
            description: "The kind of merger under the Wet arhi.",
            "x-nl": {
              title: "Soort",
              description: "Het soort herindeling volgens de Wet arhi.",
            },
            type: "string",
            "x-codelist": "succession-type",
            "x-openCodelist": false,
            enum: ["merger", "light-merger"],
          },
        },
      },
    },
  },
  "procurement.schema.json": {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://mra-circulair.nl/schema/1.0/procurement.schema.json",
    title: "Procurement",
    description:
      "A procurement (aanbesteding or other purchase) by one buyer: what was bought, by which procedure and for what value, which criteria were applied, the matching eForms codes and, where measured, the circular outcomes.",
    "x-nl": {
      title: "Aanbesteding",
      description:
        "Een aanbesteding of andere inkoop van één opdrachtgever: wat is ingekocht, met welke procedure en voor welke waarde, welke criteria zijn toegepast, de bijbehorende eForms-codes en, voor zover gemeten, de circulaire resultaten.",
    },
    type: "object",
    additionalProperties: false,
    required: [
      "id",
      "buyer",
      "title",
      "cpvCodes",
      "procedure",
      "contractValue",
      "dates",
      "criteriaApplied",
      "mvoiThemes",
      "eforms",
    ],
    properties: {
      id: {
        $ref: "common.schema.json#/$defs/Identifier",
        title: "Identifier",
        description: "The identifier of this procurement in the dataset.",
        "x-nl": {
          title: "Identificator",
          description: "De identificator van deze aanbesteding in de dataset.",
        },
      },
      buyer: {
        $ref: "common.schema.json#/$defs/Identifier",
        title: "Buyer",
        description: "The identifier of the Organisation record of the buyer.",
        "x-nl": {
          title: "Opdrachtgever",
          description: "De identificator van het Organisation-record van de opdrachtgever.",
        },
      },
      title: {
        $ref: "common.schema.json#/$defs/LocalizedText",
        title: "Title",
        description: "The title of the procurement as published.",
        "x-nl": {
          title: "Titel",
          description: "De titel van de aanbesteding zoals gepubliceerd.",
        },
      },
      description: {
        $ref: "common.schema.json#/$defs/LocalizedText",
        title: "Description",
        description: "A short description of what is bought.",
        "x-nl": {
          title: "Beschrijving",
          description: "Een korte beschrijving van wat wordt ingekocht.",
        },
      },
      purchasePackage: {
        $ref: "common.schema.json#/$defs/Identifier",
        title: "Purchase package",
        description: "The identifier of the PurchasePackage record (MRA inkooppakket) the procurement falls under.",
        "x-nl": {
          title: "Inkooppakket",
          description:
            "De identificator van het PurchasePackage-record (MRA-inkooppakket) waaronder de aanbesteding valt.",
        },
      },
      cpvCodes: {
        title: "CPV codes",
        description: "The CPV codes of the subject matter, each at most once; the first is the main code.",
        "x-nl": {
          title: "CPV-codes",
          description:
            "De CPV-codes van het voorwerp van de opdracht, elk hoogstens één keer; de eerste is de hoofdcode.",
        },
        type: "array",
        minItems: 1,
        maxItems: 100,
        uniqueItems: true,
        items: {
          $ref: "common.schema.json#/$defs/CpvCode",
        },
      },
      procedure: {
        title: "Procedure",
        description:
          "The procurement procedure, such as openbaar (open) or niet-openbaar (restricted). The list is open: other codes are allowed and give a warning.",
        "x-nl": {
          title: "Procedure",
          description:
            "De aanbestedingsprocedure, zoals openbaar of niet-openbaar. De lijst is open: andere codes zijn toegestaan en geven een waarschuwing.",
        },
        type: "string",
        "x-codelist": "procedure-type",
        "x-openCodelist": true,
        maxLength: 64,
        pattern: "^[a-z0-9][a-z0-9-]*$",
        examples: ["openbaar", "niet-openbaar"],
      },
      contractValue: {
        $ref: "common.schema.json#/$defs/Money",
        title: "Contract value",
        description: "The total value of the contract over its full term, excluding VAT.",
        "x-nl": {
          title: "Contractwaarde",
          description: "De totale waarde van de opdracht over de hele looptijd, exclusief btw.",
        },
      },
      dates: {
        $ref: "#/$defs/ProcurementDates",
        title: "Dates",
        description: "The key dates of the procurement, as far as known.",
        "x-nl": {
          title: "Datums",
          description: "De belangrijkste datums van de aanbesteding, voor zover bekend.",
        },
      },
      criteriaApplied: {
        title: "Criteria applied",
        description:
          "The criteria used in this procurement, each at most once. Empty when no criterion of the dataset was applied.",
        "x-nl": {
          title: "Toegepaste criteria",
          description:
            "De criteria die in deze aanbesteding zijn gebruikt, elk hoogstens één keer. Leeg als geen criterium uit de dataset is toegepast.",
        },
        type: "array",
        maxItems: 500,
        items: {
          $ref: "#/$defs/AppliedCriterion",
        },
      },
      mvoiThemes: {
        title: "MVOI themes",
        description: "The MVOI themes addressed in this procurement, each at most once. Empty when none was addressed.",
        "x-nl": {
          title: "MVOI-thema's",
          description:
            "De MVOI-thema's waaraan in deze aanbesteding aandacht is besteed, elk hoogstens één keer. Leeg als geen thema aan bod kwam.",
        },
        type: "array",
        maxItems: 6,
        uniqueItems: true,
        items: {
          $ref: "criterion.schema.json#/$defs/MvoiTheme",
        },
      },
      eforms: {
        $ref: "#/$defs/EformsCodes",
        title: "eForms codes",
        description:
          "The strategic and green procurement codes of the procurement, as they are or would be reported in an eForms notice.",
        "x-nl": {
          title: "eForms-codes",
          description:
            "De codes voor strategisch en groen aanbesteden van de aanbesteding, zoals ze in een eForms-aankondiging staan of zouden staan.",
        },
      },
      outcomes: {
        $ref: "#/$defs/ProcurementOutcomes",
        title: "Outcomes",
        description: "The measured or estimated circular effect of the contract.",
        "x-nl": {
          title: "Resultaten",
          description: "Het gemeten of geschatte circulaire effect van de opdracht.",
        },
      },
      provenance: {
        title: "Provenance",
        description: "Sources and evidence status of the facts in this record.",
        "x-nl": {
          title: "Herkomst",
          description: "Bronnen en bewijsstatus van de feiten in dit record.",
        },
        type: "array",
        maxItems: 50,
        items: {
          $ref: "common.schema.json#/$defs/Provenance",
        },
      },
    },
    $defs: {
      ProcurementDates: {
        title: "Procurement dates",
        description: "The key dates of a procurement. Each is absent while unknown or not yet reached.",
        "x-nl": {
          title: "Datums van een aanbesteding",
          description:
            "De belangrijkste datums van een aanbesteding. Elke datum ontbreekt zolang ze onbekend is of nog niet is bereikt.",
        },
        type: "object",
        additionalProperties: false,
        properties: {
          publication: {
            $ref: "common.schema.json#/$defs/CalendarDate",
            title: "Publication",
            description: "The day the contract notice was published.",
            "x-nl": {
              title: "Publicatie",
              description: "De dag waarop de aankondiging van de opdracht is gepubliceerd.",
            },
          },
          award: {
            $ref: "common.schema.json#/$defs/CalendarDate",
            title: "Award",
            description: "The day of the award decision.",
            "x-nl": {
              title: "Gunning",
              description: "De dag van de gunningsbeslissing.",
            },
          },
          contractStart: {
            $ref: "common.schema.json#/$defs/CalendarDate",
            title: "Contract start",
            description: "The first day of the contract term.",
            "x-nl": {
              title: "Begin contract",
              description: "De eerste dag van de looptijd van de opdracht.",
            },
          },
          contractEnd: {
            $ref: "common.schema.json#/$defs/CalendarDate",
            title: "Contract end",
            description:
              "The last day of the contract term (inclusive), without options for extension not yet taken up.",
            "x-nl": {
              title: "Einde contract",
              description:
                "De laatste dag van de looptijd van de opdracht (telt mee), zonder nog niet gelichte verlengingsopties.",
            },
          },
        },
      },
      AppliedCriterion: {
        title: "Applied criterion",
        description: "A criterion as it was used in one procurement.",
        "x-nl": {
          title: "Toegepast criterium",
          description: "Een criterium zoals het in één aanbesteding is gebruikt.",
        },
        type: "object",
        additionalProperties: false,
        required: ["criterion", "use"],
        properties: {
          criterion: {
            $ref: "common.schema.json#/$defs/Identifier",
            title: "Criterion",
            description: "The identifier of the Criterion record (the version) that was applied.",
            "x-nl": {
              title: "Criterium",
              description: "De identificator van het Criterion-record (de versie) dat is toegepast.",
            },
          },
          use: {
            $ref: "criterion.schema.json#/$defs/CriterionType",
            title: "Use",
            description:
              "How the criterion was used in this procurement; it may differ from the type of the criterion, for example a requirement used as an award criterion.",
            "x-nl": {
              title: "Gebruik",
              description:
                "Hoe het criterium in deze aanbesteding is gebruikt; dat kan afwijken van de soort van het criterium, bijvoorbeeld een eis die als gunningscriterium is gebruikt.",
            },
          },
          weight: {
            $ref: "common.schema.json#/$defs/Percentage",
            title: "Weight",
            description:
              "The share of the criterion in the total award weighting, in percent. Only for use gunningscriterium; absent otherwise.",
            "x-nl": {
              title: "Weging",
              description:
                "Het aandeel van het criterium in de totale weging bij de gunning, in procenten. Alleen bij gebruik als gunningscriterium; ontbreekt anders.",
            },
          },
        },
      },
      EformsCodes: {
        title: "eForms codes",
        description:
          "The codes of the eForms fields BT-06, BT-774 and BT-805 (per lot in eForms), with codes from the codelists of eForms SDK 1.15.1. An empty list means nothing is reported; the code none states explicitly that there is none.",
        "x-nl": {
          title: "eForms-codes",
          description:
            "De codes van de eForms-velden BT-06, BT-774 en BT-805 (in eForms per perceel), met codes uit de codelijsten van eForms SDK 1.15.1. Een lege lijst betekent dat niets is opgegeven; de code none zegt uitdrukkelijk dat er geen is.",
        },
        type: "object",
        additionalProperties: false,
        required: ["strategicProcurement", "environmentalImpact", "gppCriteria"],
        properties: {
          strategicProcurement: {
            title: "Strategic procurement (BT-06)",
            description:
              "BT-06 Strategic Procurement, the aim of strategic procurement: codes of the eForms SDK 1.15.1 codelist strategic-procurement. none is not combined with other codes.",
            "x-nl": {
              title: "Strategisch aanbesteden (BT-06)",
              description:
                "BT-06, doel van strategische aanbestedingen: codes uit de codelijst strategic-procurement van eForms SDK 1.15.1. none wordt niet met andere codes gecombineerd.",
            },
            type: "array",
            maxItems: 4,
            uniqueItems: true,
            items: {
              type: "string",
              "x-codelist": "eforms-strategic-procurement",
              "x-openCodelist": false,
              enum: ["env-imp", "inn-pur", "soc-obj", "none"],
            },
          },
          environmentalImpact: {
            title: "Environmental impact (BT-774)",
            description:
              "BT-774 Green Procurement, the approach to reducing environmental impacts: codes of the eForms SDK 1.15.1 codelist environmental-impact. The circular economy code is circ-econ.",
            "x-nl": {
              title: "Milieueffecten (BT-774)",
              description:
                "BT-774, aanpak voor het beperken van milieueffecten: codes uit de codelijst environmental-impact van eForms SDK 1.15.1. De code voor de circulaire economie is circ-econ.",
            },
            type: "array",
            maxItems: 7,
            uniqueItems: true,
            items: {
              type: "string",
              "x-codelist": "eforms-environmental-impact",
              "x-openCodelist": false,
              enum: ["biodiv-eco", "circ-econ", "clim-adapt", "clim-mitig", "pollu-prev", "water-mar", "other"],
            },
          },
          gppCriteria: {
            title: "Green procurement criteria (BT-805)",
            description:
              "BT-805 Green Procurement Criteria, the sets of established green public procurement criteria used: codes of the eForms SDK 1.15.1 codelist gpp-criteria (eu, national, other or none). none is not combined with other codes.",
            "x-nl": {
              title: "Criteria groene overheidsopdrachten (BT-805)",
              description:
                "BT-805, criteria groene overheidsopdrachten: de gebruikte vastgestelde criteriasets, met codes uit de codelijst gpp-criteria van eForms SDK 1.15.1 (eu, national, other of none). none wordt niet met andere codes gecombineerd.",
            },
            type: "array",
            maxItems: 4,
            uniqueItems: true,
            items: {
              type: "string",
              "x-codelist": "eforms-gpp-criteria",
              "x-openCodelist": false,
              enum: ["eu", "national", "other", "none"],
            },
          },
        },
      },
      ProcurementOutcomes: {
        title: "Procurement outcomes",
        description:
          "The circular effect of a contract compared with a conventional purchase, measured or estimated with a stated method.",
        "x-nl": {
          title: "Resultaten van een aanbesteding",
          description:
            "Het circulaire effect van een opdracht ten opzichte van een gangbare inkoop, gemeten of geschat met een opgegeven methode.",
        },
        type: "object",
        additionalProperties: false,
        properties: {
          materialSavedTonnes: {
            $ref: "common.schema.json#/$defs/Quantity",
            title: "Material saved (tonnes)",
            description: "The material saved, in tonnes.",
            "x-nl": {
              title: "Bespaard materiaal (ton)",
              description: "Het bespaarde materiaal, in ton.",
            },
          },
          co2eAvoidedTonnes: {
            $ref: "common.schema.json#/$defs/Quantity",
            title: "Emissions avoided (tonnes CO2e)",
            description: "The greenhouse-gas emissions avoided, in tonnes of CO2 equivalent.",
            "x-nl": {
              title: "Vermeden uitstoot (ton CO2-eq)",
              description: "De vermeden uitstoot van broeikasgassen, in ton CO2-equivalent.",
            },
          },
          method: {
            $ref: "common.schema.json#/$defs/LocalizedText",
            title: "Method",
            description:
              "How the effect was determined, for example the RIVM method for measuring the effect of circular procurement.",
            "x-nl": {
              title: "Methode",
              description:
                "Hoe het effect is bepaald, bijvoorbeeld met de RIVM-methode voor het meten van het effect van circulair inkopen.",
            },
          },
        },
      },
    },
  },
  "purchase-package.schema.json": {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://mra-circulair.nl/schema/1.0/purchase-package.schema.json",
    title: "Purchase package",
    description:
      "A purchase package (inkooppakket) of the roadmap: a group of products, services or works bought together, which organisations adopt and for which sub-working groups write circular criteria.",
    "x-nl": {
      title: "Inkooppakket",
      description:
        "Een inkooppakket uit de roadmap: een groep producten, diensten of werken die samen worden ingekocht, die organisaties adopteren en waarvoor subwerkgroepen circulaire criteria opstellen.",
    },
    type: "object",
    additionalProperties: false,
    required: ["id", "name"],
    properties: {
      id: {
        $ref: "common.schema.json#/$defs/Identifier",
        title: "Identifier",
        description: "The package's identifier in this dataset.",
        "x-nl": {
          title: "Identificator",
          description: "De identificator van het inkooppakket in deze dataset.",
        },
      },
      name: {
        $ref: "common.schema.json#/$defs/LocalizedText",
        title: "Name",
        description: "The package's name.",
        "x-nl": {
          title: "Naam",
          description: "De naam van het inkooppakket.",
        },
      },
      number: {
        title: "Number",
        description: "The package number as printed in the source (for example 833), kept as text.",
        "x-nl": {
          title: "Nummer",
          description: "Het nummer van het pakket zoals in de bron gedrukt (bijvoorbeeld 833), als tekst.",
        },
        type: "string",
        maxLength: 16,
        pattern: "^[0-9A-Za-z.-]+$",
      },
      cpvCodes: {
        title: "CPV codes",
        description: "The CPV codes the package covers.",
        "x-nl": {
          title: "CPV-codes",
          description: "De CPV-codes die het pakket omvat.",
        },
        type: "array",
        maxItems: 200,
        uniqueItems: true,
        items: {
          $ref: "common.schema.json#/$defs/CpvCode",
        },
      },
      productGroup: {
        $ref: "common.schema.json#/$defs/LocalizedText",
        title: "Product group",
        description: "The product group, for example as named in the MVI-criteriatool.",
        "x-nl": {
          title: "Productgroep",
          description: "De productgroep, bijvoorbeeld zoals genoemd in de MVI-criteriatool.",
        },
      },
      priority: {
        $ref: "#/$defs/PackagePriority",
        title: "Priority",
        description: "Whether and when the package was prioritised; absent when it was not.",
        "x-nl": {
          title: "Prioriteit",
          description: "Of en wanneer het pakket prioriteit kreeg; ontbreekt als dat niet zo is.",
        },
      },
      adoptions: {
        title: "Adoptions",
        description: "The organisations that adopted the package.",
        "x-nl": {
          title: "Adopties",
          description: "De organisaties die het pakket adopteerden.",
        },
        type: "array",
        maxItems: 1000,
        items: {
          $ref: "#/$defs/PackageAdoption",
        },
      },
      provenance: {
        title: "Provenance",
        description: "Sources and evidence status of the facts in this record.",
        "x-nl": {
          title: "Herkomst",
          description: "Bronnen en bewijsstatus van de feiten in dit record.",
        },
        type: "array",
        maxItems: 50,
        items: {
          $ref: "common.schema.json#/$defs/Provenance",
        },
      },
    },
    $defs: {
      PackagePriority: {
        title: "Package priority",
        description: "The decision that made a package a priority.",
        "x-nl": {
          title: "Prioritering van een pakket",
          description: "Het besluit dat een pakket prioriteit gaf.",
        },
        type: "object",
        additionalProperties: false,
        required: ["decidedOn"],
        properties: {
          decidedOn: {
            $ref: "common.schema.json#/$defs/CalendarDate",
            title: "Decided on",
            description: "The date of the decision.",
            "x-nl": {
              title: "Besloten op",
              description: "De datum van het besluit.",
            },
          },
          rank: {
            title: "Rank",
            description: "The position in the list of prioritised packages.",
            "x-nl": {
              title: "Rangorde",
              description: "De plaats in de lijst van geprioriteerde pakketten.",
            },
            type: "integer",
            minimum: 1,
            maximum: 1000,
          },
        },
      },
      PackageAdoption: {
        title: "Package adoption",
        description: "An organisation's adoption of a purchase package.",
        "x-nl": {
          title: "Adoptie van een pakket",
          description: "De adoptie van een inkooppakket door een organisatie.",
        },
        type: "object",
        additionalProperties: false,
        required: ["organisation"],
        properties: {
          organisation: {
            $ref: "common.schema.json#/$defs/Identifier",
            title: "Organisation",
            description: "The identifier of the adopting Organisation.",
            "x-nl": {
              title: "Organisatie",
              description: "De identificator van de adopterende Organisation.",
            },
          },
          adoptedOn: {
            $ref: "common.schema.json#/$defs/CalendarDate",
            title: "Adopted on",
            description: "The date of adoption.",
            "x-nl": {
              title: "Geadopteerd op",
              description: "De datum van adoptie.",
            },
          },
        },
      },
    },
  },
  "roadmap.schema.json": {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://mra-circulair.nl/schema/1.0/roadmap.schema.json",
    title: "Roadmap",
    description:
      "A roadmap such as the MRA Roadmap Circulair Inkopen & Opdrachtgeverschap: the ambition level each organisation chose and the actions placed on its timeline. Its goals are Goal records that refer to it.",
    "x-nl": {
      title: "Roadmap",
      description:
        "Een roadmap zoals de MRA Roadmap Circulair Inkopen & Opdrachtgeverschap: het ambitieniveau dat elke organisatie koos en de acties op de tijdlijn. De doelen zijn Goal-records die ernaar verwijzen.",
    },
    type: "object",
    additionalProperties: false,
    required: ["id", "title"],
    properties: {
      id: {
        $ref: "common.schema.json#/$defs/Identifier",
        title: "Identifier",
        description: "The roadmap's identifier in this dataset.",
        "x-nl": {
          title: "Identificator",
          description: "De identificator van de roadmap in deze dataset.",
        },
      },
      title: {
        $ref: "common.schema.json#/$defs/LocalizedText",
        title: "Title",
        description: "The roadmap's title.",
        "x-nl": {
          title: "Titel",
          description: "De titel van de roadmap.",
        },
      },
      approvedOn: {
        $ref: "common.schema.json#/$defs/CalendarDate",
        title: "Approved on",
        description: "The date the roadmap was adopted.",
        "x-nl": {
          title: "Vastgesteld op",
          description: "De datum waarop de roadmap werd vastgesteld.",
        },
      },
      launchedOn: {
        $ref: "common.schema.json#/$defs/CalendarDate",
        title: "Launched on",
        description: "The date the roadmap was presented in public.",
        "x-nl": {
          title: "Gepresenteerd op",
          description: "De datum waarop de roadmap openbaar werd gepresenteerd.",
        },
      },
      ambitions: {
        title: "Ambition levels",
        description: "The ambition level each organisation chose, with the date it applies from.",
        "x-nl": {
          title: "Ambitieniveaus",
          description: "Het ambitieniveau dat elke organisatie koos, met de datum vanaf wanneer het geldt.",
        },
        type: "array",
        maxItems: 1000,
        items: {
          $ref: "#/$defs/OrganisationAmbition",
        },
      },
      actions: {
        title: "Actions",
        description: "The roadmap's actions, each for an ambition level and placed on the timeline.",
        "x-nl": {
          title: "Acties",
          description: "De acties uit de roadmap, elk voor een ambitieniveau en geplaatst op de tijdlijn.",
        },
        type: "array",
        maxItems: 1000,
        items: {
          $ref: "#/$defs/RoadmapAction",
        },
      },
      provenance: {
        title: "Provenance",
        description: "Sources and evidence status of the facts in this record.",
        "x-nl": {
          title: "Herkomst",
          description: "Bronnen en bewijsstatus van de feiten in dit record.",
        },
        type: "array",
        maxItems: 50,
        items: {
          $ref: "common.schema.json#/$defs/Provenance",
        },
      },
    },
    $defs: {
      OrganisationAmbition: {
        title: "Organisation ambition",
        description: "The ambition level an organisation chose under the roadmap.",
        "x-nl": {
          title: "Ambitie van een organisatie",
          description: "Het ambitieniveau dat een organisatie onder de roadmap koos.",
        },
        type: "object",
        additionalProperties: false,
        required: ["organisation", "level"],
        properties: {
          organisation: {
            $ref: "common.schema.json#/$defs/Identifier",
            title: "Organisation",
            description: "The identifier of the Organisation.",
            "x-nl": {
              title: "Organisatie",
              description: "De identificator van de Organisation.",
            },
          },
          level: {
            $ref: "#/$defs/OrganisationAmbitionLevel",
            title: "Level",
            description: "The chosen ambition level.",
            "x-nl": {
              title: "Niveau",
              description: "Het gekozen ambitieniveau.",
            },
          },
          since: {
            $ref: "common.schema.json#/$defs/CalendarDate",
            title: "Since",
            description: "The date from which the level applies.",
            "x-nl": {
              title: "Sinds",
              description: "De datum vanaf wanneer het niveau geldt.",
            },
          },
        },
      },
      RoadmapAction: {
        title: "Roadmap action",
        description: "An action of the roadmap for one ambition level, placed on the timeline.",
        "x-nl": {
          title: "Roadmap-actie",
          description: "Een actie uit de roadmap voor één ambitieniveau, geplaatst op de tijdlijn.",
        },
        type: "object",
        additionalProperties: false,
        required: ["id", "title", "level", "theme", "startYear"],
        properties: {
          id: {
            $ref: "common.schema.json#/$defs/Identifier",
            title: "Identifier",
            description: "The action's identifier, unique within the roadmap.",
            "x-nl": {
              title: "Identificator",
              description: "De identificator van de actie, uniek binnen de roadmap.",
            },
          },
          title: {
            $ref: "common.schema.json#/$defs/LocalizedText",
            title: "Title",
            description: "The action in one line.",
            "x-nl": {
              title: "Titel",
              description: "De actie in één regel.",
            },
          },
          level: {
            $ref: "#/$defs/OrganisationAmbitionLevel",
            title: "Ambition level",
            description: "The ambition level the action belongs to.",
            "x-nl": {
              title: "Ambitieniveau",
              description: "Het ambitieniveau waartoe de actie behoort.",
            },
          },
          theme: {
            title: "Theme",
            description: "The core theme of the action.",
            "x-nl": {
              title: "Thema",
              description: "Het kernthema van de actie.",
            },
            type: "string",
            "x-codelist": "roadmap-theme",
            "x-openCodelist": false,
            enum: ["organisational-processes", "communication-support", "measurement-method"],
          },
          startYear: {
            $ref: "common.schema.json#/$defs/Year",
            title: "Start year",
            description: "The year the action starts on the timeline.",
            "x-nl": {
              title: "Startjaar",
              description: "Het jaar waarin de actie op de tijdlijn begint.",
            },
          },
          endYear: {
            $ref: "common.schema.json#/$defs/Year",
            title: "End year",
            description: "The last year of the action on the timeline.",
            "x-nl": {
              title: "Eindjaar",
              description: "Het laatste jaar van de actie op de tijdlijn.",
            },
          },
        },
      },
      OrganisationAmbitionLevel: {
        title: "Organisation ambition level",
        description: "An ambition level of the roadmap: basis, gevorderd or excellent.",
        "x-nl": {
          title: "Ambitieniveau van een organisatie",
          description: "Een ambitieniveau uit de roadmap: basis, gevorderd of excellent.",
        },
        type: "string",
        "x-codelist": "organisation-ambition-level",
        "x-openCodelist": false,
        enum: ["basis", "gevorderd", "excellent"],
      },
    },
  },
  "signature.schema.json": {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://mra-circulair.nl/schema/1.0/signature.schema.json",
    title: "Signature",
    description:
      "One organisation's signature under a declaration. When the organisation later merges, its successor carries the commitment.",
    "x-nl": {
      title: "Ondertekening",
      description:
        "De handtekening van één organisatie onder een verklaring. Gaat de organisatie later op in een andere, dan draagt de opvolger de verplichting.",
    },
    type: "object",
    additionalProperties: false,
    required: ["id", "declaration", "organisation", "signedOn"],
    properties: {
      id: {
        $ref: "common.schema.json#/$defs/Identifier",
        title: "Identifier",
        description: "The signature's identifier in this dataset.",
        "x-nl": {
          title: "Identificator",
          description: "De identificator van de ondertekening in deze dataset.",
        },
      },
      declaration: {
        $ref: "common.schema.json#/$defs/Identifier",
        title: "Declaration",
        description: "The identifier of the Declaration signed.",
        "x-nl": {
          title: "Verklaring",
          description: "De identificator van de ondertekende Declaration.",
        },
      },
      organisation: {
        $ref: "common.schema.json#/$defs/Identifier",
        title: "Organisation",
        description: "The identifier of the signing Organisation.",
        "x-nl": {
          title: "Organisatie",
          description: "De identificator van de ondertekenende Organisation.",
        },
      },
      signedOn: {
        $ref: "common.schema.json#/$defs/CalendarDate",
        title: "Signed on",
        description: "The date the organisation signed.",
        "x-nl": {
          title: "Ondertekend op",
          description: "De datum waarop de organisatie tekende.",
        },
      },
      provenance: {
        title: "Provenance",
        description: "Sources and evidence status of the facts in this record.",
        "x-nl": {
          title: "Herkomst",
          description: "Bronnen en bewijsstatus van de feiten in dit record.",
        },
        type: "array",
        maxItems: 50,
        items: {
          $ref: "common.schema.json#/$defs/Provenance",
        },
      },
    },
  },
  "target.schema.json": {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://mra-circulair.nl/schema/1.0/target.schema.json",
    title: "Target",
    description:
      "A quantified target for a year, such as 10% circular procurement in 2022, with its unit or indicator and its status.",
    "x-nl": {
      title: "Streefwaarde",
      description:
        "Een gekwantificeerd doel voor een jaar, zoals 10% circulair inkopen in 2022, met eenheid of indicator en status.",
    },
    type: "object",
    additionalProperties: false,
    required: ["id", "year", "value", "unit", "kind", "status"],
    properties: {
      id: {
        $ref: "common.schema.json#/$defs/Identifier",
        title: "Identifier",
        description: "The target's identifier in this dataset.",
        "x-nl": {
          title: "Identificator",
          description: "De identificator van de streefwaarde in deze dataset.",
        },
      },
      year: {
        $ref: "common.schema.json#/$defs/Year",
        title: "Target year",
        description: "The year in which the target should be reached.",
        "x-nl": {
          title: "Doeljaar",
          description: "Het jaar waarin het doel bereikt moet zijn.",
        },
      },
      value: {
        $ref: "common.schema.json#/$defs/Quantity",
        title: "Value",
        description: "The target value, in the unit given, as an exact decimal string.",
        "x-nl": {
          title: "Waarde",
          description: "De streefwaarde, in de opgegeven eenheid, als exacte decimale tekst.",
        },
      },
      unit: {
        $ref: "indicator-definition.schema.json#/$defs/IndicatorUnit",
        title: "Unit",
        description: "The unit of the value.",
        "x-nl": {
          title: "Eenheid",
          description: "De eenheid van de waarde.",
        },
      },
      indicator: {
        $ref: "common.schema.json#/$defs/Identifier",
        title: "Indicator",
        description: "The identifier of the IndicatorDefinition that measures progress towards this target.",
        "x-nl": {
          title: "Indicator",
          description: "De identificator van de IndicatorDefinition die de voortgang naar dit doel meet.",
        },
      },
      kind: {
        title: "Kind",
        description: "The role of the target on the way to the end goal.",
        "x-nl": {
          title: "Soort",
          description: "De rol van het doel op weg naar het einddoel.",
        },
        type: "string",
        "x-codelist": "target-kind",
        "x-openCodelist": false,
        enum: ["milestone", "intermediate", "end"],
      },
      status: {
        title: "Status",
        description: "Whether the target is adopted, still tentative, achieved, missed or withdrawn.",
        "x-nl": {
          title: "Status",
          description: "Of het doel is vastgesteld, nog voorlopig is, is gehaald, is gemist of is ingetrokken.",
        },
        type: "string",
        "x-codelist": "target-status",
        "x-openCodelist": false,
        enum: ["adopted", "tentative", "achieved", "missed", "withdrawn"],
      },
      scope: {
        $ref: "common.schema.json#/$defs/LocalizedText",
        title: "Scope",
        description: "What the target covers, for example 'all products, goods and services'.",
        "x-nl": {
          title: "Reikwijdte",
          description: "Waar het doel over gaat, bijvoorbeeld 'alle producten, goederen en diensten'.",
        },
      },
      provenance: {
        title: "Provenance",
        description: "Sources and evidence status of the facts in this record.",
        "x-nl": {
          title: "Herkomst",
          description: "Bronnen en bewijsstatus van de feiten in dit record.",
        },
        type: "array",
        maxItems: 50,
        items: {
          $ref: "common.schema.json#/$defs/Provenance",
        },
      },
    },
  },
  "track.schema.json": {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://mra-circulair.nl/schema/1.0/track.schema.json",
    title: "Track",
    description:
      "A working track (subwerkgroep) that writes a minimum set of circular criteria for one or more purchase packages.",
    "x-nl": {
      title: "Werkspoor",
      description:
        "Een werkspoor (subwerkgroep) dat voor een of meer inkooppakketten een minimumset circulaire criteria opstelt.",
    },
    type: "object",
    additionalProperties: false,
    required: ["id", "name", "purchasePackages", "status"],
    properties: {
      id: {
        $ref: "common.schema.json#/$defs/Identifier",
        title: "Identifier",
        description: "The track's identifier in this dataset.",
        "x-nl": {
          title: "Identificator",
          description: "De identificator van het werkspoor in deze dataset.",
        },
      },
      name: {
        $ref: "common.schema.json#/$defs/LocalizedText",
        title: "Name",
        description: "The track's name.",
        "x-nl": {
          title: "Naam",
          description: "De naam van het werkspoor.",
        },
      },
      purchasePackages: {
        title: "Purchase packages",
        description: "The identifiers of the PurchasePackages the track works on.",
        "x-nl": {
          title: "Inkooppakketten",
          description: "De identificatoren van de PurchasePackages waaraan het werkspoor werkt.",
        },
        type: "array",
        minItems: 1,
        maxItems: 100,
        uniqueItems: true,
        items: {
          $ref: "common.schema.json#/$defs/Identifier",
        },
      },
      status: {
        title: "Status",
        description: "Whether the track is planned, active or completed.",
        "x-nl": {
          title: "Status",
          description: "Of het werkspoor gepland, actief of afgerond is.",
        },
        type: "string",
        "x-codelist": "track-status",
        "x-openCodelist": false,
        enum: ["planned", "active", "completed"],
      },
      startedOn: {
        $ref: "common.schema.json#/$defs/CalendarDate",
        title: "Started on",
        description: "The date the track started.",
        "x-nl": {
          title: "Gestart op",
          description: "De datum waarop het werkspoor begon.",
        },
      },
      members: {
        title: "Members",
        description: "The identifiers of the Organisations taking part. People are never named.",
        "x-nl": {
          title: "Deelnemers",
          description: "De identificatoren van de deelnemende Organisations. Personen worden nooit genoemd.",
        },
        type: "array",
        maxItems: 100,
        uniqueItems: true,
        items: {
          $ref: "common.schema.json#/$defs/Identifier",
        },
      },
      guidance: {
        $ref: "#/$defs/TrackGuidance",
        title: "Guidance",
        description: "The guidance document (handreiking) the track published.",
        "x-nl": {
          title: "Handreiking",
          description: "De handreiking die het werkspoor publiceerde.",
        },
      },
      provenance: {
        title: "Provenance",
        description: "Sources and evidence status of the facts in this record.",
        "x-nl": {
          title: "Herkomst",
          description: "Bronnen en bewijsstatus van de feiten in dit record.",
        },
        type: "array",
        maxItems: 50,
        items: {
          $ref: "common.schema.json#/$defs/Provenance",
        },
      },
    },
    $defs: {
      TrackGuidance: {
        title: "Track guidance",
        description: "A published guidance document with the track's criteria.",
        "x-nl": {
          title: "Handreiking van een werkspoor",
          description: "Een gepubliceerde handreiking met de criteria van het werkspoor.",
        },
        type: "object",
        additionalProperties: false,
        required: ["title"],
        properties: {
          title: {
            $ref: "common.schema.json#/$defs/LocalizedText",
            title: "Title",
            description: "The document's title.",
            "x-nl": {
              title: "Titel",
              description: "De titel van het document.",
            },
          },
          publishedOn: {
            $ref: "common.schema.json#/$defs/CalendarDate",
            title: "Published on",
            description: "The publication date.",
            "x-nl": {
              title: "Gepubliceerd op",
              description: "De publicatiedatum.",
            },
          },
          url: {
            $ref: "common.schema.json#/$defs/HttpUrl",
            title: "Web address",
            description: "Where the document can be read.",
            "x-nl": {
              title: "Webadres",
              description: "Waar het document te lezen is.",
            },
          },
        },
      },
    },
  },
} as const;

/** Every codelist of schemas/codelists/ by id, as written but without "$schema". */
export const codelists = {
  aggregation: {
    id: "aggregation",
    version: "1.0",
    open: false,
    title: {
      nl: "Aggregatie",
      en: "Aggregation",
    },
    description: {
      nl: "Hoe de waarnemingen van een indicator tot één waarde worden samengevoegd.",
      en: "How the observations of an indicator are combined into one value.",
    },
    source: {
      name: "mra-circulair data standard",
      licence: "CC BY 4.0",
      attribution: "mra-circulair, CC BY 4.0",
    },
    codes: [
      {
        code: "sum",
        label: {
          nl: "Som",
          en: "Sum",
        },
        description: {
          nl: "De waarden worden opgeteld.",
          en: "The values are added up.",
        },
        deprecated: false,
        status: "confirmed",
        note: {
          nl: "Gedefinieerd door deze standaard voor het eigen model; er speelt geen extern feit.",
          en: "Defined by this standard for its own model; no outside fact is involved.",
        },
      },
      {
        code: "count",
        label: {
          nl: "Aantal",
          en: "Count",
        },
        description: {
          nl: "De waarnemingen worden geteld.",
          en: "The observations are counted.",
        },
        deprecated: false,
        status: "confirmed",
        note: {
          nl: "Gedefinieerd door deze standaard voor het eigen model; er speelt geen extern feit.",
          en: "Defined by this standard for its own model; no outside fact is involved.",
        },
      },
      {
        code: "share",
        label: {
          nl: "Aandeel",
          en: "Share",
        },
        description: {
          nl: "De som van een deel gedeeld door de som van het geheel, als percentage, zoals circulaire inkoopwaarde gedeeld door totale inkoopwaarde.",
          en: "The sum of a part divided by the sum of the whole, as a percentage, such as circular purchasing value divided by total purchasing value.",
        },
        deprecated: false,
        status: "confirmed",
        note: {
          nl: "Gedefinieerd door deze standaard voor het eigen model; er speelt geen extern feit.",
          en: "Defined by this standard for its own model; no outside fact is involved.",
        },
      },
      {
        code: "mean",
        label: {
          nl: "Gemiddelde",
          en: "Mean",
        },
        description: {
          nl: "Het rekenkundig gemiddelde van de waarden.",
          en: "The arithmetic mean of the values.",
        },
        deprecated: false,
        status: "confirmed",
        note: {
          nl: "Gedefinieerd door deze standaard voor het eigen model; er speelt geen extern feit.",
          en: "Defined by this standard for its own model; no outside fact is involved.",
        },
      },
    ],
  },
  "criterion-source": {
    id: "criterion-source",
    version: "1.0",
    open: false,
    title: {
      nl: "Herkomst van een criterium",
      en: "Criterion source",
    },
    description: {
      nl: "De verzameling waaruit een inkoopcriterium afkomstig is.",
      en: "The collection a procurement criterion comes from.",
    },
    source: {
      name: "mra-circulair data standard",
      licence: "CC BY 4.0",
      attribution: "mra-circulair, CC BY 4.0",
    },
    codes: [
      {
        code: "mra-handreiking",
        label: {
          nl: "MRA-handreiking",
          en: "MRA guidance document",
        },
        description: {
          nl: "Een criterium uit een van de zeven MRA-handreikingen voor klimaatneutraal en circulair inkopen, zoals die voor asfalt en beton, kantoorinrichting en catering.",
          en: "A criterion from one of the seven MRA guidance documents (handreikingen) for climate-neutral and circular procurement, such as those for asphalt and concrete, office furniture and catering.",
        },
        deprecated: false,
        status: "confirmed",
        sources: [
          "https://mraduurzaam.nl/serie-praktische-wegwijzers-zetten-vaart-achter-circulair-inkopen/",
          "https://mraduurzaam.nl/handreiking-klimaatneutrale-en-circulaire-inkoop/",
        ],
      },
      {
        code: "mvi-criteriatool",
        label: {
          nl: "MVI-criteriatool",
          en: "MVI criteria tool",
        },
        description: {
          nl: "Een criterium uit de MVI-criteriatool, beheerd door de ministeries van BZK en IenW en gebaseerd op de EU GPP-criteria.",
          en: "A criterion from the MVI-criteriatool, managed by the ministries of BZK and IenW and based on the EU GPP criteria.",
        },
        deprecated: false,
        status: "confirmed",
        sources: [
          "https://www.mvicriteria.nl/nl/over-webtool",
          "https://www.pianoo.nl/nl/themas/maatschappelijk-verantwoord-inkopen-duurzaam-inkopen/productgroepen-mvi-criteria/onderhoud",
        ],
      },
      {
        code: "eu-gpp",
        label: {
          nl: "EU-criteria voor groene overheidsopdrachten (GPP)",
          en: "EU Green Public Procurement (GPP) criteria",
        },
        description: {
          nl: "Een criterium uit de vrijwillige EU GPP-criteria per productgroep.",
          en: "A criterion from the voluntary EU GPP criteria per product group.",
        },
        deprecated: false,
        status: "confirmed",
        sources: ["https://green-business.ec.europa.eu/green-public-procurement/gpp-criteria-and-requirements_en"],
      },
      {
        code: "own",
        label: {
          nl: "Eigen criterium",
          en: "Own criterion",
        },
        description: {
          nl: "Een criterium dat de inkopende organisatie zelf heeft opgesteld.",
          en: "A criterion written by the procuring organisation itself.",
        },
        deprecated: false,
        status: "confirmed",
        note: {
          nl: "Gedefinieerd door deze standaard voor het eigen model; er speelt geen extern feit.",
          en: "Defined by this standard for its own model; no outside fact is involved.",
        },
      },
    ],
  },
  "criterion-status": {
    id: "criterion-status",
    version: "1.0",
    open: false,
    title: {
      nl: "Status van een criterium",
      en: "Criterion status",
    },
    description: {
      nl: "Waar een criterium staat in zijn levensloop.",
      en: "Where a criterion stands in its life cycle.",
    },
    source: {
      name: "mra-circulair data standard",
      licence: "CC BY 4.0",
      attribution: "mra-circulair, CC BY 4.0",
    },
    codes: [
      {
        code: "draft",
        label: {
          nl: "Concept",
          en: "Draft",
        },
        description: {
          nl: "Het criterium is in voorbereiding en nog niet in gebruik.",
          en: "The criterion is being prepared and is not yet in use.",
        },
        deprecated: false,
        status: "confirmed",
        note: {
          nl: "Gedefinieerd door deze standaard voor het eigen model; er speelt geen extern feit.",
          en: "Defined by this standard for its own model; no outside fact is involved.",
        },
      },
      {
        code: "active",
        label: {
          nl: "Actief",
          en: "Active",
        },
        description: {
          nl: "Het criterium is in gebruik.",
          en: "The criterion is in use.",
        },
        deprecated: false,
        status: "confirmed",
        note: {
          nl: "Gedefinieerd door deze standaard voor het eigen model; er speelt geen extern feit.",
          en: "Defined by this standard for its own model; no outside fact is involved.",
        },
      },
      {
        code: "superseded",
        label: {
          nl: "Vervangen",
          en: "Superseded",
        },
        description: {
          nl: "Een nieuwere versie vervangt het criterium.",
          en: "A newer version replaces the criterion.",
        },
        deprecated: false,
        status: "confirmed",
        note: {
          nl: "Gedefinieerd door deze standaard voor het eigen model; er speelt geen extern feit.",
          en: "Defined by this standard for its own model; no outside fact is involved.",
        },
      },
      {
        code: "withdrawn",
        label: {
          nl: "Ingetrokken",
          en: "Withdrawn",
        },
        description: {
          nl: "Het criterium is niet meer in gebruik en heeft geen opvolger.",
          en: "The criterion is no longer in use and has no successor.",
        },
        deprecated: false,
        status: "confirmed",
        note: {
          nl: "Gedefinieerd door deze standaard voor het eigen model; er speelt geen extern feit.",
          en: "Defined by this standard for its own model; no outside fact is involved.",
        },
      },
    ],
  },
  "criterion-type": {
    id: "criterion-type",
    version: "1.0",
    open: false,
    title: {
      nl: "Soort criterium",
      en: "Criterion type",
    },
    description: {
      nl: "De soorten criteria zoals de MVI-criteriatool ze onderscheidt.",
      en: "The kinds of criteria as the MVI-criteriatool distinguishes them.",
    },
    source: {
      name: "MVI-criteriatool: over de webtool",
      url: "https://www.mvicriteria.nl/nl/over-webtool",
      licence: "CC BY 4.0",
      attribution: "mra-circulair, CC BY 4.0; facts from mvicriteria.nl",
    },
    codes: [
      {
        code: "geschiktheidseis",
        label: {
          nl: "Geschiktheidseis",
          en: "Suitability requirement",
        },
        deprecated: false,
        status: "confirmed",
        sources: ["https://www.mvicriteria.nl/nl/over-webtool"],
      },
      {
        code: "selectiecriterium",
        label: {
          nl: "Selectiecriterium",
          en: "Selection criterion",
        },
        deprecated: false,
        status: "confirmed",
        sources: ["https://www.mvicriteria.nl/nl/over-webtool"],
      },
      {
        code: "eis",
        label: {
          nl: "Eis (minimumeis)",
          en: "Requirement (minimum requirement)",
        },
        description: {
          nl: "Een minimumeis, toegepast als technische specificatie (Aanbestedingswet art. 2:75 e.v.) of als bijzondere voorwaarde (art. 2:80).",
          en: "A minimum requirement, applied as a technical specification (Aanbestedingswet art. 2:75 ff.) or as a special condition (bijzondere voorwaarde, art. 2:80).",
        },
        deprecated: false,
        status: "confirmed",
        sources: ["https://www.mvicriteria.nl/nl/over-webtool"],
      },
      {
        code: "gunningscriterium",
        label: {
          nl: "Gunningscriterium",
          en: "Award criterion",
        },
        description: {
          nl: "In de MVI-criteriatool kiest de gebruiker de weging van gunningscriteria.",
          en: "In the MVI-criteriatool the user chooses the weighting of award criteria.",
        },
        deprecated: false,
        status: "confirmed",
        sources: ["https://www.mvicriteria.nl/nl/over-webtool"],
      },
      {
        code: "contractbepaling",
        label: {
          nl: "Contractbepaling",
          en: "Contract clause",
        },
        deprecated: false,
        status: "confirmed",
        sources: ["https://www.mvicriteria.nl/nl/over-webtool"],
      },
    ],
  },
  direction: {
    id: "direction",
    version: "1.0",
    open: false,
    title: {
      nl: "Richting",
      en: "Direction",
    },
    description: {
      nl: "Of een hogere of een lagere waarde van een indicator vooruitgang betekent.",
      en: "Whether a higher or a lower value of an indicator means progress.",
    },
    source: {
      name: "mra-circulair data standard",
      licence: "CC BY 4.0",
      attribution: "mra-circulair, CC BY 4.0",
    },
    codes: [
      {
        code: "higher-is-better",
        label: {
          nl: "Hoger is beter",
          en: "Higher is better",
        },
        description: {
          nl: "Een hogere waarde betekent vooruitgang, zoals bij het aandeel circulair inkopen.",
          en: "A higher value means progress, as for the share of circular procurement.",
        },
        deprecated: false,
        status: "confirmed",
        note: {
          nl: "Gedefinieerd door deze standaard voor het eigen model; er speelt geen extern feit.",
          en: "Defined by this standard for its own model; no outside fact is involved.",
        },
      },
      {
        code: "lower-is-better",
        label: {
          nl: "Lager is beter",
          en: "Lower is better",
        },
        description: {
          nl: "Een lagere waarde betekent vooruitgang, zoals bij het gebruik van primaire grondstoffen.",
          en: "A lower value means progress, as for the use of primary raw materials.",
        },
        deprecated: false,
        status: "confirmed",
        note: {
          nl: "Gedefinieerd door deze standaard voor het eigen model; er speelt geen extern feit.",
          en: "Defined by this standard for its own model; no outside fact is involved.",
        },
      },
    ],
  },
  "eforms-accessibility": {
    id: "eforms-accessibility",
    version: "1.0",
    open: false,
    title: {
      nl: "eForms: toegankelijkheid (BT-754)",
      en: "eForms: accessibility (BT-754)",
    },
    description: {
      nl: "Codes voor eForms-veld BT-754-Lot (Accessibility): of criteria voor toegankelijkheid voor personen met een handicap zijn opgenomen. Een rechtvaardiging staat in BT-755-Lot.",
      en: "Codes for eForms field BT-754-Lot (Accessibility): whether accessibility criteria for persons with disabilities are included. A justification goes in BT-755-Lot.",
    },
    source: {
      name: "eForms SDK 1.15.1, codelist accessibility",
      url: "http://publications.europa.eu/resource/authority/accessibility",
      version: "20250924-0",
      licence: "CC BY 4.0",
      attribution:
        "Publications Office of the European Union, eForms SDK 1.15.1, CC BY 4.0; codelist accessibility version 20250924-0",
    },
    codes: [
      {
        code: "inc",
        label: {
          nl: "Er zijn criteria opgenomen inzake de toegankelijkheid voor personen met een handicap",
          en: "Accessibility criteria for persons with disabilities are included",
        },
        deprecated: false,
        status: "confirmed",
        sources: ["http://publications.europa.eu/resource/authority/accessibility"],
      },
      {
        code: "n-inc",
        label: {
          nl: "Er zijn geen criteria opgenomen inzake de toegankelijkheid voor personen met een handicap, omdat de aanbesteding niet bestemd is voor gebruik door natuurlijke personen",
          en: "Accessibility criteria for persons with disabilities are not included because the procurement is not intended for use by natural persons",
        },
        deprecated: false,
        status: "confirmed",
        sources: ["http://publications.europa.eu/resource/authority/accessibility"],
      },
      {
        code: "n-inc-just",
        label: {
          nl: "Er zijn geen criteria opgenomen inzake de toegankelijkheid voor personen met een handicap, om de volgende reden",
          en: "Accessibility criteria for persons with disabilities are not included with the following justification",
        },
        deprecated: false,
        status: "confirmed",
        sources: ["http://publications.europa.eu/resource/authority/accessibility"],
      },
    ],
  },
  "eforms-award-criterion-type": {
    id: "eforms-award-criterion-type",
    version: "1.0",
    open: false,
    title: {
      nl: "eForms: soort gunningscriterium (BT-539)",
      en: "eForms: award criterion type (BT-539)",
    },
    description: {
      nl: "Codes voor eForms-veld BT-539-Lot (Award Criterion Type): de soort van een gunningscriterium.",
      en: "Codes for eForms field BT-539-Lot (Award Criterion Type): the type of an award criterion.",
    },
    source: {
      name: "eForms SDK 1.15.1, codelist award-criterion-type",
      url: "http://publications.europa.eu/resource/authority/award-criterion-type",
      version: "20250924-0",
      licence: "CC BY 4.0",
      attribution:
        "Publications Office of the European Union, eForms SDK 1.15.1, CC BY 4.0; codelist award-criterion-type version 20250924-0",
    },
    codes: [
      {
        code: "cost",
        label: {
          nl: "Kosten",
          en: "Cost",
        },
        deprecated: false,
        status: "confirmed",
        sources: ["http://publications.europa.eu/resource/authority/award-criterion-type"],
      },
      {
        code: "price",
        label: {
          nl: "Prijs",
          en: "Price",
        },
        deprecated: false,
        status: "confirmed",
        sources: ["http://publications.europa.eu/resource/authority/award-criterion-type"],
      },
      {
        code: "quality",
        label: {
          nl: "Kwaliteit",
          en: "Quality",
        },
        deprecated: false,
        status: "confirmed",
        sources: ["http://publications.europa.eu/resource/authority/award-criterion-type"],
      },
    ],
  },
  "eforms-environmental-impact": {
    id: "eforms-environmental-impact",
    version: "1.0",
    open: false,
    title: {
      nl: "eForms: aanpak voor het beperken van milieueffecten (BT-774)",
      en: "eForms: approach to reducing environmental impacts (BT-774)",
    },
    description: {
      nl: "Codes voor eForms-veld BT-774-Lot (Green Procurement): een proces om goederen, diensten en werken in te kopen met minder milieueffecten gedurende hun levenscyclus. De code voor de circulaire economie is circ-econ. Een perceel kan meer codes hebben.",
      en: "Codes for eForms field BT-774-Lot (Green Procurement): a process to procure goods, services and works with reduced environmental impact throughout their life cycle. The circular-economy code is circ-econ. A lot can carry several codes.",
    },
    source: {
      name: "eForms SDK 1.15.1, codelist environmental-impact",
      url: "http://publications.europa.eu/resource/authority/environmental-impact",
      version: "20240612-0",
      licence: "CC BY 4.0",
      attribution:
        "Publications Office of the European Union, eForms SDK 1.15.1, CC BY 4.0; codelist environmental-impact version 20240612-0",
    },
    codes: [
      {
        code: "biodiv-eco",
        label: {
          nl: "De bescherming en het herstel van de biodiversiteit en ecosystemen",
          en: "The protection and restoration of biodiversity and ecosystems",
        },
        deprecated: false,
        status: "confirmed",
        sources: ["http://publications.europa.eu/resource/authority/environmental-impact"],
      },
      {
        code: "circ-econ",
        label: {
          nl: "De transitie naar een circulaire economie",
          en: "The transition to a circular economy",
        },
        deprecated: false,
        status: "confirmed",
        sources: ["http://publications.europa.eu/resource/authority/environmental-impact"],
      },
      {
        code: "clim-adapt",
        label: {
          nl: "De adaptatie aan klimaatverandering",
          en: "Climate change adaptation",
        },
        deprecated: false,
        status: "confirmed",
        sources: ["http://publications.europa.eu/resource/authority/environmental-impact"],
      },
      {
        code: "clim-mitig",
        label: {
          nl: "De mitigatie van klimaatverandering",
          en: "Climate change mitigation",
        },
        deprecated: false,
        status: "confirmed",
        sources: ["http://publications.europa.eu/resource/authority/environmental-impact"],
      },
      {
        code: "other",
        label: {
          nl: "Andere",
          en: "Other",
        },
        deprecated: false,
        status: "confirmed",
        sources: ["http://publications.europa.eu/resource/authority/environmental-impact"],
      },
      {
        code: "pollu-prev",
        label: {
          nl: "De preventie en bestrijding van verontreiniging",
          en: "Pollution prevention and control",
        },
        deprecated: false,
        status: "confirmed",
        sources: ["http://publications.europa.eu/resource/authority/environmental-impact"],
      },
      {
        code: "water-mar",
        label: {
          nl: "Het duurzaam gebruik en de bescherming van water en mariene hulpbronnen",
          en: "The sustainable use and protection of water and marine resources",
        },
        deprecated: false,
        status: "confirmed",
        sources: ["http://publications.europa.eu/resource/authority/environmental-impact"],
      },
    ],
  },
  "eforms-gpp-criteria": {
    id: "eforms-gpp-criteria",
    version: "1.0",
    open: false,
    title: {
      nl: "eForms: criteria groene overheidsopdrachten (BT-805)",
      en: "eForms: green procurement criteria (BT-805)",
    },
    description: {
      nl: "Codes voor eForms-veld BT-805-Lot (Green Procurement Criteria): het gebruik van vastgestelde criteria voor groene overheidsopdrachten op nationaal niveau, EU-niveau of ander niveau. Een lijst van eForms zelf, geen EU-authoritytabel. Of criteria uit de MVI-criteriatool als national of eu gelden, is een modelkeuze zonder bevestigde richtlijn.",
      en: "Codes for eForms field BT-805-Lot (Green Procurement Criteria): the use of established green public procurement criteria at national, Union or other level. An eForms-specific list, not an EU authority table. Whether MVI-criteriatool criteria count as national or eu is a modelling choice without confirmed guidance.",
    },
    source: {
      name: "eForms SDK 1.15.1, codelist gpp-criteria",
      url: "https://github.com/OP-TED/eForms-SDK/blob/1.15.1/codelists/gpp-criteria.gc",
      version: "1.0",
      licence: "CC BY 4.0",
      attribution:
        "Publications Office of the European Union, eForms SDK 1.15.1, CC BY 4.0; codelist gpp-criteria version 1.0",
    },
    codes: [
      {
        code: "eu",
        label: {
          nl: "EU-criteria voor groene overheidsopdrachten",
          en: "EU Green Public Procurement criteria",
        },
        deprecated: false,
        status: "confirmed",
        sources: ["https://github.com/OP-TED/eForms-SDK/blob/1.15.1/codelists/gpp-criteria.gc"],
      },
      {
        code: "national",
        label: {
          nl: "Nationale criteria voor groene overheidsopdrachten",
          en: "National Green Public Procurement criteria",
        },
        deprecated: false,
        status: "confirmed",
        sources: ["https://github.com/OP-TED/eForms-SDK/blob/1.15.1/codelists/gpp-criteria.gc"],
      },
      {
        code: "none",
        label: {
          nl: "Geen criteria voor groene overheidsopdrachten",
          en: "No Green Public Procurement criteria",
        },
        deprecated: false,
        status: "confirmed",
        sources: ["https://github.com/OP-TED/eForms-SDK/blob/1.15.1/codelists/gpp-criteria.gc"],
      },
      {
        code: "other",
        label: {
          nl: "Andere criteria voor groene overheidsopdrachten",
          en: "Other Green Public Procurement criteria",
        },
        deprecated: false,
        status: "confirmed",
        sources: ["https://github.com/OP-TED/eForms-SDK/blob/1.15.1/codelists/gpp-criteria.gc"],
      },
    ],
  },
  "eforms-innovative-acquisition": {
    id: "eforms-innovative-acquisition",
    version: "1.0",
    open: false,
    title: {
      nl: "eForms: innovatiegericht aanbesteden (BT-776)",
      en: "eForms: procurement of innovation (BT-776)",
    },
    description: {
      nl: "Codes voor eForms-veld BT-776-Lot (Procurement of Innovation): op welke manier de aanbesteding innovatie inkoopt. Een perceel kan meer codes hebben.",
      en: "Codes for eForms field BT-776-Lot (Procurement of Innovation): in which way the procurement buys innovation. A lot can carry several codes.",
    },
    source: {
      name: "eForms SDK 1.15.1, codelist innovative-acquisition",
      url: "http://publications.europa.eu/resource/authority/innovative-acquisition",
      version: "20240612-0",
      licence: "CC BY 4.0",
      attribution:
        "Publications Office of the European Union, eForms SDK 1.15.1, CC BY 4.0; codelist innovative-acquisition version 20240612-0",
    },
    codes: [
      {
        code: "mar-nov",
        label: {
          nl: "De aanbestede werken, leveringen of diensten zijn nieuw of aanzienlijk verbeterd ten opzichte van andere werken, leveringen of diensten die reeds op de markt zijn.",
          en: "The procured works, supplies or services are novel or significantly improved compared to other works, supplies, or services already on the market.",
        },
        deprecated: false,
        status: "confirmed",
        sources: ["http://publications.europa.eu/resource/authority/innovative-acquisition"],
      },
      {
        code: "proc-innov",
        label: {
          nl: "Voor de aanbestede werken, leveringen of diensten is procesinnovatie nodig.",
          en: "The procured works, supplies, or services entail process innovation",
        },
        deprecated: false,
        status: "confirmed",
        sources: ["http://publications.europa.eu/resource/authority/innovative-acquisition"],
      },
      {
        code: "prod-innov",
        label: {
          nl: "Voor de aanbestede werken, leveringen of diensten is productinnovatie nodig.",
          en: "The procured works, supplies, or services entail product innovation",
        },
        deprecated: false,
        status: "confirmed",
        sources: ["http://publications.europa.eu/resource/authority/innovative-acquisition"],
      },
      {
        code: "rd-act",
        label: {
          nl: "De aanbestede werken, leveringen of diensten brengen activiteiten op het gebied van onderzoek en ontwikkeling met zich mee.",
          en: "The procured works, supplies or services involve research and development activities.",
        },
        deprecated: false,
        status: "confirmed",
        sources: ["http://publications.europa.eu/resource/authority/innovative-acquisition"],
      },
    ],
  },
  "eforms-social-objective": {
    id: "eforms-social-objective",
    version: "1.0",
    open: false,
    title: {
      nl: "eForms: bevorderde sociale doelstelling (BT-775)",
      en: "eForms: social objective promoted (BT-775)",
    },
    description: {
      nl: "Codes voor eForms-veld BT-775-Lot (Social Procurement): de sociale doelstelling die de aanbesteding bevordert. Een perceel kan meer codes hebben.",
      en: "Codes for eForms field BT-775-Lot (Social Procurement): the social objective the procurement promotes. A lot can carry several codes.",
    },
    source: {
      name: "eForms SDK 1.15.1, codelist social-objective",
      url: "http://publications.europa.eu/resource/authority/social-objective",
      version: "20250924-0",
      licence: "CC BY 4.0",
      attribution:
        "Publications Office of the European Union, eForms SDK 1.15.1, CC BY 4.0; codelist social-objective version 20250924-0",
    },
    codes: [
      {
        code: "acc-all",
        label: {
          nl: "Toegankelijkheid voor iedereen",
          en: "Accessibility for all",
        },
        deprecated: false,
        status: "confirmed",
        sources: ["http://publications.europa.eu/resource/authority/social-objective"],
      },
      {
        code: "et-eq",
        label: {
          nl: "Etnische gelijkheid",
          en: "Ethnic equality",
        },
        deprecated: false,
        status: "confirmed",
        sources: ["http://publications.europa.eu/resource/authority/social-objective"],
      },
      {
        code: "gen-eq",
        label: {
          nl: "Gendergelijkheid",
          en: "Gender equality",
        },
        deprecated: false,
        status: "confirmed",
        sources: ["http://publications.europa.eu/resource/authority/social-objective"],
      },
      {
        code: "hum-right",
        label: {
          nl: "Zorgvuldigheid inzake de mensenrechten in wereldwijde toeleveringsketens",
          en: "Human rights due diligence in global supply chains",
        },
        deprecated: false,
        status: "confirmed",
        sources: ["http://publications.europa.eu/resource/authority/social-objective"],
      },
      {
        code: "opp",
        label: {
          nl: "Werkgelegenheidskansen voor langdurig werklozen, kansarmen en/of personen met een handicap",
          en: "Employment opportunities for the long-term unemployed, disadvantaged and/or for persons with disabilities",
        },
        deprecated: false,
        status: "confirmed",
        sources: ["http://publications.europa.eu/resource/authority/social-objective"],
      },
      {
        code: "other",
        label: {
          nl: "Andere",
          en: "Other",
        },
        deprecated: false,
        status: "confirmed",
        sources: ["http://publications.europa.eu/resource/authority/social-objective"],
      },
      {
        code: "work-cond",
        label: {
          nl: "Billijke arbeidsvoorwaarden",
          en: "Fair working conditions",
        },
        deprecated: false,
        status: "confirmed",
        sources: ["http://publications.europa.eu/resource/authority/social-objective"],
      },
    ],
  },
  "eforms-strategic-procurement": {
    id: "eforms-strategic-procurement",
    version: "1.0",
    open: false,
    title: {
      nl: "eForms: doel van strategische aanbestedingen (BT-06)",
      en: "eForms: aim of strategic procurement (BT-06)",
    },
    description: {
      nl: "Codes voor eForms-veld BT-06-Lot (Strategic Procurement): de procedure streeft naar minder milieueffecten, het verwezenlijken van sociale doelstellingen en/of de aankoop van innovatieve werken, leveringen of diensten. Een perceel kan meer codes hebben.",
      en: "Codes for eForms field BT-06-Lot (Strategic Procurement): the procurement procedure aims at reducing the environmental impacts of the procurement, fulfilling social objectives and/or buying an innovative work, supply or service. A lot can carry several codes.",
    },
    source: {
      name: "eForms SDK 1.15.1, codelist strategic-procurement",
      url: "http://publications.europa.eu/resource/authority/strategic-procurement",
      version: "20240612-0",
      licence: "CC BY 4.0",
      attribution:
        "Publications Office of the European Union, eForms SDK 1.15.1, CC BY 4.0; codelist strategic-procurement version 20240612-0",
    },
    codes: [
      {
        code: "env-imp",
        label: {
          nl: "Vermindering van milieueffecten",
          en: "Reduction of environmental impacts",
        },
        deprecated: false,
        status: "confirmed",
        sources: ["http://publications.europa.eu/resource/authority/strategic-procurement"],
      },
      {
        code: "inn-pur",
        label: {
          nl: "Innovatieve aankoop",
          en: "Innovative purchase",
        },
        deprecated: false,
        status: "confirmed",
        sources: ["http://publications.europa.eu/resource/authority/strategic-procurement"],
      },
      {
        code: "none",
        label: {
          nl: "Geen strategische aanbesteding",
          en: "No strategic procurement",
        },
        deprecated: false,
        status: "confirmed",
        sources: ["http://publications.europa.eu/resource/authority/strategic-procurement"],
      },
      {
        code: "soc-obj",
        label: {
          nl: "Verwezenlijking van sociale doelstellingen",
          en: "Fulfilment of social objectives",
        },
        deprecated: false,
        status: "confirmed",
        sources: ["http://publications.europa.eu/resource/authority/strategic-procurement"],
      },
    ],
  },
  "evidence-status": {
    id: "evidence-status",
    version: "1.0",
    open: false,
    title: {
      nl: "Bewijsstatus",
      en: "Evidence status",
    },
    description: {
      nl: "Hoe een feit door de bronnen wordt gestaafd. Gebruikt in de herkomst van records en voor elke code in een codelijst.",
      en: "How a fact is supported by its sources. Used in the provenance of records and for every code in a codelist.",
    },
    source: {
      name: "mra-circulair data standard",
      licence: "CC BY 4.0",
      attribution: "mra-circulair, CC BY 4.0",
    },
    codes: [
      {
        code: "confirmed",
        label: {
          nl: "Bevestigd",
          en: "Confirmed",
        },
        description: {
          nl: "Rechtstreeks vermeld door de aangehaalde bron; voor codes: gelezen uit een gegevensbestand.",
          en: "Stated directly by the cited source; for codes: read from a data file.",
        },
        deprecated: false,
        status: "confirmed",
        note: {
          nl: "Gedefinieerd door deze standaard voor het eigen model; er speelt geen extern feit.",
          en: "Defined by this standard for its own model; no outside fact is involved.",
        },
      },
      {
        code: "secondary",
        label: {
          nl: "Secundair",
          en: "Secondary",
        },
        description: {
          nl: "Vermeld door een pagina van derden (nieuwssite, adviesblog, repository van een ander), niet door de eigenaar van het feit.",
          en: "Stated by a third-party page (news site, consultant blog, someone else's repository), not by the owner of the fact.",
        },
        deprecated: false,
        status: "confirmed",
        note: {
          nl: "Gedefinieerd door deze standaard voor het eigen model; er speelt geen extern feit.",
          en: "Defined by this standard for its own model; no outside fact is involved.",
        },
      },
      {
        code: "inferred",
        label: {
          nl: "Afgeleid",
          en: "Inferred",
        },
        description: {
          nl: "Afgeleid uit het aangehaalde materiaal; de redenering staat in de toelichting.",
          en: "Derived from the cited material; the reasoning is given in the note.",
        },
        deprecated: false,
        status: "confirmed",
        note: {
          nl: "Gedefinieerd door deze standaard voor het eigen model; er speelt geen extern feit.",
          en: "Defined by this standard for its own model; no outside fact is involved.",
        },
      },
      {
        code: "unconfirmed",
        label: {
          nl: "Onbevestigd",
          en: "Unconfirmed",
        },
        description: {
          nl: "Kon niet worden geverifieerd; niet vastleggen zonder controle.",
          en: "Could not be verified; not to be hard-coded without checking.",
        },
        deprecated: false,
        status: "confirmed",
        note: {
          nl: "Gedefinieerd door deze standaard voor het eigen model; er speelt geen extern feit.",
          en: "Defined by this standard for its own model; no outside fact is involved.",
        },
      },
    ],
  },
  "identifier-scheme": {
    id: "identifier-scheme",
    version: "1.0",
    open: false,
    title: {
      nl: "Stelsel van identificatoren",
      en: "Identifier scheme",
    },
    description: {
      nl: "Het stelsel waartoe een officiële identificator van een organisatie behoort.",
      en: "The scheme an official identifier of an organisation belongs to.",
    },
    source: {
      name: "CBS Gemeenten alfabetisch (kopie in edugis-repo/cbsbuurtwijkgemeente)",
      url: "https://github.com/edugis-repo/cbsbuurtwijkgemeente/blob/9a3127283d22f92f635f6decc90e1353017ff900/gemeenten-alfabetisch-2023.csv",
      licence: "CC BY 4.0",
      attribution: "mra-circulair, CC BY 4.0; CBS codes from CBS open data (CC BY 4.0)",
    },
    codes: [
      {
        code: "cbs-gemeente",
        label: {
          nl: "CBS-gemeentecode",
          en: "CBS municipality code",
        },
        description: {
          nl: "De gemeentecode van het CBS in de vorm GM gevolgd door vier cijfers (kolom GemeentecodeGM), bijvoorbeeld GM0363.",
          en: "The CBS municipality code written as GM followed by four digits (column GemeentecodeGM), for example GM0363.",
        },
        deprecated: false,
        status: "confirmed",
        sources: [
          "https://github.com/edugis-repo/cbsbuurtwijkgemeente/blob/9a3127283d22f92f635f6decc90e1353017ff900/gemeenten-alfabetisch-2023.csv",
          "https://github.com/nlextract/NLExtract/blob/2a97e2feb5039f050af1cc09e651e4c2c72724b1/bagv2/etl/data/cbs/gemeentelijke-indeling.csv",
        ],
      },
      {
        code: "cbs-provincie",
        label: {
          nl: "CBS-provinciecode",
          en: "CBS province code",
        },
        description: {
          nl: "De provinciecode van het CBS in de vorm PV gevolgd door twee cijfers (kolom ProvinciecodePV), bijvoorbeeld PV27.",
          en: "The CBS province code written as PV followed by two digits (column ProvinciecodePV), for example PV27.",
        },
        deprecated: false,
        status: "confirmed",
        sources: [
          "https://github.com/edugis-repo/cbsbuurtwijkgemeente/blob/9a3127283d22f92f635f6decc90e1353017ff900/gemeenten-alfabetisch-2023.csv",
        ],
      },
      {
        code: "oin",
        label: {
          nl: "OIN",
          en: "OIN",
        },
        description: {
          nl: "Een OIN, geschreven als 20 cijfers.",
          en: "An OIN, written as 20 digits.",
        },
        deprecated: false,
        status: "unconfirmed",
        note: {
          nl: "Geen bron aangehaald; de vorm volgt organisation.schema.json en is niet bij de beheerder van het register gecontroleerd.",
          en: "No source cited; the form follows organisation.schema.json and was not checked with the register's owner.",
        },
      },
      {
        code: "kvk",
        label: {
          nl: "KvK-nummer",
          en: "KvK number",
        },
        description: {
          nl: "Een KvK-nummer, geschreven als 8 cijfers.",
          en: "A KvK number, written as 8 digits.",
        },
        deprecated: false,
        status: "unconfirmed",
        note: {
          nl: "Geen bron aangehaald; de vorm volgt organisation.schema.json en is niet bij de beheerder van het register gecontroleerd.",
          en: "No source cited; the form follows organisation.schema.json and was not checked with the register's owner.",
        },
      },
    ],
  },
  "mvi-ambition-level": {
    id: "mvi-ambition-level",
    version: "1.0",
    open: false,
    title: {
      nl: "MVI-ambitieniveau",
      en: "MVI ambition level",
    },
    description: {
      nl: "De ambitieniveaus van de criteria in de MVI-criteriatool, dezelfde drie niveaus als in het Ambitieweb.",
      en: "The ambition levels of the criteria in the MVI-criteriatool, the same three levels as in the Ambitieweb.",
    },
    source: {
      name: "Denkdoeduurzaam: MVI-criteriatool",
      url: "https://www.denkdoeduurzaam.nl/instrumenten/mvi-criteriatool",
      licence: "CC BY 4.0",
      attribution: "mra-circulair, CC BY 4.0; facts from denkdoeduurzaam.nl",
    },
    codes: [
      {
        code: "basis",
        label: {
          nl: "Basis",
          en: "Basic",
        },
        description: {
          nl: "Eisen die niet-duurzame producten uitsluiten; voor standaardaanbestedingen.",
          en: "Requirements that exclude non-sustainable products; for standard tenders.",
        },
        deprecated: false,
        status: "confirmed",
        sources: ["https://www.denkdoeduurzaam.nl/instrumenten/mvi-criteriatool"],
      },
      {
        code: "significant",
        label: {
          nl: "Significant",
          en: "Significant",
        },
        description: {
          nl: "Strengere eisen en gunningscriteria die duurzame producten stimuleren.",
          en: "Stricter requirements and award criteria that encourage sustainable products.",
        },
        deprecated: false,
        status: "confirmed",
        sources: ["https://www.denkdoeduurzaam.nl/instrumenten/mvi-criteriatool"],
      },
      {
        code: "ambitieus",
        label: {
          nl: "Ambitieus",
          en: "Ambitious",
        },
        description: {
          nl: "Functionele of experimentele criteria die ruimte geven aan innovatie.",
          en: "Functional or experimental criteria that leave room for innovation.",
        },
        deprecated: false,
        status: "confirmed",
        sources: ["https://www.denkdoeduurzaam.nl/instrumenten/mvi-criteriatool"],
      },
    ],
  },
  "mvi-link-type": {
    id: "mvi-link-type",
    version: "1.0",
    open: false,
    title: {
      nl: "Soort koppeling met een MVI-criterium",
      en: "MVI link type",
    },
    description: {
      nl: "Hoe een criterium zich verhoudt tot het gekoppelde criterium, bijvoorbeeld een criterium uit de MVI-criteriatool. Gelezen vanuit het eigen criterium.",
      en: "How a criterion relates to the linked criterion, for example one from the MVI-criteriatool. Read from the side of the own criterion.",
    },
    source: {
      name: "mra-circulair data standard",
      licence: "CC BY 4.0",
      attribution: "mra-circulair, CC BY 4.0",
    },
    codes: [
      {
        code: "implements",
        label: {
          nl: "Implementeert",
          en: "Implements",
        },
        description: {
          nl: "Het criterium past het gekoppelde criterium ongewijzigd toe.",
          en: "The criterion applies the linked criterion as it stands.",
        },
        deprecated: false,
        status: "confirmed",
        note: {
          nl: "Gedefinieerd door deze standaard voor het eigen model; er speelt geen extern feit.",
          en: "Defined by this standard for its own model; no outside fact is involved.",
        },
      },
      {
        code: "refines",
        label: {
          nl: "Verfijnt",
          en: "Refines",
        },
        description: {
          nl: "Het criterium maakt het gekoppelde criterium specifieker, bijvoorbeeld voor één product, zonder het strenger te maken.",
          en: "The criterion makes the linked criterion more specific, for example for one product, without making it stricter.",
        },
        deprecated: false,
        status: "confirmed",
        note: {
          nl: "Gedefinieerd door deze standaard voor het eigen model; er speelt geen extern feit.",
          en: "Defined by this standard for its own model; no outside fact is involved.",
        },
      },
      {
        code: "equivalent",
        label: {
          nl: "Gelijkwaardig",
          en: "Equivalent",
        },
        description: {
          nl: "Het criterium vraagt hetzelfde als het gekoppelde criterium, in andere woorden.",
          en: "The criterion asks the same as the linked criterion, in other words.",
        },
        deprecated: false,
        status: "confirmed",
        note: {
          nl: "Gedefinieerd door deze standaard voor het eigen model; er speelt geen extern feit.",
          en: "Defined by this standard for its own model; no outside fact is involved.",
        },
      },
      {
        code: "stricter-than",
        label: {
          nl: "Strenger dan",
          en: "Stricter than",
        },
        description: {
          nl: "Het criterium vraagt meer dan het gekoppelde criterium.",
          en: "The criterion asks more than the linked criterion.",
        },
        deprecated: false,
        status: "confirmed",
        note: {
          nl: "Gedefinieerd door deze standaard voor het eigen model; er speelt geen extern feit.",
          en: "Defined by this standard for its own model; no outside fact is involved.",
        },
      },
      {
        code: "derived-from",
        label: {
          nl: "Afgeleid van",
          en: "Derived from",
        },
        description: {
          nl: "Het criterium is op basis van het gekoppelde criterium geschreven, maar wijkt er op een andere manier van af dan de overige soorten beschrijven.",
          en: "The criterion was written from the linked criterion but differs from it in a way the other link types do not describe.",
        },
        deprecated: false,
        status: "confirmed",
        note: {
          nl: "Gedefinieerd door deze standaard voor het eigen model; er speelt geen extern feit.",
          en: "Defined by this standard for its own model; no outside fact is involved.",
        },
      },
      {
        code: "contributes-to",
        label: {
          nl: "Draagt bij aan",
          en: "Contributes to",
        },
        description: {
          nl: "Het criterium draagt bij aan het doel van het gekoppelde criterium, zonder het toe te passen.",
          en: "The criterion contributes to the aim of the linked criterion without applying it.",
        },
        deprecated: false,
        status: "confirmed",
        note: {
          nl: "Gedefinieerd door deze standaard voor het eigen model; er speelt geen extern feit.",
          en: "Defined by this standard for its own model; no outside fact is involved.",
        },
      },
    ],
  },
  "mvoi-theme": {
    id: "mvoi-theme",
    version: "1.0",
    open: false,
    title: {
      nl: "MVOI-thema",
      en: "MVOI theme",
    },
    description: {
      nl: "De zes thema's van het Manifest Maatschappelijk Verantwoord Opdrachtgeven en Inkopen (MVOI) 2022-2025, die ook de MVI-zelfevaluatietool gebruikt.",
      en: "The six themes of the Manifest Maatschappelijk Verantwoord Opdrachtgeven en Inkopen (MVOI) 2022-2025, also used by the MVI self-evaluation tool.",
    },
    source: {
      name: "Manifest MVOI 2022-2025 (via peterhoogstrate.nl)",
      url: "https://www.peterhoogstrate.nl/p/manifest-mvoi.html",
      licence: "CC BY 4.0",
      attribution: "mra-circulair, CC BY 4.0; facts from peterhoogstrate.nl, gemeente.nu and pianoo.nl",
    },
    codes: [
      {
        code: "milieu-biodiversiteit",
        label: {
          nl: "Milieu en biodiversiteit",
          en: "Environment and biodiversity",
        },
        deprecated: false,
        status: "secondary",
        sources: [
          "https://www.peterhoogstrate.nl/p/manifest-mvoi.html",
          "https://www.gemeente.nu/bedrijfsvoering/minder-aandacht-voor-duurzaamheid-bij-overheidsinkoop-in-2024/",
          "https://www.pianoo.nl/nl/document/22860/handreiking-monitoring-mvoi",
        ],
        note: {
          nl: 'Het Manifest MVOI is alleen via een secundaire bron gevonden. De Handreiking monitoring MVOI (PIANOo, 2025) noemt dit thema "Milieu (luchtkwaliteit, biodiversiteit, milieuprestatie bouwwerken)". Voorgestelde eForms-koppeling (afgeleid, niet officieel): BT-774 biodiv-eco, pollu-prev of water-mar.',
          en: 'The Manifest MVOI was found through a secondary source only. The Handreiking monitoring MVOI (PIANOo, 2025) names this theme "Milieu (luchtkwaliteit, biodiversiteit, milieuprestatie bouwwerken)". Suggested eForms mapping (inferred, not official): BT-774 biodiv-eco, pollu-prev or water-mar.',
        },
      },
      {
        code: "klimaat",
        label: {
          nl: "Klimaat",
          en: "Climate",
        },
        deprecated: false,
        status: "secondary",
        sources: [
          "https://www.peterhoogstrate.nl/p/manifest-mvoi.html",
          "https://www.gemeente.nu/bedrijfsvoering/minder-aandacht-voor-duurzaamheid-bij-overheidsinkoop-in-2024/",
          "https://www.pianoo.nl/nl/document/22860/handreiking-monitoring-mvoi",
        ],
        note: {
          nl: 'Het Manifest MVOI is alleen via een secundaire bron gevonden. De Handreiking monitoring MVOI (PIANOo, 2025) noemt dit thema "Klimaatadaptatie en -mitigatie". Voorgestelde eForms-koppeling (afgeleid, niet officieel): BT-774 clim-mitig of clim-adapt.',
          en: 'The Manifest MVOI was found through a secondary source only. The Handreiking monitoring MVOI (PIANOo, 2025) names this theme "Klimaatadaptatie en -mitigatie". Suggested eForms mapping (inferred, not official): BT-774 clim-mitig or clim-adapt.',
        },
      },
      {
        code: "circulair",
        label: {
          nl: "Circulair (inclusief biobased)",
          en: "Circular (including biobased)",
        },
        deprecated: false,
        status: "secondary",
        sources: [
          "https://www.peterhoogstrate.nl/p/manifest-mvoi.html",
          "https://www.gemeente.nu/bedrijfsvoering/minder-aandacht-voor-duurzaamheid-bij-overheidsinkoop-in-2024/",
          "https://www.pianoo.nl/nl/document/22860/handreiking-monitoring-mvoi",
        ],
        note: {
          nl: 'Het Manifest MVOI is alleen via een secundaire bron gevonden. De Handreiking monitoring MVOI (PIANOo, 2025) noemt dit thema "Circulair grondstoffengebruik". Voorgestelde eForms-koppeling (afgeleid, niet officieel): BT-06 env-imp met BT-774 circ-econ.',
          en: 'The Manifest MVOI was found through a secondary source only. The Handreiking monitoring MVOI (PIANOo, 2025) names this theme "Circulair grondstoffengebruik". Suggested eForms mapping (inferred, not official): BT-06 env-imp with BT-774 circ-econ.',
        },
      },
      {
        code: "ketenverantwoordelijkheid",
        label: {
          nl: "Ketenverantwoordelijkheid",
          en: "Supply-chain responsibility",
        },
        description: {
          nl: "Inclusief de Internationale Sociale Voorwaarden.",
          en: "Including the Internationale Sociale Voorwaarden (international social conditions).",
        },
        deprecated: false,
        status: "secondary",
        sources: [
          "https://www.peterhoogstrate.nl/p/manifest-mvoi.html",
          "https://www.gemeente.nu/bedrijfsvoering/minder-aandacht-voor-duurzaamheid-bij-overheidsinkoop-in-2024/",
          "https://www.pianoo.nl/nl/document/22860/handreiking-monitoring-mvoi",
        ],
        note: {
          nl: 'Het Manifest MVOI is alleen via een secundaire bron gevonden. De Handreiking monitoring MVOI (PIANOo, 2025) noemt dit thema "Ketenverantwoordelijkheid". Voorgestelde eForms-koppeling (afgeleid, niet officieel): BT-775 hum-right of work-cond.',
          en: 'The Manifest MVOI was found through a secondary source only. The Handreiking monitoring MVOI (PIANOo, 2025) names this theme "Ketenverantwoordelijkheid". Suggested eForms mapping (inferred, not official): BT-775 hum-right or work-cond.',
        },
      },
      {
        code: "diversiteit-inclusie",
        label: {
          nl: "Diversiteit en inclusie",
          en: "Diversity and inclusion",
        },
        deprecated: false,
        status: "secondary",
        sources: [
          "https://www.peterhoogstrate.nl/p/manifest-mvoi.html",
          "https://www.gemeente.nu/bedrijfsvoering/minder-aandacht-voor-duurzaamheid-bij-overheidsinkoop-in-2024/",
          "https://www.pianoo.nl/nl/document/22860/handreiking-monitoring-mvoi",
        ],
        note: {
          nl: 'Het Manifest MVOI is alleen via een secundaire bron gevonden. De Handreiking monitoring MVOI (PIANOo, 2025) noemt dit thema "Diversiteit & inclusie". Voorgestelde eForms-koppeling (afgeleid, niet officieel): BT-775 gen-eq, et-eq of acc-all.',
          en: 'The Manifest MVOI was found through a secondary source only. The Handreiking monitoring MVOI (PIANOo, 2025) names this theme "Diversiteit & inclusie". Suggested eForms mapping (inferred, not official): BT-775 gen-eq, et-eq or acc-all.',
        },
      },
      {
        code: "social-return",
        label: {
          nl: "Social return",
          en: "Social return",
        },
        deprecated: false,
        status: "secondary",
        sources: [
          "https://www.peterhoogstrate.nl/p/manifest-mvoi.html",
          "https://www.gemeente.nu/bedrijfsvoering/minder-aandacht-voor-duurzaamheid-bij-overheidsinkoop-in-2024/",
          "https://www.pianoo.nl/nl/document/22860/handreiking-monitoring-mvoi",
        ],
        note: {
          nl: 'Het Manifest MVOI is alleen via een secundaire bron gevonden. De Handreiking monitoring MVOI (PIANOo, 2025) noemt dit thema "Social return (incl. inbesteden en opdrachten aan sociale ondernemers)". Voorgestelde eForms-koppeling (afgeleid, niet officieel): BT-06 soc-obj met BT-775 opp.',
          en: 'The Manifest MVOI was found through a secondary source only. The Handreiking monitoring MVOI (PIANOo, 2025) names this theme "Social return (incl. inbesteden en opdrachten aan sociale ondernemers)". Suggested eForms mapping (inferred, not official): BT-06 soc-obj with BT-775 opp.',
        },
      },
    ],
  },
  "observation-quality": {
    id: "observation-quality",
    version: "1.0",
    open: false,
    title: {
      nl: "Kwaliteit van een waarneming",
      en: "Observation quality",
    },
    description: {
      nl: "Hoe de waarde van een waarneming tot stand kwam.",
      en: "How the value of an observation was obtained.",
    },
    source: {
      name: "mra-circulair data standard",
      licence: "CC BY 4.0",
      attribution: "mra-circulair, CC BY 4.0",
    },
    codes: [
      {
        code: "measured",
        label: {
          nl: "Gemeten",
          en: "Measured",
        },
        description: {
          nl: "Ontleend aan registraties of metingen, zoals de financiële administratie.",
          en: "Taken from records or measurements, such as the financial administration.",
        },
        deprecated: false,
        status: "confirmed",
        note: {
          nl: "Gedefinieerd door deze standaard voor het eigen model; er speelt geen extern feit.",
          en: "Defined by this standard for its own model; no outside fact is involved.",
        },
      },
      {
        code: "self-reported",
        label: {
          nl: "Zelf gerapporteerd",
          en: "Self-reported",
        },
        description: {
          nl: "Opgegeven door de organisatie of een leverancier, zonder onafhankelijke controle.",
          en: "Reported by the organisation or a supplier, without independent check.",
        },
        deprecated: false,
        status: "confirmed",
        note: {
          nl: "Gedefinieerd door deze standaard voor het eigen model; er speelt geen extern feit.",
          en: "Defined by this standard for its own model; no outside fact is involved.",
        },
      },
      {
        code: "estimated",
        label: {
          nl: "Geschat",
          en: "Estimated",
        },
        description: {
          nl: "Een schatting, bijvoorbeeld opgehoogd uit een steekproef of berekend met een model.",
          en: "An estimate, for example scaled up from a sample or calculated with a model.",
        },
        deprecated: false,
        status: "confirmed",
        note: {
          nl: "Gedefinieerd door deze standaard voor het eigen model; er speelt geen extern feit.",
          en: "Defined by this standard for its own model; no outside fact is involved.",
        },
      },
      {
        code: "computed",
        label: {
          nl: "Berekend",
          en: "Computed",
        },
        description: {
          nl: "Berekend uit andere waarnemingen volgens een vastgelegde methode.",
          en: "Calculated from other observations by a stated method.",
        },
        deprecated: false,
        status: "confirmed",
        note: {
          nl: "Gedefinieerd door deze standaard voor het eigen model; er speelt geen extern feit.",
          en: "Defined by this standard for its own model; no outside fact is involved.",
        },
      },
    ],
  },
  "organisation-ambition-level": {
    id: "organisation-ambition-level",
    version: "1.0",
    open: false,
    title: {
      nl: "Ambitieniveau van een organisatie",
      en: "Organisation ambition level",
    },
    description: {
      nl: "De ambitieniveaus van de Roadmap Circulair Inkopen & Opdrachtgeverschap van de MRA (2019). De roadmap plaatst acties per niveau op een tijdlijn 2020-2025.",
      en: "The ambition levels of the MRA Roadmap Circulair Inkopen & Opdrachtgeverschap (2019). The roadmap places actions per level on a timeline 2020-2025.",
    },
    source: {
      name: "MRA Duurzaam: Roadmap versnelt circulair inkoopproces MRA-overheden",
      url: "https://mraduurzaam.nl/roadmap-versnelt-circulair-inkoopproces-mra-overheden/",
      licence: "CC BY 4.0",
      attribution: "mra-circulair, CC BY 4.0; facts from mraduurzaam.nl",
    },
    codes: [
      {
        code: "basis",
        label: {
          nl: "Basis",
          en: "Basic",
        },
        deprecated: false,
        status: "confirmed",
        sources: ["https://mraduurzaam.nl/roadmap-versnelt-circulair-inkoopproces-mra-overheden/"],
      },
      {
        code: "gevorderd",
        label: {
          nl: "Gevorderd",
          en: "Advanced",
        },
        deprecated: false,
        status: "confirmed",
        sources: ["https://mraduurzaam.nl/roadmap-versnelt-circulair-inkoopproces-mra-overheden/"],
      },
      {
        code: "excellent",
        label: {
          nl: "Excellent",
          en: "Excellent",
        },
        deprecated: false,
        status: "confirmed",
        sources: ["https://mraduurzaam.nl/roadmap-versnelt-circulair-inkoopproces-mra-overheden/"],
      },
    ],
  },
  "organisation-kind": {
    id: "organisation-kind",
    version: "1.0",
    open: false,
    title: {
      nl: "Soort organisatie",
      en: "Organisation kind",
    },
    description: {
      nl: "De soort overheidsorganisatie. De intentieverklaring van juni 2018 werd getekend door 33 gemeenten, 2 provincies en de Vervoerregio Amsterdam.",
      en: "The kind of government organisation. The declaration of intent of June 2018 was signed by 33 municipalities, 2 provinces and the Vervoerregio Amsterdam.",
    },
    source: {
      name: "MRA Duurzaam: Intentieverklaring Circulair inkopen en opdrachtgeverschap",
      url: "https://mraduurzaam.nl/circulair/circulair-inkopen-opdrachtgeverschap/intentieverklaring-circulair-inkopen-opdracht-geverschap/",
      licence: "CC BY 4.0",
      attribution: "mra-circulair, CC BY 4.0; facts from mraduurzaam.nl",
    },
    codes: [
      {
        code: "gemeente",
        label: {
          nl: "Gemeente",
          en: "Municipality",
        },
        description: {
          nl: "Een gemeente, met als CBS-code GM gevolgd door vier cijfers (bijvoorbeeld GM0363).",
          en: "A municipality, whose CBS code is GM followed by four digits (for example GM0363).",
        },
        deprecated: false,
        status: "confirmed",
        sources: [
          "https://mraduurzaam.nl/circulair/circulair-inkopen-opdrachtgeverschap/intentieverklaring-circulair-inkopen-opdracht-geverschap/",
          "https://github.com/edugis-repo/cbsbuurtwijkgemeente/blob/9a3127283d22f92f635f6decc90e1353017ff900/gemeenten-alfabetisch-2023.csv",
        ],
      },
      {
        code: "provincie",
        label: {
          nl: "Provincie",
          en: "Province",
        },
        description: {
          nl: "Een provincie, met als CBS-code PV gevolgd door twee cijfers (bijvoorbeeld PV27).",
          en: "A province, whose CBS code is PV followed by two digits (for example PV27).",
        },
        deprecated: false,
        status: "confirmed",
        sources: [
          "https://mraduurzaam.nl/circulair/circulair-inkopen-opdrachtgeverschap/intentieverklaring-circulair-inkopen-opdracht-geverschap/",
          "https://github.com/edugis-repo/cbsbuurtwijkgemeente/blob/9a3127283d22f92f635f6decc90e1353017ff900/gemeenten-alfabetisch-2023.csv",
        ],
      },
      {
        code: "vervoerregio",
        label: {
          nl: "Vervoerregio",
          en: "Transport region (Vervoerregio)",
        },
        description: {
          nl: "De Vervoerregio Amsterdam, sinds 1 januari 2017 de opvolger van de Stadsregio Amsterdam.",
          en: "The Vervoerregio Amsterdam, since 1 January 2017 the successor of the Stadsregio Amsterdam.",
        },
        deprecated: false,
        status: "confirmed",
        sources: [
          "https://mraduurzaam.nl/circulair/circulair-inkopen-opdrachtgeverschap/intentieverklaring-circulair-inkopen-opdracht-geverschap/",
          "https://www.amstelland-meerlanden.nl/mra/",
        ],
      },
      {
        code: "other",
        label: {
          nl: "Overig",
          en: "Other",
        },
        description: {
          nl: "Een andere organisatie dan een gemeente, provincie of vervoerregio.",
          en: "An organisation other than a municipality, province or transport region.",
        },
        deprecated: false,
        status: "confirmed",
        note: {
          nl: "Gedefinieerd door deze standaard voor het eigen model; er speelt geen extern feit.",
          en: "Defined by this standard for its own model; no outside fact is involved.",
        },
      },
    ],
  },
  "procedure-type": {
    id: "procedure-type",
    version: "1.0",
    open: true,
    title: {
      nl: "Soort aanbestedingsprocedure",
      en: "Procedure type",
    },
    description: {
      nl: "De procedure waarmee een opdracht is aanbesteed, naar de Aanbestedingswet 2012. De lijst is open: andere codes geven een waarschuwing.",
      en: "The procedure by which a contract was procured, after the Dutch Public Procurement Act 2012 (Aanbestedingswet 2012). The list is open: other codes give a warning.",
    },
    source: {
      name: "Aanbestedingswet 2012 (BWBR0032203)",
      url: "https://wetten.overheid.nl/BWBR0032203",
      licence: "CC BY 4.0",
      attribution: "mra-circulair, CC BY 4.0; procedures of the Aanbestedingswet 2012",
    },
    codes: [
      {
        code: "openbaar",
        label: {
          nl: "Openbare procedure",
          en: "Open procedure",
        },
        deprecated: false,
        status: "unconfirmed",
        sources: ["https://wetten.overheid.nl/BWBR0032203"],
        note: {
          nl: "Code en label zijn niet getoetst aan de tekst van de Aanbestedingswet 2012.",
          en: "Code and label have not been checked against the text of the Aanbestedingswet 2012.",
        },
      },
      {
        code: "niet-openbaar",
        label: {
          nl: "Niet-openbare procedure",
          en: "Restricted procedure",
        },
        deprecated: false,
        status: "unconfirmed",
        sources: ["https://wetten.overheid.nl/BWBR0032203"],
        note: {
          nl: "Code en label zijn niet getoetst aan de tekst van de Aanbestedingswet 2012.",
          en: "Code and label have not been checked against the text of the Aanbestedingswet 2012.",
        },
      },
      {
        code: "mededingingsprocedure-met-onderhandeling",
        label: {
          nl: "Mededingingsprocedure met onderhandeling",
          en: "Competitive procedure with negotiation",
        },
        deprecated: false,
        status: "unconfirmed",
        sources: ["https://wetten.overheid.nl/BWBR0032203"],
        note: {
          nl: "Code en label zijn niet getoetst aan de tekst van de Aanbestedingswet 2012.",
          en: "Code and label have not been checked against the text of the Aanbestedingswet 2012.",
        },
      },
      {
        code: "concurrentiegerichte-dialoog",
        label: {
          nl: "Concurrentiegerichte dialoog",
          en: "Competitive dialogue",
        },
        deprecated: false,
        status: "unconfirmed",
        sources: ["https://wetten.overheid.nl/BWBR0032203"],
        note: {
          nl: "Code en label zijn niet getoetst aan de tekst van de Aanbestedingswet 2012.",
          en: "Code and label have not been checked against the text of the Aanbestedingswet 2012.",
        },
      },
      {
        code: "innovatiepartnerschap",
        label: {
          nl: "Innovatiepartnerschap",
          en: "Innovation partnership",
        },
        deprecated: false,
        status: "unconfirmed",
        sources: ["https://wetten.overheid.nl/BWBR0032203"],
        note: {
          nl: "Code en label zijn niet getoetst aan de tekst van de Aanbestedingswet 2012.",
          en: "Code and label have not been checked against the text of the Aanbestedingswet 2012.",
        },
      },
      {
        code: "onderhandelingsprocedure-zonder-aankondiging",
        label: {
          nl: "Onderhandelingsprocedure zonder aankondiging",
          en: "Negotiated procedure without prior publication",
        },
        deprecated: false,
        status: "unconfirmed",
        sources: ["https://wetten.overheid.nl/BWBR0032203"],
        note: {
          nl: "Code en label zijn niet getoetst aan de tekst van de Aanbestedingswet 2012.",
          en: "Code and label have not been checked against the text of the Aanbestedingswet 2012.",
        },
      },
      {
        code: "meervoudig-onderhands",
        label: {
          nl: "Meervoudig onderhandse procedure",
          en: "Private procedure with several invited tenderers",
        },
        deprecated: false,
        status: "unconfirmed",
        sources: ["https://wetten.overheid.nl/BWBR0032203"],
        note: {
          nl: "Code en label zijn niet getoetst aan de tekst van de Aanbestedingswet 2012.",
          en: "Code and label have not been checked against the text of the Aanbestedingswet 2012.",
        },
      },
      {
        code: "enkelvoudig-onderhands",
        label: {
          nl: "Enkelvoudig onderhandse procedure",
          en: "Private procedure with one invited tenderer",
        },
        deprecated: false,
        status: "unconfirmed",
        sources: ["https://wetten.overheid.nl/BWBR0032203"],
        note: {
          nl: "Code en label zijn niet getoetst aan de tekst van de Aanbestedingswet 2012.",
          en: "Code and label have not been checked against the text of the Aanbestedingswet 2012.",
        },
      },
    ],
  },
  "r-ladder": {
    id: "r-ladder",
    version: "1.0",
    open: false,
    title: {
      nl: "R-ladder",
      en: "R-ladder",
    },
    description: {
      nl: "De R-ladder waarop een R-strategie een trede is. Dezelfde code betekent op verschillende ladders een andere trede, dus een waarde noemt altijd haar ladder.",
      en: "The R-ladder on which an R-strategy is a step. The same code means a different step on different ladders, so a value always names its ladder.",
    },
    source: {
      name: "mra-circulair data standard",
      licence: "CC BY 4.0",
      attribution: "mra-circulair, CC BY 4.0",
    },
    codes: [
      {
        code: "pbl-r0-r9",
        label: {
          nl: "PBL R-ladder R0-R9",
          en: "PBL R-ladder R0-R9",
        },
        description: {
          nl: "De tientredige R-ladder van het PBL (Potting e.a., 2017), van R0 Refuse tot R9 Recover, basis van CBS-publicaties. De treden staan in de codelijst r-strategy-pbl.",
          en: "The ten-step R-ladder of PBL (Potting et al., 2017), from R0 Refuse to R9 Recover, the basis of CBS publications. Its steps are in the codelist r-strategy-pbl.",
        },
        deprecated: false,
        status: "secondary",
        sources: [
          "https://moederbestek.nl/r-lijst-planbureau-voor-de-leefomgeving/",
          "https://www.slimcirculair.info/circulaire-weetjes/r-strategieen",
        ],
      },
      {
        code: "rvo-r1-r6",
        label: {
          nl: "Verkorte R-ladder R1-R6 (RVO)",
          en: "Condensed R-ladder R1-R6 (RVO)",
        },
        description: {
          nl: "De verkorte zestredige R-ladder die RVO gebruikt en die volgens RVO gelijk is aan die in de PBL-monitoring van het Rijksbrede programma. De treden staan in de codelijst r-strategy-rvo.",
          en: "The condensed six-step R-ladder that RVO uses and that RVO says is the same as in PBL's monitoring of the Rijksbrede programma. Its steps are in the codelist r-strategy-rvo.",
        },
        deprecated: false,
        status: "confirmed",
        sources: ["https://www.rvo.nl/onderwerpen/duurzaam-ondernemen/circulaire-economie/r-ladder"],
      },
    ],
  },
  "r-strategy-pbl": {
    id: "r-strategy-pbl",
    version: "1.0",
    open: false,
    title: {
      nl: "R-strategie op de PBL-ladder",
      en: "R-strategy on the PBL ladder",
    },
    description: {
      nl: "De treden R0-R9 van de R-ladder van het PBL (Potting e.a., 2017), in drie groepen. Storten staat onder de ladder en is geen code.",
      en: "The steps R0-R9 of the PBL R-ladder (Potting et al., 2017), in three groups. Landfill (storten) is below the ladder and is not a code.",
    },
    source: {
      name: "PBL R-ladder (Potting e.a., 2017), via moederbestek.nl en slimcirculair.info",
      url: "https://moederbestek.nl/r-lijst-planbureau-voor-de-leefomgeving/",
      licence: "CC BY 4.0",
      attribution: "mra-circulair, CC BY 4.0; ladder by PBL Netherlands Environmental Assessment Agency",
    },
    codes: [
      {
        code: "R0",
        label: {
          nl: "Afwijzen (refuse)",
          en: "Refuse",
        },
        description: {
          nl: "Het product overbodig maken door van de functie af te zien, of de functie leveren met een radicaal ander product.",
          en: "Make the product redundant by giving up its function, or deliver the function with a radically different product.",
        },
        deprecated: false,
        status: "secondary",
        sources: [
          "https://moederbestek.nl/r-lijst-planbureau-voor-de-leefomgeving/",
          "https://www.slimcirculair.info/circulaire-weetjes/r-strategieen",
        ],
        ladder: "pbl-r0-r9",
        group: {
          nl: "Slimmer productgebruik en -fabricage",
          en: "Smarter product use and manufacture",
        },
      },
      {
        code: "R1",
        label: {
          nl: "Heroverwegen (rethink)",
          en: "Rethink",
        },
        description: {
          nl: "Het product intensiever gebruiken, bijvoorbeeld door delen of met multifunctionele producten.",
          en: "Use the product more intensively, for example by sharing it or through multifunctional products.",
        },
        deprecated: false,
        status: "secondary",
        sources: [
          "https://moederbestek.nl/r-lijst-planbureau-voor-de-leefomgeving/",
          "https://www.slimcirculair.info/circulaire-weetjes/r-strategieen",
        ],
        ladder: "pbl-r0-r9",
        group: {
          nl: "Slimmer productgebruik en -fabricage",
          en: "Smarter product use and manufacture",
        },
      },
      {
        code: "R2",
        label: {
          nl: "Verminderen (reduce)",
          en: "Reduce",
        },
        description: {
          nl: "Producten efficiënter maken of gebruiken, met minder grondstoffen.",
          en: "Make or use products more efficiently, with fewer raw materials.",
        },
        deprecated: false,
        status: "secondary",
        sources: [
          "https://moederbestek.nl/r-lijst-planbureau-voor-de-leefomgeving/",
          "https://www.slimcirculair.info/circulaire-weetjes/r-strategieen",
        ],
        ladder: "pbl-r0-r9",
        group: {
          nl: "Slimmer productgebruik en -fabricage",
          en: "Smarter product use and manufacture",
        },
      },
      {
        code: "R3",
        label: {
          nl: "Hergebruiken (re-use)",
          en: "Re-use",
        },
        description: {
          nl: "Een andere gebruiker hergebruikt een afgedankt product dat nog goed is, in dezelfde functie.",
          en: "Another user reuses a discarded product that is still good, in the same function.",
        },
        deprecated: false,
        status: "secondary",
        sources: [
          "https://moederbestek.nl/r-lijst-planbureau-voor-de-leefomgeving/",
          "https://www.slimcirculair.info/circulaire-weetjes/r-strategieen",
        ],
        ladder: "pbl-r0-r9",
        group: {
          nl: "Levensduur verlengen van product en onderdelen",
          en: "Extend the lifespan of products and their parts",
        },
      },
      {
        code: "R4",
        label: {
          nl: "Repareren (repair)",
          en: "Repair",
        },
        description: {
          nl: "Een kapot product repareren en onderhouden zodat het weer in de oude functie werkt.",
          en: "Repair and maintain a broken product so that it works in its old function again.",
        },
        deprecated: false,
        status: "secondary",
        sources: [
          "https://moederbestek.nl/r-lijst-planbureau-voor-de-leefomgeving/",
          "https://www.slimcirculair.info/circulaire-weetjes/r-strategieen",
        ],
        ladder: "pbl-r0-r9",
        group: {
          nl: "Levensduur verlengen van product en onderdelen",
          en: "Extend the lifespan of products and their parts",
        },
      },
      {
        code: "R5",
        label: {
          nl: "Opknappen (refurbish)",
          en: "Refurbish",
        },
        description: {
          nl: "Een oud product opknappen of moderniseren.",
          en: "Restore or modernise an old product.",
        },
        deprecated: false,
        status: "secondary",
        sources: [
          "https://moederbestek.nl/r-lijst-planbureau-voor-de-leefomgeving/",
          "https://www.slimcirculair.info/circulaire-weetjes/r-strategieen",
        ],
        ladder: "pbl-r0-r9",
        group: {
          nl: "Levensduur verlengen van product en onderdelen",
          en: "Extend the lifespan of products and their parts",
        },
      },
      {
        code: "R6",
        label: {
          nl: "Reviseren (remanufacture)",
          en: "Remanufacture",
        },
        description: {
          nl: "Onderdelen van een afgedankt product gebruiken in een nieuw product met dezelfde functie.",
          en: "Use parts of a discarded product in a new product with the same function.",
        },
        deprecated: false,
        status: "secondary",
        sources: [
          "https://moederbestek.nl/r-lijst-planbureau-voor-de-leefomgeving/",
          "https://www.slimcirculair.info/circulaire-weetjes/r-strategieen",
        ],
        ladder: "pbl-r0-r9",
        group: {
          nl: "Levensduur verlengen van product en onderdelen",
          en: "Extend the lifespan of products and their parts",
        },
      },
      {
        code: "R7",
        label: {
          nl: "Hergebruiken in een andere functie (repurpose)",
          en: "Repurpose",
        },
        description: {
          nl: "Een afgedankt product of onderdelen ervan gebruiken in een nieuw product met een andere functie.",
          en: "Use a discarded product or its parts in a new product with a different function.",
        },
        deprecated: false,
        status: "secondary",
        sources: [
          "https://moederbestek.nl/r-lijst-planbureau-voor-de-leefomgeving/",
          "https://www.slimcirculair.info/circulaire-weetjes/r-strategieen",
        ],
        ladder: "pbl-r0-r9",
        group: {
          nl: "Levensduur verlengen van product en onderdelen",
          en: "Extend the lifespan of products and their parts",
        },
      },
      {
        code: "R8",
        label: {
          nl: "Recyclen (recycle)",
          en: "Recycle",
        },
        description: {
          nl: "Materialen verwerken tot dezelfde (hoogwaardige) of een lagere kwaliteit.",
          en: "Process materials to the same (high) or a lower quality.",
        },
        deprecated: false,
        status: "secondary",
        sources: [
          "https://moederbestek.nl/r-lijst-planbureau-voor-de-leefomgeving/",
          "https://www.slimcirculair.info/circulaire-weetjes/r-strategieen",
        ],
        ladder: "pbl-r0-r9",
        group: {
          nl: "Nuttig toepassen van materialen",
          en: "Useful application of materials",
        },
      },
      {
        code: "R9",
        label: {
          nl: "Terugwinnen (recover)",
          en: "Recover",
        },
        description: {
          nl: "Materialen verbranden met terugwinning van energie.",
          en: "Incinerate materials with energy recovery.",
        },
        deprecated: false,
        status: "secondary",
        sources: [
          "https://moederbestek.nl/r-lijst-planbureau-voor-de-leefomgeving/",
          "https://www.slimcirculair.info/circulaire-weetjes/r-strategieen",
        ],
        ladder: "pbl-r0-r9",
        group: {
          nl: "Nuttig toepassen van materialen",
          en: "Useful application of materials",
        },
      },
    ],
  },
  "r-strategy-rvo": {
    id: "r-strategy-rvo",
    version: "1.0",
    open: false,
    title: {
      nl: "R-strategie op de RVO-ladder",
      en: "R-strategy on the RVO ladder",
    },
    description: {
      nl: "De treden R1-R6 van de verkorte R-ladder van RVO. Volgens een secundaire bron die ICER 2023 aanhaalt, vallen R1 en R2 onder 'narrow the loop', R3 en R4 onder 'slow the loop' en R5 onder 'close the loop'; R6 valt buiten die groepen.",
      en: "The steps R1-R6 of RVO's condensed R-ladder. According to a secondary source quoting ICER 2023, R1 and R2 narrow the loop, R3 and R4 slow the loop and R5 closes the loop; R6 is outside these groups.",
    },
    source: {
      name: "RVO: R-ladder",
      url: "https://www.rvo.nl/onderwerpen/duurzaam-ondernemen/circulaire-economie/r-ladder",
      licence: "CC BY 4.0",
      attribution: "mra-circulair, CC BY 4.0; ladder as published by RVO (28-04-2021)",
    },
    codes: [
      {
        code: "R1",
        label: {
          nl: "Refuse en Rethink",
          en: "Refuse and Rethink",
        },
        deprecated: false,
        status: "confirmed",
        sources: ["https://www.rvo.nl/onderwerpen/duurzaam-ondernemen/circulaire-economie/r-ladder"],
        note: {
          nl: "Afgeleid uit de namen: omvat R0 Refuse en R1 Rethink van de PBL-ladder.",
          en: "Inferred from the names: covers R0 Refuse and R1 Rethink of the PBL ladder.",
        },
        ladder: "rvo-r1-r6",
      },
      {
        code: "R2",
        label: {
          nl: "Reduce",
          en: "Reduce",
        },
        deprecated: false,
        status: "confirmed",
        sources: ["https://www.rvo.nl/onderwerpen/duurzaam-ondernemen/circulaire-economie/r-ladder"],
        ladder: "rvo-r1-r6",
      },
      {
        code: "R3",
        label: {
          nl: "Re-use",
          en: "Re-use",
        },
        deprecated: false,
        status: "confirmed",
        sources: ["https://www.rvo.nl/onderwerpen/duurzaam-ondernemen/circulaire-economie/r-ladder"],
        ladder: "rvo-r1-r6",
      },
      {
        code: "R4",
        label: {
          nl: "Repair, Refurbish, Remanufacture, Repurpose",
          en: "Repair, Refurbish, Remanufacture, Repurpose",
        },
        deprecated: false,
        status: "confirmed",
        sources: ["https://www.rvo.nl/onderwerpen/duurzaam-ondernemen/circulaire-economie/r-ladder"],
        note: {
          nl: "Afgeleid uit de namen: omvat R4 tot en met R7 van de PBL-ladder.",
          en: "Inferred from the names: covers R4 to R7 of the PBL ladder.",
        },
        ladder: "rvo-r1-r6",
      },
      {
        code: "R5",
        label: {
          nl: "Recycling",
          en: "Recycling",
        },
        deprecated: false,
        status: "confirmed",
        sources: ["https://www.rvo.nl/onderwerpen/duurzaam-ondernemen/circulaire-economie/r-ladder"],
        ladder: "rvo-r1-r6",
      },
      {
        code: "R6",
        label: {
          nl: "Recover",
          en: "Recover",
        },
        deprecated: false,
        status: "confirmed",
        sources: ["https://www.rvo.nl/onderwerpen/duurzaam-ondernemen/circulaire-economie/r-ladder"],
        ladder: "rvo-r1-r6",
      },
    ],
  },
  "roadmap-theme": {
    id: "roadmap-theme",
    version: "1.0",
    open: false,
    title: {
      nl: "Kernthema van de roadmap",
      en: "Roadmap theme",
    },
    description: {
      nl: "De drie kernthema's van de acties in de Roadmap Circulair Inkopen & Opdrachtgeverschap van de MRA.",
      en: "The three core themes of the actions in the MRA Roadmap Circulair Inkopen & Opdrachtgeverschap.",
    },
    source: {
      name: "PIANOo: Roadmap Circulair Inkopen & Opdrachtgeverschap",
      url: "https://www.pianoo.nl/nl/document/17580/roadmap-circulair-inkopen-opdrachtgeverschap",
      licence: "CC BY 4.0",
      attribution: "mra-circulair, CC BY 4.0; facts from pianoo.nl",
    },
    codes: [
      {
        code: "organisational-processes",
        label: {
          nl: "Organisatorische processen",
          en: "Organisational processes",
        },
        deprecated: false,
        status: "inferred",
        sources: ["https://www.pianoo.nl/nl/document/17580/roadmap-circulair-inkopen-opdrachtgeverschap"],
        note: {
          nl: "PIANOo zegt dat de acties van de roadmap betrekking hebben op organisatorische processen, op communicatie en draagvlak en op het implementeren van de meetmethodiek. Dat dit de drie kernthema's van de roadmap zijn, is afgeleid.",
          en: "PIANOo says the roadmap's actions concern organisational processes, communication and support, and implementing the measurement method. That these are the roadmap's three core themes is inferred.",
        },
      },
      {
        code: "communication-support",
        label: {
          nl: "Communicatie en draagvlak",
          en: "Communication and support",
        },
        deprecated: false,
        status: "inferred",
        sources: ["https://www.pianoo.nl/nl/document/17580/roadmap-circulair-inkopen-opdrachtgeverschap"],
        note: {
          nl: "PIANOo zegt dat de acties van de roadmap betrekking hebben op organisatorische processen, op communicatie en draagvlak en op het implementeren van de meetmethodiek. Dat dit de drie kernthema's van de roadmap zijn, is afgeleid.",
          en: "PIANOo says the roadmap's actions concern organisational processes, communication and support, and implementing the measurement method. That these are the roadmap's three core themes is inferred.",
        },
      },
      {
        code: "measurement-method",
        label: {
          nl: "Implementeren van de meetmethodiek",
          en: "Implementing the measurement method",
        },
        description: {
          nl: "De meetmethodiek bepaalt wanneer een aanbesteding als circulair telt en wat het niveau van circulair inkopen van een organisatie is.",
          en: "The measurement method decides when a tender counts as circular and what an organisation's level of circular procurement is.",
        },
        deprecated: false,
        status: "inferred",
        sources: ["https://www.pianoo.nl/nl/document/17580/roadmap-circulair-inkopen-opdrachtgeverschap"],
        note: {
          nl: "PIANOo zegt dat de acties van de roadmap betrekking hebben op organisatorische processen, op communicatie en draagvlak en op het implementeren van de meetmethodiek. Dat dit de drie kernthema's van de roadmap zijn, is afgeleid.",
          en: "PIANOo says the roadmap's actions concern organisational processes, communication and support, and implementing the measurement method. That these are the roadmap's three core themes is inferred.",
        },
      },
    ],
  },
  subregion: {
    id: "subregion",
    version: "1.0",
    open: false,
    title: {
      nl: "MRA-deelregio",
      en: "MRA subregion",
    },
    description: {
      nl: "De zeven deelregio's van de Metropoolregio Amsterdam. De labels zijn de officiële namen en worden niet vertaald.",
      en: "The seven subregions (deelregio's) of the Metropoolregio Amsterdam. The labels are the official names and are not translated.",
    },
    source: {
      name: "Amstelland-Meerlanden: MRA",
      url: "https://www.amstelland-meerlanden.nl/mra/",
      licence: "CC BY 4.0",
      attribution: "mra-circulair, CC BY 4.0; the seven MRA subregions as listed on amstelland-meerlanden.nl",
    },
    codes: [
      {
        code: "almere-lelystad",
        label: {
          nl: "Almere-Lelystad",
          en: "Almere-Lelystad",
        },
        description: {
          nl: "Almere en Lelystad, in de provincie Flevoland.",
          en: "Almere and Lelystad, in the province of Flevoland.",
        },
        deprecated: false,
        status: "confirmed",
        sources: ["https://www.amstelland-meerlanden.nl/mra/"],
      },
      {
        code: "amstelland-meerlanden",
        label: {
          nl: "Amstelland-Meerlanden",
          en: "Amstelland-Meerlanden",
        },
        description: {
          nl: "Aalsmeer, Amstelveen, Diemen, Haarlemmermeer, Ouder-Amstel en Uithoorn.",
          en: "Aalsmeer, Amstelveen, Diemen, Haarlemmermeer, Ouder-Amstel and Uithoorn.",
        },
        deprecated: false,
        status: "confirmed",
        sources: ["https://www.amstelland-meerlanden.nl/mra/", "https://www.amstelland-meerlanden.nl/"],
        note: {
          nl: "Dat het gebied van Haarlemmerliede en Spaarnwoude sinds 1 januari 2019 tot deze deelregio hoort, is afgeleid: het ging op in Haarlemmermeer. De Ronde Venen (Utrecht) neemt sinds 2016 deel aan het overleg Amstelland-Meerlanden, maar is geen lid van de MRA.",
          en: "That the area of Haarlemmerliede en Spaarnwoude belongs to this subregion since 1 January 2019 is inferred: it was merged into Haarlemmermeer. De Ronde Venen (Utrecht) has taken part in the Amstelland-Meerlanden consultation since 2016, but is not an MRA member.",
        },
      },
      {
        code: "amsterdam",
        label: {
          nl: "Amsterdam",
          en: "Amsterdam",
        },
        description: {
          nl: "De gemeente Amsterdam.",
          en: "The municipality of Amsterdam.",
        },
        deprecated: false,
        status: "confirmed",
        sources: ["https://www.amstelland-meerlanden.nl/mra/"],
        note: {
          nl: "Dat het gebied van Weesp sinds 24 maart 2022 tot deze deelregio hoort, is afgeleid: Weesp ging toen op in Amsterdam.",
          en: "That the area of Weesp belongs to this subregion since 24 March 2022 is inferred: Weesp was then merged into Amsterdam.",
        },
      },
      {
        code: "gooi-en-vechtstreek",
        label: {
          nl: "Gooi en Vechtstreek",
          en: "Gooi en Vechtstreek",
        },
        description: {
          nl: "Blaricum, Gooise Meren, Hilversum, Huizen, Laren en Wijdemeren, en Weesp tot 24 maart 2022.",
          en: "Blaricum, Gooise Meren, Hilversum, Huizen, Laren and Wijdemeren, and Weesp until 24 March 2022.",
        },
        deprecated: false,
        status: "confirmed",
        sources: [
          "https://www.regiogv.nl/over-ons/bestuur/algemeen-bestuur/",
          "https://www.plaatsengids.nl/gooi-en-vechtstreek",
          "https://www.amstelland-meerlanden.nl/mra/",
        ],
        note: {
          nl: "Eemnes (Utrecht) neemt gedeeltelijk deel aan de Regio Gooi en Vechtstreek, maar hoort niet bij de MRA.",
          en: "Eemnes (Utrecht) takes part in the Regio Gooi en Vechtstreek in part, but is not in the MRA.",
        },
      },
      {
        code: "ijmond",
        label: {
          nl: "IJmond",
          en: "IJmond",
        },
        description: {
          nl: "Beverwijk, Heemskerk, Velsen en Uitgeest.",
          en: "Beverwijk, Heemskerk, Velsen and Uitgeest.",
        },
        deprecated: false,
        status: "confirmed",
        sources: [
          "https://www.amstelland-meerlanden.nl/mra/",
          "https://plaatsengids.nl/metropoolregio-amsterdam",
          "https://www.noord-holland.nl/Bestuur/Regionale_bestuurskracht/Regio_s/Regionale_bestuurskracht_IJmond",
        ],
        note: {
          nl: "Uitgeest is afgeleid: het is lid van de MRA en de deelnemerslijst op amstelland-meerlanden.nl groepeert het met Beverwijk, Heemskerk en Velsen, maar de bestuurlijke regio IJmond van de provincie telt alleen die drie gemeenten.",
          en: "Uitgeest is inferred: it is an MRA member and the participant list on amstelland-meerlanden.nl groups it with Beverwijk, Heemskerk and Velsen, but the province's administrative region IJmond has only those three municipalities.",
        },
      },
      {
        code: "zaanstreek-waterland",
        label: {
          nl: "Zaanstreek-Waterland",
          en: "Zaanstreek-Waterland",
        },
        description: {
          nl: "Edam-Volendam, Landsmeer, Oostzaan, Purmerend, Waterland, Wormerland en Zaanstad, en Beemster tot 1 januari 2022.",
          en: "Edam-Volendam, Landsmeer, Oostzaan, Purmerend, Waterland, Wormerland and Zaanstad, and Beemster until 1 January 2022.",
        },
        deprecated: false,
        status: "confirmed",
        sources: ["https://www.amstelland-meerlanden.nl/mra/"],
      },
      {
        code: "zuid-kennemerland",
        label: {
          nl: "Zuid-Kennemerland",
          en: "Zuid-Kennemerland",
        },
        description: {
          nl: "Bloemendaal, Haarlem, Heemstede en Zandvoort, en Haarlemmerliede en Spaarnwoude tot 1 januari 2019.",
          en: "Bloemendaal, Haarlem, Heemstede and Zandvoort, and Haarlemmerliede en Spaarnwoude until 1 January 2019.",
        },
        deprecated: false,
        status: "confirmed",
        sources: [
          "https://www.noord-holland.nl/Bestuur/Regionale_bestuurskracht/Regio_s/Regionale_bestuurskracht_Zuid_Kennemerland",
          "https://www.plaatsengids.nl/zuid-kennemerland",
          "https://www.amstelland-meerlanden.nl/mra/",
        ],
      },
    ],
  },
  "succession-type": {
    id: "succession-type",
    version: "1.0",
    open: false,
    title: {
      nl: "Soort opvolging",
      en: "Succession type",
    },
    description: {
      nl: "Hoe een opgeheven gemeente in een andere opging. Bij de drie herindelingen sinds 2018 die MRA-ondertekenaars raakten, behield de ontvangende gemeente steeds haar eigen CBS-code.",
      en: "How an ended municipality was merged into another. In the three mergers since 2018 that affected MRA signatories, the receiving municipality kept its own CBS code each time.",
    },
    source: {
      name: "NLExtract gemeentelijke-indeling.csv (CBS-gegevens)",
      url: "https://github.com/nlextract/NLExtract/blob/2a97e2feb5039f050af1cc09e651e4c2c72724b1/bagv2/etl/data/cbs/gemeentelijke-indeling.csv",
      licence: "CC BY 4.0",
      attribution: "mra-circulair, CC BY 4.0; municipal boundaries from CBS open data (CC BY 4.0)",
    },
    codes: [
      {
        code: "merger",
        label: {
          nl: "Samenvoeging",
          en: "Merger",
        },
        description: {
          nl: "De gemeente houdt op te bestaan en gaat op in een andere gemeente, zoals Haarlemmerliede en Spaarnwoude in Haarlemmermeer (1 januari 2019) en Beemster in Purmerend (1 januari 2022).",
          en: "The municipality ends and is merged into another municipality, as Haarlemmerliede en Spaarnwoude into Haarlemmermeer (1 January 2019) and Beemster into Purmerend (1 January 2022).",
        },
        deprecated: false,
        status: "confirmed",
        sources: [
          "https://github.com/nlextract/NLExtract/blob/2a97e2feb5039f050af1cc09e651e4c2c72724b1/bagv2/etl/data/cbs/gemeentelijke-indeling.csv",
          "https://www.noord-holland.nl/Bestuur/Regionale_bestuurskracht/Regio_s/Regionale_bestuurskracht_Zuid_Kennemerland",
        ],
      },
      {
        code: "light-merger",
        label: {
          nl: "Lichte samenvoeging",
          en: "Light merger",
        },
        description: {
          nl: "Een lichte samenvoeging: de gemeente houdt op te bestaan en wordt toegevoegd aan een andere gemeente, zoals Weesp aan Amsterdam (24 maart 2022).",
          en: "A light merger (lichte samenvoeging): the municipality ends and is added to another municipality, as Weesp to Amsterdam (24 March 2022).",
        },
        deprecated: false,
        status: "confirmed",
        sources: [
          "https://www.parlementairemonitor.nl/9353000/1/j9vvij5epmj1ey0/vldhp8e44xyo",
          "https://github.com/nlextract/NLExtract/blob/2a97e2feb5039f050af1cc09e651e4c2c72724b1/bagv2/etl/data/cbs/gemeentelijke-indeling.csv",
        ],
        note: {
          nl: "Het juridische verschil met een gewone samenvoeging wordt in de gebruikte bronnen niet beschreven.",
          en: "The legal difference from a regular merger is not described in the sources used here.",
        },
      },
    ],
  },
  "target-kind": {
    id: "target-kind",
    version: "1.0",
    open: false,
    title: {
      nl: "Soort doel",
      en: "Target kind",
    },
    description: {
      nl: "De rol van een doel op weg naar het einddoel, naar de doelen van de intentieverklaring: 10% in 2022, 50% in 2025 (tussendoel) en 100% rond 2030.",
      en: "The role of a target on the way to the end goal, after the targets of the declaration of intent: 10% in 2022, 50% in 2025 (intermediate target) and 100% around 2030.",
    },
    source: {
      name: "Metropoolregio Amsterdam, nieuws 20-06-2018",
      url: "https://www.metropoolregioamsterdam.nl/einde-aan-verspilling-mra-brengt-circulair-inkopen-in-stroomversnelling/",
      licence: "CC BY 4.0",
      attribution: "mra-circulair, CC BY 4.0; facts from metropoolregioamsterdam.nl and mraduurzaam.nl",
    },
    codes: [
      {
        code: "milestone",
        label: {
          nl: "Mijlpaal",
          en: "Milestone",
        },
        description: {
          nl: "Een eerste stap naar het einddoel, zoals minstens 10% circulair inkopen in 2022.",
          en: "A first step towards the end goal, such as at least 10% circular procurement in 2022.",
        },
        deprecated: false,
        status: "confirmed",
        sources: [
          "https://www.metropoolregioamsterdam.nl/einde-aan-verspilling-mra-brengt-circulair-inkopen-in-stroomversnelling/",
          "https://mraduurzaam.nl/circulair/circulair-inkopen-opdrachtgeverschap/intentieverklaring-circulair-inkopen-opdracht-geverschap/",
        ],
        note: {
          nl: "De MRA noemde de 10% van 2022 haar eerste mijlpaal in haar nieuwsbericht van 29 juni 2023.",
          en: "The MRA called the 10% of 2022 its first milestone in its news item of 29 June 2023.",
        },
      },
      {
        code: "intermediate",
        label: {
          nl: "Tussendoel",
          en: "Intermediate target",
        },
        description: {
          nl: "Een doel onderweg naar het einddoel, zoals 50% in 2025.",
          en: "A target on the way to the end goal, such as 50% in 2025.",
        },
        deprecated: false,
        status: "confirmed",
        sources: [
          "https://www.metropoolregioamsterdam.nl/einde-aan-verspilling-mra-brengt-circulair-inkopen-in-stroomversnelling/",
          "https://mraduurzaam.nl/circulair/circulair-inkopen-opdrachtgeverschap/intentieverklaring-circulair-inkopen-opdracht-geverschap/",
        ],
      },
      {
        code: "end",
        label: {
          nl: "Einddoel",
          en: "End goal",
        },
        description: {
          nl: "Het uiteindelijke doel, zoals 100% circulair inkopen, met 2030 als eindjaar waarover in 2025 wordt besloten.",
          en: "The final target, such as 100% circular procurement, with 2030 as the end year to be decided in 2025.",
        },
        deprecated: false,
        status: "confirmed",
        sources: [
          "https://www.metropoolregioamsterdam.nl/einde-aan-verspilling-mra-brengt-circulair-inkopen-in-stroomversnelling/",
          "https://mraduurzaam.nl/circulair/circulair-inkopen-opdrachtgeverschap/intentieverklaring-circulair-inkopen-opdracht-geverschap/",
          "https://mraduurzaam.nl/criteria-voor-circulaire-inkoop-van-catering-en-kantoorinrichting/",
        ],
      },
    ],
  },
  "target-status": {
    id: "target-status",
    version: "1.0",
    open: false,
    title: {
      nl: "Status van een doel",
      en: "Target status",
    },
    description: {
      nl: "Of een doel is vastgesteld, nog voorlopig is, is gehaald, is gemist of is ingetrokken.",
      en: "Whether a target is adopted, still tentative, achieved, missed or withdrawn.",
    },
    source: {
      name: "mra-circulair data standard",
      licence: "CC BY 4.0",
      attribution: "mra-circulair, CC BY 4.0",
    },
    codes: [
      {
        code: "adopted",
        label: {
          nl: "Vastgesteld",
          en: "Adopted",
        },
        description: {
          nl: "Het doel is afgesproken, zoals minstens 10% circulair inkopen in 2022 en 50% in 2025 in de intentieverklaring van 20 juni 2018.",
          en: "The target has been agreed, such as at least 10% circular procurement in 2022 and 50% in 2025 in the declaration of intent of 20 June 2018.",
        },
        deprecated: false,
        status: "confirmed",
        sources: [
          "https://www.metropoolregioamsterdam.nl/einde-aan-verspilling-mra-brengt-circulair-inkopen-in-stroomversnelling/",
          "https://mraduurzaam.nl/circulair/circulair-inkopen-opdrachtgeverschap/intentieverklaring-circulair-inkopen-opdracht-geverschap/",
        ],
      },
      {
        code: "tentative",
        label: {
          nl: "Voorlopig",
          en: "Tentative",
        },
        description: {
          nl: "Het doel is aangekondigd maar nog niet besloten, zoals 100% in 2030: in 2025 besluiten de partijen of 2030 een haalbaar en wenselijk eindjaar is.",
          en: "The target has been announced but not yet decided, such as 100% in 2030: in 2025 the parties decide whether 2030 is a feasible and desirable end year.",
        },
        deprecated: false,
        status: "confirmed",
        sources: [
          "https://www.metropoolregioamsterdam.nl/einde-aan-verspilling-mra-brengt-circulair-inkopen-in-stroomversnelling/",
          "https://mraduurzaam.nl/circulair/circulair-inkopen-opdrachtgeverschap/intentieverklaring-circulair-inkopen-opdracht-geverschap/",
        ],
      },
      {
        code: "achieved",
        label: {
          nl: "Gehaald",
          en: "Achieved",
        },
        description: {
          nl: "Het doel is bereikt.",
          en: "The target has been reached.",
        },
        deprecated: false,
        status: "confirmed",
        note: {
          nl: "Gedefinieerd door deze standaard voor het eigen model; er speelt geen extern feit.",
          en: "Defined by this standard for its own model; no outside fact is involved.",
        },
      },
      {
        code: "missed",
        label: {
          nl: "Gemist",
          en: "Missed",
        },
        description: {
          nl: "De peildatum is voorbij zonder dat het doel is bereikt.",
          en: "The target date has passed without the target being reached.",
        },
        deprecated: false,
        status: "confirmed",
        note: {
          nl: "Gedefinieerd door deze standaard voor het eigen model; er speelt geen extern feit.",
          en: "Defined by this standard for its own model; no outside fact is involved.",
        },
      },
      {
        code: "withdrawn",
        label: {
          nl: "Ingetrokken",
          en: "Withdrawn",
        },
        description: {
          nl: "Het doel geldt niet meer.",
          en: "The target no longer applies.",
        },
        deprecated: false,
        status: "confirmed",
        note: {
          nl: "Gedefinieerd door deze standaard voor het eigen model; er speelt geen extern feit.",
          en: "Defined by this standard for its own model; no outside fact is involved.",
        },
      },
    ],
  },
  "track-status": {
    id: "track-status",
    version: "1.0",
    open: false,
    title: {
      nl: "Status van een werkspoor",
      en: "Track status",
    },
    description: {
      nl: "Of een werkspoor gepland, actief of afgerond is, zoals de sporen van het Ontwikkelplan Circulaire Economie MRA.",
      en: "Whether a track is planned, active or completed, such as the tracks of the Ontwikkelplan Circulaire Economie MRA.",
    },
    source: {
      name: "mra-circulair data standard",
      licence: "CC BY 4.0",
      attribution: "mra-circulair, CC BY 4.0",
    },
    codes: [
      {
        code: "planned",
        label: {
          nl: "Gepland",
          en: "Planned",
        },
        description: {
          nl: "Het werkspoor is afgesproken, maar het werk is nog niet begonnen.",
          en: "The track has been agreed, but work has not started.",
        },
        deprecated: false,
        status: "confirmed",
        note: {
          nl: "Gedefinieerd door deze standaard voor het eigen model; er speelt geen extern feit.",
          en: "Defined by this standard for its own model; no outside fact is involved.",
        },
      },
      {
        code: "active",
        label: {
          nl: "Actief",
          en: "Active",
        },
        description: {
          nl: "Aan het werkspoor wordt gewerkt.",
          en: "Work on the track is under way.",
        },
        deprecated: false,
        status: "confirmed",
        note: {
          nl: "Gedefinieerd door deze standaard voor het eigen model; er speelt geen extern feit.",
          en: "Defined by this standard for its own model; no outside fact is involved.",
        },
      },
      {
        code: "completed",
        label: {
          nl: "Afgerond",
          en: "Completed",
        },
        description: {
          nl: "Het werk van het werkspoor is klaar.",
          en: "The work of the track is finished.",
        },
        deprecated: false,
        status: "confirmed",
        note: {
          nl: "Gedefinieerd door deze standaard voor het eigen model; er speelt geen extern feit.",
          en: "Defined by this standard for its own model; no outside fact is involved.",
        },
      },
    ],
  },
  unit: {
    id: "unit",
    version: "1.0",
    open: false,
    title: {
      nl: "Eenheid",
      en: "Unit",
    },
    description: {
      nl: "De eenheid van een streefwaarde of waarneming.",
      en: "The unit of a target value or an observation.",
    },
    source: {
      name: "mra-circulair data standard",
      licence: "CC BY 4.0",
      attribution: "mra-circulair, CC BY 4.0",
    },
    codes: [
      {
        code: "percent",
        label: {
          nl: "Procent",
          en: "Percent",
        },
        description: {
          nl: "Een aandeel als percentage van 0 tot en met 100, zoals het aandeel circulair inkopen in de inkoopwaarde.",
          en: "A share as a percentage from 0 to 100, such as the share of circular procurement in purchasing value.",
        },
        deprecated: false,
        status: "confirmed",
        sources: [
          "https://www.metropoolregioamsterdam.nl/einde-aan-verspilling-mra-brengt-circulair-inkopen-in-stroomversnelling/",
          "https://mraduurzaam.nl/criteria-voor-circulaire-inkoop-van-catering-en-kantoorinrichting/",
        ],
      },
      {
        code: "eur",
        label: {
          nl: "Euro",
          en: "Euro",
        },
        description: {
          nl: "Een geldbedrag in euro, zoals een inkoopwaarde.",
          en: "An amount of money in euros, such as a purchasing value.",
        },
        deprecated: false,
        status: "confirmed",
        sources: [
          "https://www.metropoolregioamsterdam.nl/einde-aan-verspilling-mra-brengt-circulair-inkopen-in-stroomversnelling/",
        ],
      },
      {
        code: "tonne",
        label: {
          nl: "Ton",
          en: "Tonne",
        },
        description: {
          nl: "Een massa in ton (1000 kg), zoals materiaal dat circulair inkopen bespaart.",
          en: "A mass in metric tonnes (1000 kg), such as material saved by circular procurement.",
        },
        deprecated: false,
        status: "confirmed",
        sources: [
          "https://ce.nl/publicaties/effect-meten-van-circulair-inkopen/",
          "https://mraduurzaam.nl/circulair-inkopen-heeft-effect/",
        ],
      },
      {
        code: "tonne-co2e",
        label: {
          nl: "Ton CO2-equivalent",
          en: "Tonne CO2 equivalent",
        },
        description: {
          nl: "Broeikasgasemissie in ton CO2-equivalent, zoals emissie die circulair inkopen vermijdt.",
          en: "Greenhouse-gas emissions in tonnes of CO2 equivalent, such as emissions avoided by circular procurement.",
        },
        deprecated: false,
        status: "confirmed",
        sources: [
          "https://ce.nl/publicaties/effect-meten-van-circulair-inkopen/",
          "https://mraduurzaam.nl/circulair-inkopen-heeft-effect/",
        ],
      },
      {
        code: "count",
        label: {
          nl: "Aantal",
          en: "Count",
        },
        description: {
          nl: "Een getelde hoeveelheid, zoals een aantal aanbestedingen.",
          en: "A number of things counted, such as a number of tenders.",
        },
        deprecated: false,
        status: "confirmed",
        note: {
          nl: "Gedefinieerd door deze standaard voor het eigen model; er speelt geen extern feit.",
          en: "Defined by this standard for its own model; no outside fact is involved.",
        },
      },
    ],
  },
} as const;

/** The TypeScript name of each entity with its schema file. */
export const entityNames = {
  Codelist: "codelist.schema.json",
  Criterion: "criterion.schema.json",
  DatasetRecord: "dataset-record.schema.json",
  Dataset: "dataset.schema.json",
  Declaration: "declaration.schema.json",
  Goal: "goal.schema.json",
  IndicatorDefinition: "indicator-definition.schema.json",
  MviLink: "mvi-link.schema.json",
  Observation: "observation.schema.json",
  Organisation: "organisation.schema.json",
  Procurement: "procurement.schema.json",
  PurchasePackage: "purchase-package.schema.json",
  Roadmap: "roadmap.schema.json",
  Signature: "signature.schema.json",
  Target: "target.schema.json",
  Track: "track.schema.json",
} as const;
