/** Why a storage operation failed, so the app can choose what to offer (delete, reload, retry). */
export type StorageProblem =
  'quota' | 'invalid' | 'missing' | 'unreadable' | 'closed' | 'unavailable' | 'failed'

/** A failed storage operation, with a message meant for the user. */
export class DesignStorageError extends Error {
  override readonly name = 'DesignStorageError'
  readonly problem: StorageProblem

  constructor(problem: StorageProblem, message: string, options?: { readonly cause?: unknown }) {
    super(message, options)
    this.problem = problem
  }
}

/** The DOMException name of a browser storage failure, if it has one. */
export function errorName(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('name' in error)) return undefined
  return typeof error.name === 'string' ? error.name : undefined
}

/** What the error says, without a final period, to end a sentence of ours. */
export function errorDetail(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error) {
    const message = error.message
    if (typeof message === 'string' && message !== '') return message.replace(/\.$/, '')
  }
  return errorName(error) ?? String(error)
}

/**
 * Turn whatever a storage call threw into a `DesignStorageError` whose message says what could
 * not be done and why, in words the user can act on. `action` completes "Could not …".
 */
export function asStorageError(error: unknown, action: string): DesignStorageError {
  if (error instanceof DesignStorageError) return error
  const cause = { cause: error }
  switch (errorName(error)) {
    case 'QuotaExceededError':
      return new DesignStorageError(
        'quota',
        `Could not ${action}: the browser's storage for this site is full. ` +
          'Delete designs you no longer need, or free space in the browser, then try again.',
        cause,
      )
    case 'InvalidStateError':
      return new DesignStorageError(
        'closed',
        `Could not ${action}: the connection to the browser's storage was closed. ` +
          'Reload the page to keep saving.',
        cause,
      )
    default:
      return new DesignStorageError('failed', `Could not ${action}: ${errorDetail(error)}.`, cause)
  }
}
