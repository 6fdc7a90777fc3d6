import type { SourceLocation } from "@mra-circulair/report";
import type { Site } from "./rule.ts";

/** Rows of `width` 32-bit integers in one growable typed array. */
export class Rows {
  private data: Int32Array;
  private count = 0;

  constructor(private readonly width: number) {
    this.data = new Int32Array(width * 256);
  }

  /** The number of rows. */
  get length(): number {
    return this.count;
  }

  /** The bytes the rows hold. */
  get byteLength(): number {
    return this.data.byteLength;
  }

  /** Appends a row; `values` has `width` integers. */
  push(...values: number[]): void {
    if ((this.count + 1) * this.width > this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data.set(values, this.count * this.width);
    this.count++;
  }

  /** Column `column` of row `row`. */
  at(row: number, column: number): number {
    return this.data[row * this.width + column] as number;
  }

  /** Removes every row and gives the memory back. */
  clear(): void {
    this.data = new Int32Array(this.width * 256);
    this.count = 0;
  }
}

const SITE_WIDTH = 5; // entity and pointer, file/sheet/heading, line, column, row
// a line, column or row that the location does not have; they are 1-based, so never negative
const ABSENT = -1;

/**
 * What the rules keep of records they have passed, for findings made at finish: strings (identifiers,
 * dates) stored once each, and sites (entity, pointer, location) in integer columns, each stored once. A
 * reference waiting for its target costs a row of a few integers here instead of an object graph: about
 * 12 bytes per reference and 20 per distinct site, where objects took some 150.
 */
export class Ledger {
  private readonly strings: string[] = [];
  private readonly stringIndex = new Map<string, number>();
  private readonly sites = new Rows(SITE_WIDTH);
  // the runner hands out one Site object per record and pointer, so rules that keep the same site share it
  private readonly siteIndex = new WeakMap<Site, number>();

  /** The number of a string; equal strings get the same number. */
  intern(text: string): number {
    let index = this.stringIndex.get(text);
    if (index === undefined) {
      index = this.strings.length;
      this.strings.push(text);
      this.stringIndex.set(text, index);
    }
    return index;
  }

  /** The string of a number from {@link intern}. */
  text(index: number): string {
    return this.strings[index] ?? "";
  }

  /** The number of a site; the same Site object gets the same number. */
  site(site: Site): number {
    const known = this.siteIndex.get(site);
    if (known !== undefined) return known;
    const { file, sheet, heading, line, column, row } = site.location;
    // entity and pointer, and file, sheet and heading, go as one JSON string each: unambiguous whatever they hold
    this.sites.push(
      this.intern(JSON.stringify([site.entity ?? null, site.pointer])),
      this.intern(JSON.stringify([file, sheet ?? null, heading ?? null])),
      line ?? ABSENT,
      column ?? ABSENT,
      row ?? ABSENT,
    );
    const index = this.sites.length - 1;
    this.siteIndex.set(site, index);
    return index;
  }

  /** The site of a number from {@link site}, equal to the one stored. */
  siteAt(index: number): Site {
    const [entity, pointer] = JSON.parse(this.text(this.sites.at(index, 0))) as [string | null, string];
    const [file, sheet, heading] = JSON.parse(this.text(this.sites.at(index, 1))) as [
      string,
      string | null,
      string | null,
    ];
    const line = this.sites.at(index, 2);
    const column = this.sites.at(index, 3);
    const row = this.sites.at(index, 4);
    const location: SourceLocation = {
      file,
      ...(line === ABSENT ? {} : { line }),
      ...(column === ABSENT ? {} : { column }),
      ...(row === ABSENT ? {} : { row }),
      ...(heading === null ? {} : { heading }),
      ...(sheet === null ? {} : { sheet }),
    };
    return { ...(entity === null ? {} : { entity }), pointer, location };
  }

  /** The bytes the site columns hold (strings not counted). */
  get byteLength(): number {
    return this.sites.byteLength;
  }
}
