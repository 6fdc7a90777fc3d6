/** The length of a string in Unicode code points, as ajv counts it; a lone surrogate counts as one. */
export function codePointLength(value: string): number {
  let length = 0;
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < value.length) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    length++;
  }
  return length;
}

/** Whether a string's code-point length lies within the bounds. */
export function withinCodePoints(value: string, min: number, max: number): boolean {
  // a string of n units holds between n/2 and n code points, so most strings need no count
  if (value.length < min || value.length / 2 > max) return false;
  if (value.length <= max && value.length / 2 >= min) return true;
  const length = codePointLength(value);
  return length >= min && length <= max;
}
