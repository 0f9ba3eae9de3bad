import { parseArgs } from 'node:util'
import type { Command } from './command'
import { COMMANDS } from './commands'
import { CliError } from './errors'

const USAGE = [
  'usage: npm run -s cli -- <command> [options]',
  '',
  'commands:',
  ...COMMANDS.flatMap((c) => [`  ${c.usage}`, `      ${c.summary}`]),
  '',
  'Exit code 0 on success, 1 on bad input (one line on stderr).',
].join('\n')

/** Run the command line; returns the exit code. Output goes through `process.stdout.write` as is. */
export function main(argv: readonly string[]): number {
  try {
    const [name, ...rest] = argv
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      process.stdout.write(`${USAGE}\n`)
      return 0
    }
    const command = COMMANDS.find((c) => c.name === name)
    if (!command) throw new CliError(`unknown command '${name}'; try --help`)
    if (rest.includes('--help') || rest.includes('-h')) {
      process.stdout.write(`usage: ${command.usage}\n${command.summary}\n`)
      return 0
    }
    command.run(parseCommandArgs(command, rest), { stdout: (text) => process.stdout.write(text) })
    return 0
  } catch (error) {
    const message = error instanceof CliError ? error.message : `internal error: ${String(error)}`
    process.stderr.write(`${message.split('\n')[0]}\n`)
    return 1
  }
}

function parseCommandArgs(command: Command, args: string[]) {
  try {
    const { positionals, values } = parseArgs({
      args,
      options: command.options,
      allowPositionals: true,
      strict: true,
    })
    return { positionals, values: values as Record<string, string | boolean | undefined> }
  } catch (error) {
    throw new CliError(`${(error as Error).message.split('\n')[0]}; usage: ${command.usage}`)
  }
}

process.exitCode = main(process.argv.slice(2))
