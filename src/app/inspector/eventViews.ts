import { displayValue } from '../../serverless/display'
import type { Plain } from '../../serverless/plain'
import type { SourceEvent } from './sourceConfig'

/**
 * An event of a function as the inspector shows it: the settings it can edit for each event
 * type, read from the event's body whether it is written as a map or in a short form.
 */
export type EventView =
  | {
      readonly kind: 'api'
      readonly type: 'http' | 'httpApi'
      readonly path: string
      readonly method: string
    }
  | {
      readonly kind: 'schedule'
      /** Undefined when the event lists several expressions: shown, not edited. */
      readonly rate: string | undefined
      readonly summary: string
      readonly enabled: boolean
    }
  | {
      readonly kind: 'batch'
      readonly type: 'sqs' | 'stream'
      readonly batchSize: number | undefined
      readonly summary: string
    }
  | { readonly kind: 's3'; readonly bucket: string; readonly event: string }
  | { readonly kind: 'other'; readonly type: string; readonly summary: string }

export const S3_EVENT_TYPES = [
  's3:ObjectCreated:*',
  's3:ObjectCreated:Put',
  's3:ObjectCreated:Post',
  's3:ObjectCreated:Copy',
  's3:ObjectCreated:CompleteMultipartUpload',
  's3:ObjectRemoved:*',
  's3:ObjectRemoved:Delete',
  's3:ObjectRemoved:DeleteMarkerCreated',
  's3:ObjectRestore:*',
  's3:ObjectTagging:*',
  's3:LifecycleExpiration:*',
] as const

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'ANY']

const field = (body: Plain, key: string): Plain | undefined =>
  body !== null && typeof body === 'object' && !Array.isArray(body) ? body[key] : undefined

const text = (value: Plain | undefined): string =>
  value === undefined || value === null ? '' : displayValue(value)

export function eventView(event: SourceEvent): EventView {
  const { type, body } = event
  switch (type) {
    case 'http':
    case 'httpApi': {
      if (typeof body === 'string') {
        // `GET /users` or `*` (catch-all).
        if (body.trim() === '*') return { kind: 'api', type, path: '*', method: '*' }
        const [method = 'ANY', ...path] = body.trim().split(/\s+/)
        return { kind: 'api', type, path: path.join(' '), method: method.toUpperCase() }
      }
      return {
        kind: 'api',
        type,
        path: text(field(body, 'path')),
        method: text(field(body, 'method')).toUpperCase(),
      }
    }
    case 'schedule': {
      const rate = typeof body === 'string' ? body : field(body, 'rate')
      const enabled = field(body, 'enabled')
      return {
        kind: 'schedule',
        rate: typeof rate === 'string' ? rate : undefined,
        summary: Array.isArray(rate) ? rate.map((r) => text(r)).join('; ') : text(rate),
        enabled: enabled !== false,
      }
    }
    case 'sqs':
    case 'stream': {
      const batchSize = field(body, 'batchSize')
      const source = typeof body === 'string' ? body : (field(body, 'arn') ?? null)
      return {
        kind: 'batch',
        type,
        batchSize: typeof batchSize === 'number' ? batchSize : undefined,
        summary: text(source),
      }
    }
    case 's3': {
      if (typeof body === 'string') return { kind: 's3', bucket: body, event: 's3:ObjectCreated:*' }
      const event = field(body, 'event')
      return {
        kind: 's3',
        bucket: text(field(body, 'bucket')),
        event: typeof event === 'string' ? event : 's3:ObjectCreated:*',
      }
    }
    default:
      return { kind: 'other', type, summary: text(body) }
  }
}
