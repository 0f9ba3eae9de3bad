import { useCallback, useMemo } from 'react'
import { selectActions, selectYamlText } from '../../store/selectors'
import { useDesigner } from '../../store/useDesigner'
import type { Patch } from '../../serverless/patches'
import type { FormChange } from './functionPatches'
import { readSourceConfig, type PlainMap } from './sourceConfig'

/**
 * Apply a committed form change as one undo step. Returns the sentence to show under the field
 * when the change is refused (by validation or by the codec), else undefined.
 */
export function useApplyChange(): (change: FormChange | Patch | null) => string | undefined {
  const { applyPatches } = useDesigner(selectActions)
  return useCallback(
    (change) => {
      if (change === null) return undefined
      const outcome: FormChange = 'op' in change ? { ok: true, patch: change } : change
      if (!outcome.ok) return outcome.error
      if (!outcome.patch) return undefined
      const result = applyPatches([outcome.patch])
      return result.ok ? undefined : result.error
    },
    [applyPatches],
  )
}

/** `serverless.yml` as written, re-read only when the text changes. */
export function useSourceConfig(): PlainMap | null {
  const text = useDesigner(selectYamlText)
  return useMemo(() => readSourceConfig(text), [text])
}
