import { writeXlsx } from "./write-xlsx.ts";
import { entryData, inflateEntry, readCentralDirectory } from "./zip.ts";

// for tests: a minimal zip writer for crafting hostile workbooks, and reading the parts of a written one

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream("deflate-raw"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** An entry of a crafted zip archive. */
export interface CraftedEntry {
  readonly name: string;
  readonly data: Uint8Array;
  /** A size to declare instead of the real one: a lying header. */
  readonly declaredSize?: number;
}

/** A zip archive of the entries, deflated. */
export async function zip(entries: readonly CraftedEntry[]): Promise<Uint8Array> {
  const encoder = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    const compressed = await deflate(entry.data);
    const size = entry.declaredSize ?? entry.data.length;
    const header = (central: boolean) => {
      const bytes = new Uint8Array(central ? 46 : 30);
      const view = new DataView(bytes.buffer);
      const base = central ? 2 : 0;
      view.setUint32(0, central ? 0x02014b50 : 0x04034b50, true);
      if (central) view.setUint16(4, 20, true);
      view.setUint16(base + 4, 20, true);
      view.setUint16(base + 8, 8, true);
      view.setUint32(base + 14, crc32(entry.data), true);
      view.setUint32(base + 18, compressed.length, true);
      view.setUint32(base + 22, size, true);
      view.setUint16(base + 26, name.length, true);
      if (central) view.setUint32(42, offset, true);
      return bytes;
    };
    const local = new Uint8Array([...header(false), ...name, ...compressed]);
    centrals.push(new Uint8Array([...header(true), ...name]));
    locals.push(local);
    offset += local.length;
  }
  const directory = new Uint8Array(centrals.flatMap((central) => [...central]));
  const end = new Uint8Array(22);
  const view = new DataView(end.buffer);
  view.setUint32(0, 0x06054b50, true);
  view.setUint16(8, entries.length, true);
  view.setUint16(10, entries.length, true);
  view.setUint32(12, directory.length, true);
  view.setUint32(16, offset, true);
  return new Uint8Array([...locals.flatMap((l) => [...l]), ...directory, ...end]);
}

/** The entries of a workbook, inflated. */
export async function unzip(bytes: Uint8Array): Promise<CraftedEntry[]> {
  const result: CraftedEntry[] = [];
  for (const entry of readCentralDirectory(bytes)) {
    const parts: Uint8Array[] = [];
    await inflateEntry(entryData(bytes, entry), entry.method, Number.MAX_SAFE_INTEGER, (chunk) => parts.push(chunk));
    result.push({ name: entry.name, data: new Uint8Array(parts.flatMap((p) => [...p])) });
  }
  return result;
}

/** A workbook written by writeXlsx with one part changed. */
export async function tamper(dataset: unknown, part: string, change: (xml: string) => string): Promise<Uint8Array> {
  const entries = await unzip(await writeXlsx(dataset));
  return zip(
    entries.map((entry) =>
      entry.name === part
        ? { name: entry.name, data: new TextEncoder().encode(change(new TextDecoder().decode(entry.data))) }
        : entry,
    ),
  );
}

/** The text of one part of a workbook. */
export async function part(bytes: Uint8Array, name: string): Promise<string> {
  const entry = (await unzip(bytes)).find((candidate) => candidate.name === name);
  if (entry === undefined) throw new Error(`no ${name}`);
  return new TextDecoder().decode(entry.data);
}
