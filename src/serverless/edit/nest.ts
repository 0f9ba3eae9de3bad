import type { Path } from './locate'
import type { NewValue } from './newValue'

/**
 * The value to write at the first missing key of a path: the rest of the path becomes nested
 * maps (or one-item lists for index 0), e.g. `['environment', 'TABLE']` and `x` give
 * `{ environment: { TABLE: x } }`'s inner `{ TABLE: x }`.
 */
export function nestValue(rest: Path, value: NewValue): NewValue {
  let out = value
  for (let i = rest.length - 1; i >= 0; i--) {
    const key = rest[i]!
    out = typeof key === 'number' ? [out] : { [key]: out }
  }
  return out
}
