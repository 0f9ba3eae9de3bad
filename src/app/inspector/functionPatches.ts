import type { Architecture, FunctionResource } from '../../model/types'
import type { Patch } from '../../serverless/patches'
import type { Plain } from '../../serverless/plain'
import {
  checkFunctionName,
  checkMemory,
  checkProvisionedConcurrency,
  checkReservedConcurrency,
  checkTimeout,
  type Checked,
} from './validation'

/**
 * A committed form field, turned into the one patch it means: `patch: null` when the value is
 * what the file already says (nothing to write), an error when the input is not acceptable.
 */
export type FormChange =
  | { readonly ok: true; readonly patch: Patch | null }
  | { readonly ok: false; readonly error: string }

export const unchanged: FormChange = { ok: true, patch: null }
export const change = (patch: Patch): FormChange => ({ ok: true, patch })

/** Run a check, then build the patch from its value unless the value is the current one. */
export function fromChecked<T>(
  checked: Checked<T>,
  current: T,
  build: (value: T) => Patch,
): FormChange {
  if (!checked.ok) return checked
  return checked.value === current ? unchanged : change(build(checked.value))
}

export function renamePatch(
  fn: FunctionResource,
  raw: string,
  functionNames: readonly string[],
): FormChange {
  return fromChecked(checkFunctionName(raw, fn.name, functionNames), fn.name, (to) => ({
    op: 'renameFunction',
    from: fn.name,
    to,
  }))
}

type NumericProperty = 'memorySize' | 'timeout' | 'reservedConcurrency' | 'provisionedConcurrency'

function numberPatch(name: string, property: NumericProperty, value: number | undefined): Patch {
  return { op: 'setFunctionProperty', name, property, value }
}

/** Memory and timeout compare with the effective value: re-typing an inherited 256 writes nothing. */
export const memoryPatch = (fn: FunctionResource, raw: string) =>
  fromChecked(checkMemory(raw), fn.memorySize, (v) => numberPatch(fn.name, 'memorySize', v))

export const timeoutPatch = (fn: FunctionResource, raw: string) =>
  fromChecked(checkTimeout(raw), fn.timeout, (v) => numberPatch(fn.name, 'timeout', v))

export function reservedConcurrencyPatch(fn: FunctionResource, raw: string): FormChange {
  const checked = checkReservedConcurrency(raw)
  if (checked.ok && checked.value !== undefined && fn.provisionedConcurrency !== undefined) {
    if (checked.value < fn.provisionedConcurrency) {
      return {
        ok: false,
        error: `Reserved concurrency cannot be below provisioned concurrency (${fn.provisionedConcurrency}).`,
      }
    }
  }
  return fromChecked(checked, fn.reservedConcurrency, (v) =>
    numberPatch(fn.name, 'reservedConcurrency', v),
  )
}

export const provisionedConcurrencyPatch = (fn: FunctionResource, raw: string) =>
  fromChecked(
    checkProvisionedConcurrency(raw, fn.reservedConcurrency),
    fn.provisionedConcurrency,
    (v) => numberPatch(fn.name, 'provisionedConcurrency', v),
  )

/** `''` means "inherit from provider": the function's own runtime is removed. */
export function runtimePatch(
  name: string,
  ownRuntime: string | undefined,
  choice: string,
): Patch | null {
  const value = choice === '' ? undefined : choice
  if (value === ownRuntime) return null
  return { op: 'setFunctionProperty', name, property: 'runtime', value }
}

export function architecturePatch(fn: FunctionResource, choice: Architecture): Patch | null {
  if (choice === fn.architecture) return null
  return { op: 'setFunctionProperty', name: fn.name, property: 'architecture', value: choice }
}

/** Set or (with undefined) remove one of the function's own environment variables. */
export function environmentPatch(name: string, variable: string, value: Plain | undefined): Patch {
  return { op: 'setEnvironmentVariable', function: name, variable, value }
}

export function eventPatch(
  name: string,
  index: number,
  settings: Readonly<Record<string, Plain | undefined>>,
): Patch {
  return { op: 'updateEvent', function: name, index, settings }
}

export function removeEventPatch(name: string, index: number): Patch {
  return { op: 'removeEvent', function: name, index }
}
