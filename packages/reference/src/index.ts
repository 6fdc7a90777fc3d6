export { assertCalendarDate, isCalendarDate } from "./calendar-date.ts";
export { referenceDataset } from "./dataset.ts";
export { compareOrganisations, existsOn, findOrganisation, organisationsOn } from "./organisations.ts";
export { type SignatoriesOptions, type Signatory, signatoriesOn } from "./signatories.ts";
export { successionChain, successorOf } from "./successor.ts";
