import type { Notice } from '../../store/designerStore'
import type { DesignLibrary } from '../designs/designLibrary'
import { looksLikeProjectFile, readProjectFile } from '../../store/persistence'
import { checkFileSize, decodeDesignFile } from './designFile'

type Notify = (kind: Notice['kind'], message: string) => void

/**
 * Opens a picked or dropped file — a `serverless.yml`, or a project file with its layout and
 * scenario — as a new design. A file that cannot be one is refused with a
 * notice before anything changes: the open design stays as it is.
 */
export async function openDesignFile(
  file: File,
  library: DesignLibrary,
  notify: Notify,
): Promise<void> {
  // Checked before reading, so a huge file is never loaded into memory.
  const tooLarge = checkFileSize(file.name, file.size)
  if (tooLarge && !tooLarge.ok) {
    notify('error', tooLarge.reason)
    return
  }
  let bytes: Uint8Array
  try {
    bytes = new Uint8Array(await file.arrayBuffer())
  } catch {
    notify('error', `${file.name} could not be read. Nothing was opened.`)
    return
  }
  const result = decodeDesignFile(file.name, bytes)
  if (!result.ok) {
    notify('error', result.reason)
    return
  }
  if (looksLikeProjectFile(file.name, result.yamlText)) {
    const project = readProjectFile(file.name, result.yamlText)
    if (!project.ok) {
      notify('error', project.reason)
      return
    }
    const { name, yamlText, positions, scenario } = project.design
    await library.openNew(name, yamlText, { positions, ...(scenario && { scenario }) })
    if (project.note !== undefined) notify('error', project.note)
    else if (project.migrated) {
      notify('info', `${file.name} was written by an older version and has been updated.`)
    }
    return
  }
  await library.openNew(result.name, result.yamlText)
}
