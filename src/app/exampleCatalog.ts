/** A bundled `serverless.yml` example the user can open. */
export interface Example {
  /** File name without `.yml`: what `?example=` takes, e.g. `rest-api-dynamodb`. */
  readonly name: string
  /** What the user reads in the examples list: the file's `# Title:` line, else from the name. */
  readonly title: string
  /** The file's `# Summary:` line, if it has one. */
  readonly summary?: string
  readonly yamlText: string
}

/** Opened when the URL names no example, or one that does not exist. */
export const DEFAULT_EXAMPLE = 'rest-api-dynamodb'

/** Words whose usual spelling is not just a capital first letter. */
const SPELLINGS: Readonly<Record<string, string>> = {
  api: 'API',
  apis: 'APIs',
  aws: 'AWS',
  crud: 'CRUD',
  dlq: 'DLQ',
  dynamodb: 'DynamoDB',
  eventbridge: 'EventBridge',
  fifo: 'FIFO',
  http: 'HTTP',
  rest: 'REST',
  s3: 'S3',
  sns: 'SNS',
  sqs: 'SQS',
  websocket: 'WebSocket',
}

/** `rest-api-dynamodb` → `REST API DynamoDB`. */
export function titleFromName(name: string): string {
  return name
    .split(/[-_\s]+/)
    .filter((word) => word.length > 0)
    .map((word, index) => {
      const known = SPELLINGS[word.toLowerCase()]
      if (known) return known
      return index === 0 ? word.charAt(0).toUpperCase() + word.slice(1) : word
    })
    .join(' ')
}

function nameFromPath(path: string): string {
  const file = path.slice(path.lastIndexOf('/') + 1)
  return file.replace(/\.ya?ml$/i, '')
}

/**
 * `# Key: value` lines of the comment block that opens a file (examples start with `# Title:`
 * and `# Summary:`). Stops at the first line that is not a comment.
 */
export function headerFields(yamlText: string): Map<string, string> {
  const fields = new Map<string, string>()
  for (const line of yamlText.split(/\r?\n/)) {
    if (!line.startsWith('#')) break
    const field = /^#\s*([A-Za-z]+):\s*(.+?)\s*$/.exec(line)
    if (field?.[1] && field[2]) fields.set(field[1].toLowerCase(), field[2])
  }
  return fields
}

/** Examples from `{ path: text }` (what `import.meta.glob` returns), sorted by name. */
export function catalogFromFiles(files: Readonly<Record<string, string>>): Example[] {
  return Object.entries(files)
    .map(([path, yamlText]): Example => {
      const name = nameFromPath(path)
      const header = headerFields(yamlText)
      const summary = header.get('summary')
      return {
        name,
        title: header.get('title') ?? titleFromName(name),
        ...(summary ? { summary } : {}),
        yamlText,
      }
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}

/**
 * The example to open: the one requested (`?example=`, with or without `.yml`), else the
 * default, else the first. Undefined only when there are no examples at all.
 */
export function chooseExample(
  examples: readonly Example[],
  requested: string | null,
): Example | undefined {
  const byName = (name: string) => examples.find((example) => example.name === name)
  const wanted = requested ? nameFromPath(requested.trim()) : undefined
  return (wanted ? byName(wanted) : undefined) ?? byName(DEFAULT_EXAMPLE) ?? examples[0]
}
