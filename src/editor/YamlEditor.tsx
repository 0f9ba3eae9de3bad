import { useEffect, useRef } from 'react'
import { useDesignerStore } from '../store/useDesigner'
import { bindYamlEditor } from './bindYamlEditor'

/** The `serverless.yml` editor. Default export: the shell loads it lazily, with Monaco. */
export default function YamlEditor() {
  const store = useDesignerStore()
  const host = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (!host.current) return undefined
    const binding = bindYamlEditor(host.current, store)
    return () => binding.dispose()
  }, [store])

  // `nokey`: React Flow ignores key events from inside elements with this class. Without it, its
  // Space-to-pan handler swallows every space typed into Monaco's EditContext input.
  return <div ref={host} className="yaml-editor nokey" data-testid="editor.yaml" />
}
