export { boundedArray } from "./bounded-array.js";
export { finiteNumber, integer } from "./numbers.js";
export { strictObject } from "./strict-object.js";
export { boundedString, calendarDate, dateTime } from "./string-codecs.js";
export { stringEnum } from "./string-enum.js";
