import { readFileSync, statSync } from 'node:fs'
import { CliError } from './errors'

/** The text of a `serverless.yml`, or a CliError saying in one line why it cannot be read. */
export function readTextFile(file: string): string {
  let bytes: Buffer
  try {
    if (statSync(file).isDirectory()) throw new CliError(`${file}: is a directory, not a file`)
    bytes = readFileSync(file)
  } catch (error) {
    if (error instanceof CliError) throw error
    const code = (error as NodeJS.ErrnoException).code
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EACCES'
          ? 'permission denied'
          : String((error as Error).message)
    throw new CliError(`${file}: cannot read: ${reason}`)
  }
  if (bytes.includes(0)) throw new CliError(`${file}: not a text file (it contains NUL bytes)`)
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    throw new CliError(`${file}: not UTF-8 text`)
  }
}

/** FILE's text parsed as JSON; text that is not JSON is bad input, named with the file. */
export function readJsonFile(file: string): unknown {
  const text = readTextFile(file)
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new CliError(`${file}: not valid JSON: ${(error as Error).message}`)
  }
}
