/**
 * A number formatter that remembers what it wrote. `Intl.NumberFormat#format` costs about a
 * microsecond, and the same figures (ceilings, rents, thresholds, surfaces) are written over and
 * over: an applicant's search wrote about ten per offer, 10 % of its CPU. Bounded: the memory is
 * emptied when it holds `max` values.
 */
export function memoizedFormat(format: (value: number) => string, max = 5000): (value: number) => string {
  const memo = new Map<number, string>();
  return (value) => {
    let text = memo.get(value);
    if (text === undefined) {
      text = format(value);
      if (memo.size >= max) memo.clear();
      memo.set(value, text);
    }
    return text;
  };
}
