/**
 * Amazon Resource Names and the queue URLs SQS hands out, read only as far as the model needs:
 * which service, and the physical name of the table, bucket, queue, topic, stream or bus.
 */
export interface ParsedArn {
  readonly service: string
  readonly region: string
  readonly account: string
  /** Everything after the account: `table/users/index/byEmail`. */
  readonly resource: string
  /** Physical name of the resource: `users`. May hold `*` wildcards. */
  readonly name: string
}

export function parseArn(text: string): ParsedArn | undefined {
  const match = /^arn:[\w-]+:([\w-]+):([^:]*):([^:]*):(.+)$/s.exec(text.trim())
  if (!match) return undefined
  const [, service, region, account, resource] = match as unknown as [
    string,
    string,
    string,
    string,
    string,
  ]
  const name = nameInResource(service, resource)
  return name === undefined ? undefined : { service, region, account, resource, name }
}

function nameInResource(service: string, resource: string): string | undefined {
  const after = (prefix: string) =>
    resource.startsWith(prefix) ? resource.slice(prefix.length).split('/')[0] : undefined
  switch (service) {
    case 'dynamodb':
      return after('table/')
    case 's3':
      return resource.split('/')[0]
    case 'sqs':
      return resource
    case 'sns':
      return resource.split(':')[0]
    case 'kinesis':
      return after('stream/')
    case 'events':
      return after('event-bus/')
    case 'lambda':
      return resource.startsWith('function:') ? resource.split(':')[1] : undefined
    default: {
      const parts = resource.split(/[/:]/)
      return parts[parts.length - 1]
    }
  }
}

/** `https://sqs.eu-west-1.amazonaws.com/123456789012/jobs` → `jobs`. */
export function queueNameFromUrl(text: string): string | undefined {
  const match = /^https:\/\/sqs\.[\w-]+\.amazonaws\.com(?:\.cn)?\/[^/]+\/([^/?#]+)$/.exec(
    text.trim(),
  )
  return match?.[1]
}
