import type { DesignerStore } from '../../store/designerStore'
import type { LessonDesigns } from '../../lessons/workshopSession'
import type { DesignLibrary } from '../designs/designLibrary'
import type { Example } from '../exampleCatalog'

/** The lesson's designs are ordinary saved designs: listed, renamed, shared like any other. */
export function lessonDesigns(
  store: DesignerStore,
  library: DesignLibrary,
  examples: readonly Example[],
): LessonDesigns {
  return {
    async create(name, yamlText, scenario) {
      await library.openNew(name, yamlText, scenario ? { scenario } : {})
      return store.getState().designId
    },
    replace(designId, name, yamlText, scenario) {
      store.getState().actions.openDesign({
        designId,
        name,
        yamlText,
        positions: {},
        ...(scenario && { scenario }),
      })
    },
    async open(designId) {
      if (store.getState().designId === designId) return true
      const known = await library.list()
      if (!known.some((d) => d.id === designId)) return false
      await library.openSaved(designId)
      return store.getState().designId === designId
    },
    openId: () => store.getState().designId,
    exampleYaml: (name) => examples.find((e) => e.name === name)?.yamlText,
  }
}
