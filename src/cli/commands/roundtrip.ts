import { print } from '../../serverless'
import type { Command } from '../command'
import { CliError } from '../errors'
import { loadServerless } from '../load'

export const roundtripCommand: Command = {
  name: 'roundtrip',
  usage: 'roundtrip FILE',
  summary: 'Print FILE as parsed and printed with no edits (the same bytes).',
  options: {},
  run({ positionals }, io) {
    const [file, ...rest] = positionals
    if (file === undefined || rest.length > 0) throw new CliError('usage: roundtrip FILE')
    io.stdout(print(loadServerless(file)))
  },
}
