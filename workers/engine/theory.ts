/**
 * Closed forms the engine must agree with (simulation-facts.md §4), exported for the tests and
 * for teaching.
 */

/**
 * Erlang B: the share of requests refused when `servers` run at once, nothing queues, and the
 * offered load is `load` erlangs (arrival rate × mean duration). Insensitive to the duration's
 * distribution. Computed with the stable recursion B(0) = 1, B(k) = A·B(k−1) / (k + A·B(k−1)).
 */
export function erlangB(load: number, servers: number): number {
  let b = 1
  for (let k = 1; k <= servers; k++) b = (load * b) / (k + load * b)
  return b
}
