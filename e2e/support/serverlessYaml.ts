import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml'

/** The text of `public/examples/<name>.yml`, as the app bundles it. */
export function readExample(name: string): string {
  return readFileSync(
    fileURLToPath(new URL(`../../public/examples/${name}.yml`, import.meta.url)),
    'utf8',
  )
}

/** A key under `functions:` and where it is written: 1-based line and column. */
export interface FunctionKey {
  readonly name: string
  readonly line: number
  readonly column: number
}

/**
 * The function names of a `serverless.yml`, read independently of the app's codec so the test
 * checks the app against the file, not against itself.
 */
export function functionKeys(yamlText: string): FunctionKey[] {
  const lineCounter = new LineCounter()
  // CloudFormation tags (!Ref ...) are unknown here and only produce warnings; keys are enough.
  const document = parseDocument(yamlText, { lineCounter })
  const functions = document.get('functions', true)
  if (!isMap(functions)) return []
  return functions.items.flatMap((pair) => {
    if (!isScalar(pair.key) || !pair.key.range) return []
    const { line, col } = lineCounter.linePos(pair.key.range[0])
    return [{ name: String(pair.key.value), line, column: col }]
  })
}
