import { useEffect, useState } from 'react'

interface FileDropZoneProps {
  readonly onDropFile: (file: File) => void
}

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false

/**
 * Lets a file be dropped anywhere on the page to open it, with an overlay while one is dragged
 * over. Drags of anything else (nodes on the canvas, text) are left alone.
 */
export function FileDropZone({ onDropFile }: FileDropZoneProps) {
  const [dragging, setDragging] = useState(false)

  useEffect(() => {
    // dragenter/dragleave fire for every child crossed; count them to know when the page is left.
    let depth = 0
    const onDragEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      depth += 1
      setDragging(true)
    }
    const onDragOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      // Without this the browser would navigate to the dropped file.
      event.preventDefault()
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy'
    }
    const onDragLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      depth = Math.max(0, depth - 1)
      if (depth === 0) setDragging(false)
    }
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      event.preventDefault()
      depth = 0
      setDragging(false)
      const file = event.dataTransfer?.files[0]
      if (file) onDropFile(file)
    }
    window.addEventListener('dragenter', onDragEnter)
    window.addEventListener('dragover', onDragOver)
    window.addEventListener('dragleave', onDragLeave)
    window.addEventListener('drop', onDrop)
    return () => {
      window.removeEventListener('dragenter', onDragEnter)
      window.removeEventListener('dragover', onDragOver)
      window.removeEventListener('dragleave', onDragLeave)
      window.removeEventListener('drop', onDrop)
    }
  }, [onDropFile])

  if (!dragging) return null
  return (
    <div className="drop-overlay" data-testid="app.dropOverlay" aria-hidden="true">
      <p>Drop a serverless.yml to open it as a new design</p>
    </div>
  )
}
