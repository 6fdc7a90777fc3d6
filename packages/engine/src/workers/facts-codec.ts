import type { DeclaredId, FactSink, RecordFacts, Reference, ReferenceTarget } from "@mra-circulair/rules";

/**
 * Record facts as one string and one array of whole numbers (a tag for each fact, flags, and the length of
 * each string in the text), which cross to another thread far cheaper than objects or lists of strings:
 * one batch's facts, record after record, read back in the same order.
 */
export interface FactLists {
  readonly text: string;
  readonly numbers: Int32Array;
}

// the tag of each fact in the numbers; a record's facts end with END
const END = 0;
const ID = 1;
const REFERENCE = 2;
const DATED_REFERENCE = 3;
const ORGANISATION = 4;
const UNIT = 5;

/** Takes the facts of one record after another, as a {@link FactSink}, and gives them as {@link FactLists}. */
export class FactWriter implements FactSink {
  #text = "";
  #numbers = new Int32Array(4096);
  #length = 0;

  #number(value: number): void {
    if (this.#length === this.#numbers.length) {
      const grown = new Int32Array(2 * this.#length);
      grown.set(this.#numbers);
      this.#numbers = grown;
    }
    this.#numbers[this.#length++] = value;
  }

  #string(text: string): void {
    this.#text += text;
    this.#number(text.length);
  }

  readonly id: FactSink["id"] = (entity, id, pointer) => {
    this.#number(ID);
    this.#string(entity);
    this.#string(id);
    this.#string(pointer);
  };

  readonly reference: FactSink["reference"] = (target, id, pointer, on) => {
    if (typeof id !== "string") return;
    this.#number(on === undefined ? REFERENCE : DATED_REFERENCE);
    this.#string(target);
    this.#string(id);
    this.#string(pointer);
    if (on !== undefined) this.#string(on);
  };

  organisation(facts: NonNullable<RecordFacts["organisation"]>): void {
    const { endsOn, successor } = facts;
    this.#number(ORGANISATION);
    this.#number((endsOn === undefined ? 0 : 1) | (successor === undefined ? 0 : 2));
    this.#string(facts.id);
    this.#string(facts.name);
    if (endsOn !== undefined) this.#string(endsOn);
    if (successor !== undefined) this.#string(successor);
  }

  unit(unit: NonNullable<RecordFacts["unit"]>): void {
    this.#number(UNIT);
    this.#string(unit.id);
    this.#string(unit.unit);
  }

  /** Ends the facts of the current record. */
  end(): void {
    this.#number(END);
  }

  lists(): FactLists {
    return { text: this.#text, numbers: this.#numbers.slice(0, this.#length) };
  }
}

/** Reads the facts of one record after another from {@link FactLists}, in the order they were written. */
export class FactReader {
  readonly #text: string;
  readonly #numbers: Int32Array;
  #at = 0;
  #number = 0;

  constructor(lists: FactLists) {
    this.#text = lists.text;
    this.#numbers = lists.numbers;
  }

  #next(): number {
    return this.#numbers[this.#number++] as number;
  }

  #string(): string {
    const end = this.#at + this.#next();
    const text = this.#text.slice(this.#at, end);
    this.#at = end;
    return text;
  }

  /** The facts of the next record, with their objects built as `recordFacts` of the rules builds them. */
  next(): RecordFacts {
    const ids: DeclaredId[] = [];
    const references: Reference[] = [];
    let facts: RecordFacts = { ids, references };
    for (let tag = this.#next(); tag !== END; tag = this.#next()) {
      if (tag === ID) {
        const entity = this.#string() as DeclaredId["entity"];
        ids.push({ entity, id: this.#string(), pointer: this.#string() });
      } else if (tag === REFERENCE || tag === DATED_REFERENCE) {
        const target = this.#string() as ReferenceTarget;
        const id = this.#string();
        const pointer = this.#string();
        references.push(tag === REFERENCE ? { target, id, pointer } : { target, id, pointer, on: this.#string() });
      } else if (tag === ORGANISATION) {
        const flags = this.#next();
        const id = this.#string();
        const name = this.#string();
        const endsOn = (flags & 1) === 0 ? undefined : this.#string();
        const successor = (flags & 2) === 0 ? undefined : this.#string();
        const organisation = {
          id,
          name,
          ...(endsOn === undefined ? {} : { endsOn }),
          ...(successor === undefined ? {} : { successor }),
        };
        facts = { ids, references, organisation };
      } else facts = { ids, references, unit: { id: this.#string(), unit: this.#string() } };
    }
    return facts;
  }
}
