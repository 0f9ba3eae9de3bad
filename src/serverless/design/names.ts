import type { ServiceModel } from '../../model/types'
import { normalizedFunctionName } from '../patches/names'

/** `base`, then `base2`, `base3`...: the first that `isTaken` does not claim. */
export function uniqueName(base: string, isTaken: (name: string) => boolean): string {
  if (!isTaken(base)) return base
  for (let n = 2; ; n++) {
    const candidate = `${base}${n}`
    if (!isTaken(candidate)) return candidate
  }
}

/**
 * A function key free in the model. Keys the framework would turn into the same logical ids
 * (`getUser` and `GetUser`) clash as surely as equal keys, so those count as taken too.
 */
export function uniqueFunctionName(model: ServiceModel, base: string): string {
  const taken = new Set(
    model.resources.filter((r) => r.kind === 'function').map((r) => normalizedFunctionName(r.name)),
  )
  return uniqueName(base, (name) => taken.has(normalizedFunctionName(name)))
}

/**
 * A logical id free under `resources.Resources`. Compared without case: CloudFormation would
 * accept `Users` beside `users`, a reader of the file would not tell them apart.
 */
export function uniqueLogicalId(model: ServiceModel, base: string): string {
  const taken = new Set(
    model.resources.filter((r) => r.origin === 'resources').map((r) => r.name.toLowerCase()),
  )
  return uniqueName(base, (name) => taken.has(name.toLowerCase()))
}
