import { assertNever } from '../../model/types'
import type { EditResult } from '../edit'
import { connectAccess, disconnectAccess } from './access'
import { addEvent, removeEvent, updateEvent } from './events'
import { setEnvironmentVariable, setFunctionProperty } from './functionProperties'
import { addFunction, removeFunction, renameFunction } from './functions'
import type { Patch, PatchResult } from './patch'
import { removeResource } from './removeResource'
import { addBucket, addQueue, addTopic, setResourceProperty, updateQueue } from './resources'
import { addTable, addTableIndex, removeTableIndex, updateTable } from './tables'

/**
 * Apply one canvas edit to `serverless.yml` text. The result is the new text, changed only
 * where the patch must change it, or a human-readable reason for refusing.
 */
export function applyPatch(text: string, patch: Patch): PatchResult {
  const result = dispatch(text, patch)
  return result.ok ? { ok: true, text: result.text } : { ok: false, error: result.error }
}

function dispatch(text: string, patch: Patch): EditResult {
  switch (patch.op) {
    case 'addFunction':
      return addFunction(text, patch)
    case 'renameFunction':
      return renameFunction(text, patch)
    case 'removeFunction':
      return removeFunction(text, patch)
    case 'setFunctionProperty':
      return setFunctionProperty(text, patch)
    case 'setEnvironmentVariable':
      return setEnvironmentVariable(text, patch)
    case 'addEvent':
      return addEvent(text, patch)
    case 'updateEvent':
      return updateEvent(text, patch)
    case 'removeEvent':
      return removeEvent(text, patch)
    case 'addTable':
      return addTable(text, patch)
    case 'updateTable':
      return updateTable(text, patch)
    case 'addTableIndex':
      return addTableIndex(text, patch)
    case 'removeTableIndex':
      return removeTableIndex(text, patch)
    case 'addBucket':
      return addBucket(text, patch)
    case 'addQueue':
      return addQueue(text, patch)
    case 'updateQueue':
      return updateQueue(text, patch)
    case 'addTopic':
      return addTopic(text, patch)
    case 'setResourceProperty':
      return setResourceProperty(text, patch)
    case 'removeResource':
      return removeResource(text, patch)
    case 'connectAccess':
      return connectAccess(text, patch)
    case 'disconnectAccess':
      return disconnectAccess(text, patch)
    default:
      return assertNever(patch, 'patch')
  }
}

/** Apply patches in order; all or nothing: the first refusal is returned, naming the patch. */
export function applyPatches(text: string, patches: readonly Patch[]): PatchResult {
  let current = text
  for (const [index, patch] of patches.entries()) {
    const result = applyPatch(current, patch)
    if (!result.ok) {
      const prefix =
        patches.length > 1 ? `Change ${index + 1} of ${patches.length} (${patch.op}): ` : ''
      return { ok: false, error: prefix + result.error }
    }
    current = result.text
  }
  return { ok: true, text: current }
}
