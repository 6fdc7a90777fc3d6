export { type ReadCsvOptions, readCsv } from "./csv/read-csv.ts";
export type { CsvDelimiter } from "./csv/record-splitter.ts";
export { type WriteCsvOptions, writeCsv, writeCsvText } from "./csv/write-csv.ts";
export {
  datasetKeys,
  type EntityInfo,
  entityNamed,
  entityOfFileName,
  entityOfKeys,
  isDatasetName,
  META_ENTITY,
  recordEntities,
} from "./detect/record-entities.ts";
export { type TopLevel, topLevelKeys } from "./detect/top-level-keys.ts";
export { assembleDataset } from "./flatten/assemble.ts";
export type { DateFormat, DecimalSeparator } from "./flatten/cells.ts";
export { type Column, columnsFor, type HeadingForm, headingOf, LIST_SEPARATOR } from "./flatten/columns.ts";
export { type TabularEntity, type TabularEntityInfo, tabularEntities, tabularEntity } from "./flatten/entities.ts";
export { flatten, slotsFor, unflatten } from "./flatten/flatten.ts";
export { neutralise, unneutralise } from "./flatten/neutralise.ts";
export type { TabularHeader, TabularReadItem, TabularRecord } from "./flatten/tabular-record.ts";
export { type JsonTextLocator, locateJsonText } from "./json/locate-text.ts";
export { type JsonReadOptions, readJson } from "./json/read-json.ts";
export { jsonCodes } from "./json-codes.ts";
export {
  locateInLine,
  type NdjsonBatchItem,
  type NdjsonLineBatch,
  ndjsonLineBatches,
  readNdjsonLineBatch,
} from "./ndjson/line-batches.ts";
export { MetaLines } from "./ndjson/meta-lines.ts";
export { type NdjsonReadOptions, readNdjson, readNdjsonBatches } from "./ndjson/read-ndjson.ts";
export type { ByteSource, ReadItem, SourceRecord } from "./stream/record.ts";
export { tabularCodes } from "./tabular-codes.ts";
export { DEFAULT_XLSX_LIMITS, type XlsxLimits } from "./xlsx/intake.ts";
export { type ReadXlsxOptions, readXlsx } from "./xlsx/read-xlsx.ts";
export { type TemplateOptions, template } from "./xlsx/template.ts";
export { type WriteXlsxOptions, writeXlsx } from "./xlsx/write-xlsx.ts";
