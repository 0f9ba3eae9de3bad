import type { Diagnostic } from '../model/diagnostics'
import { validateScenario, type Scenario } from '../model/scenario'
import { parse, type ParseOptions, type ParseResult } from '../serverless'
import { CliError } from './errors'
import { readJsonFile, readTextFile } from './readInput'

/** Read and parse FILE; a file that is not valid YAML or not a mapping is bad input. */
export function loadServerless(file: string, options: ParseOptions = {}): ParseResult {
  const result = parse(readTextFile(file), options)
  if (!result.ok) {
    const first = result.diagnostics.find((d) => d.severity === 'error') ?? result.diagnostics[0]
    throw new CliError(
      first ? `${file}:${locate(first)}: ${first.message}` : `${file}: not a serverless.yml`,
    )
  }
  return result
}

export function locate(d: Diagnostic): string {
  return d.range ? `${d.range.start.line}:${d.range.start.column}` : '1:1'
}

/** `--stage` and `--region` as parse options. */
export function parseOptionsFrom(
  values: Readonly<Record<string, string | boolean | undefined>>,
): ParseOptions {
  const stage = values['stage']
  const region = values['region']
  return {
    ...(typeof stage === 'string' && { stage }),
    ...(typeof region === 'string' && { region }),
  }
}

/** Read SCENARIO.json and check it; the first problem is bad input, named with the file. */
export function loadScenario(file: string): Scenario {
  const scenario = validateScenario(readJsonFile(file))
  if (!scenario.ok) throw new CliError(`${file}: ${scenario.error}`)
  return scenario.scenario
}
