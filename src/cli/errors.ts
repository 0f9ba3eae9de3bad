/** Bad input: the CLI prints the message as one line on stderr and exits with code 1. */
export class CliError extends Error {
  constructor(message: string) {
    super(message.replace(/\s*\n\s*/g, ' '))
    this.name = 'CliError'
  }
}
