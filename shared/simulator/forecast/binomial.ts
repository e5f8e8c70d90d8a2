/**
 * Binomial(n, p) draws from a seeded uniform source. Small expected counts (n·p < 30 after using
 * the symmetry p ↔ 1 − p) are drawn exactly by inversion, walking the probabilities from 0 up, which
 * costs about n·p steps. Larger ones use the normal approximation, rounded and clamped to [0, n]:
 * with n·p and n·(1 − p) both at least 30 its error is far below the spread the per-run rate factors
 * add, and it costs two uniforms however large the wave is.
 */

const EXACT_BELOW = 30;

export function binomial(n: number, p: number, rng: () => number): number {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  if (p > 0.5) return n - binomial(n, 1 - p, rng);
  const mean = n * p;
  if (mean < EXACT_BELOW) {
    const q = 1 - p;
    const s = p / q;
    const a = (n + 1) * s;
    let r = Math.pow(q, n);
    let u = rng();
    let x = 0;
    while (u > r) {
      u -= r;
      x++;
      r *= a / x - s;
      // Rounding can leave u above the whole remaining mass; the answer is then the top of the walk.
      if (x >= n || r <= 0) return Math.min(x, n);
    }
    return x;
  }
  const u1 = 1 - rng();
  const u2 = rng();
  const z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  const x = Math.round(mean + Math.sqrt(mean * (1 - p)) * z);
  return x < 0 ? 0 : x > n ? n : x;
}
