/** Apple keyboards say Cmd where others say Ctrl; the shortcuts accept both, labels follow the machine. */
export const isMac: boolean =
  typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent)
