export { boundedArray } from "./bounded-array.ts";
export { finiteNumber, integer } from "./numbers.ts";
export { strictObject } from "./strict-object.ts";
export { boundedString, calendarDate, dateTime } from "./string-codecs.ts";
export { stringEnum } from "./string-enum.ts";
