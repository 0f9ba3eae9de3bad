import type { Notice } from '../../store/designerStore'
import type { DesignLibrary } from '../designs/designLibrary'
import { checkFileSize, decodeDesignFile } from './designFile'

type Notify = (kind: Notice['kind'], message: string) => void

/**
 * Opens a picked or dropped file as a new design. A file that cannot be one is refused with a
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
  await library.openNew(result.name, result.yamlText)
}
