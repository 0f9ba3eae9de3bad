export { startAutosave } from './autosave'
export type { Autosave, AutosaveOptions, AutosaveSource, AutosavedState } from './autosave'
export { createMemoryRepository } from './memoryRepository'
export type { DesignRepository, DesignSummary, LoadResult } from './designRepository'
export { openIndexedDbRepository, DESIGN_DB_NAME, DESIGN_DB_VERSION } from './indexedDbRepository'
export type { IndexedDbRepositoryOptions } from './indexedDbRepository'
export { openRepository } from './openRepository'
export type { OpenedRepository } from './openRepository'
export { newDesignId, restoreLastDesign } from './restore'
export type { RestoredDesign } from './restore'
export {
  DESIGN_FORMAT,
  DESIGN_VERSION,
  createSavedDesign,
  validateSavedDesign,
} from './savedDesign'
export type { Position, SavedDesign, SavedDesignFields, ValidationResult } from './savedDesign'
export type { Scheduler } from './scheduler'
export { DesignStorageError } from './storageError'
export type { StorageProblem } from './storageError'
export {
  looksLikeProjectFile,
  MAX_PROJECT_FILE_BYTES,
  PROJECT_FILE_EXTENSION,
  readProjectFile,
  toProjectFile,
} from './projectFile'
export type { ProjectFileResult } from './projectFile'
export {
  decodeShareFragment,
  encodeShareFragment,
  isShareFragment,
  MAX_SHARE_FRAGMENT_CHARS,
} from './shareLink'
export type { DecodeResult, EncodeResult, SharedDesign } from './shareLink'
export { packText, unpackJson } from './packedText'
export type { UnpackResult } from './packedText'
