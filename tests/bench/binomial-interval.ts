/**
 * A share's 95% interval when its items are independent draws (Wilson's score interval): used
 * for the poisoning sets, whose definitions are written one by one, where the classifier's tools
 * come in servers and take ./server-bootstrap.ts instead. Pure.
 */
export function wilsonInterval(hits: number, total: number, z = 1.96): [number, number] | null {
  if (total === 0) return null;
  const p = hits / total;
  const z2 = z * z;
  const centre = (p + z2 / (2 * total)) / (1 + z2 / total);
  const half = (z * Math.sqrt((p * (1 - p)) / total + z2 / (4 * total * total))) / (1 + z2 / total);
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
