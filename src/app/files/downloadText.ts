/** Saves `text` as a file through the browser's download, without leaving the page. */
export function downloadText(fileName: string, text: string, type = 'text/yaml'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  // The download has started from the click; the object URL is no longer needed after this task.
  window.setTimeout(() => URL.revokeObjectURL(url), 0)
}
