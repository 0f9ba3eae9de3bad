/**
 * A computed capacity figure together with the arithmetic that produced it, so the UI can show
 * "ceil(20 reads/s × 0.5 RCU) = 10 RCU" next to the number.
 */
export interface Derived<T = number> {
  readonly value: T
  readonly formula: string
}
