import { describe, expect, it } from "vitest";
import { codePoints, countNewlines, PositionCounter, positionAfter } from "./position.ts";

describe("positions", () => {
  it("counts code points, a surrogate pair as one", () => {
    expect(codePoints("a😀b", 0, 4)).toBe(3);
    expect(codePoints("\ud800x", 0, 2)).toBe(2);
  });

  it("counts line breaks within the span only", () => {
    expect(countNewlines("a\nb\nc\nd", 0, 7)).toBe(3);
    expect(countNewlines("a\nb\nc\nd", 2, 3)).toBe(0);
  });

  it("finds the position after a known one", () => {
    const text = 'ab\n😀 "x"\ny';
    expect(positionAfter(text, 0, { line: 1, column: 1 }, 2)).toEqual({ line: 1, column: 3 });
    expect(positionAfter(text, 0, { line: 1, column: 1 }, text.indexOf('"'))).toEqual({ line: 2, column: 3 });
    expect(positionAfter(text, 3, { line: 2, column: 1 }, text.length)).toEqual({ line: 3, column: 2 });
  });

  it("counts forward, and starts over for an earlier offset", () => {
    const text = "a\nb😀c\nd";
    const positions = new PositionCounter(text);
    expect([0, 2, 5, 7, 3].map((offset) => positions.at(offset))).toEqual([
      { line: 1, column: 1 },
      { line: 2, column: 1 },
      { line: 2, column: 3 },
      { line: 3, column: 1 },
      { line: 2, column: 2 },
    ]);
  });

  it("stays linear on a one-line text of many offsets", () => {
    const text = `[${"1,".repeat(2_000_000)}1]`;
    const positions = new PositionCounter(text);
    let last = { line: 0, column: 0 };
    for (let offset = 1; offset < text.length; offset += 2) last = positions.at(offset);
    expect(last).toEqual({ line: 1, column: text.length - 1 });
  });
});
