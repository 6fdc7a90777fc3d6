import { readCsv, type TabularEntity, tabularEntities } from "@mra-circulair/io";

/** How the entity of a CSV file was found: chosen on the page, by the file's name, or by its headings. */
export type EntitySource = "choice" | "name" | "headings";

/** How many headings of the file's first row io's CSV reader knows as columns of `entity`; undefined without one. */
async function knownHeadings(head: Uint8Array, file: string, entity: TabularEntity) {
  for await (const item of readCsv([head], { file, entity })) {
    if (item.kind !== "header") continue;
    const { headings } = item.header;
    return { known: headings.filter((heading) => heading.path !== undefined).length, total: headings.length };
  }
  return undefined;
}

/**
 * The entity whose columns the headings of a CSV file name, read from the start of the file by io's CSV reader (so
 * in any encoding, delimiter and heading form it reads): the one entity that knows the most of them, and more than
 * half. Undefined when none does, or when two know as many.
 */
export async function entityOfHeadings(head: Uint8Array, file: string): Promise<TabularEntity | undefined> {
  let best: { entity: TabularEntity; known: number } | undefined;
  let tie = false;
  for (const { entity } of tabularEntities()) {
    const score = await knownHeadings(head, file, entity);
    if (score === undefined || score.known * 2 <= score.total) continue;
    if (best === undefined || score.known > best.known) {
      best = { entity, known: score.known };
      tie = false;
    } else if (score.known === best.known) tie = true;
  }
  return tie ? undefined : best?.entity;
}
