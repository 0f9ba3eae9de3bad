import type { Resource, ServiceModel, TriggerEdge } from '../../src/model/types'
import { SQS_DEFAULT_BATCH, STREAM_DEFAULT_BATCH } from '../../src/pricing/flow/edges'
import type { ChannelKind, PlannedChannel, PlannedTable } from './plan'

/**
 * The channels of a design: every queue, topic, bucket, event bus and schedule, with the
 * functions their trigger edges invoke (asynchronously) or poll them (SQS), then one channel per
 * DynamoDB stream mapping (each consumer of a stream reads every record).
 */
export function planChannels(
  model: ServiceModel,
  fnIndex: ReadonlyMap<string, number>,
  tables: readonly Omit<PlannedTable, 'streams'>[],
  notes: string[],
): {
  readonly channels: PlannedChannel[]
  readonly channelIndex: ReadonlyMap<string, number>
  readonly tableStreams: readonly (readonly number[])[]
} {
  const channels: MutableChannel[] = []
  const channelIndex = new Map<string, number>()
  for (const r of model.resources) {
    if (!isChannelKind(r.kind)) continue
    channelIndex.set(r.id, channels.length)
    channels.push({ id: r.id, name: r.name, kind: r.kind, subscribers: [], mappings: [] })
  }
  const at = (id: string) => {
    const index = channelIndex.get(id)
    return index === undefined ? undefined : channels[index]
  }
  const tableIndex = new Map(tables.map((t, i) => [t.id, i]))
  const tableStreams = tables.map((): number[] => [])
  const triggers = model.edges.filter((e): e is TriggerEdge => e.kind === 'trigger')
  for (const edge of triggers) {
    const fn = fnIndex.get(edge.to)
    if (fn === undefined) continue
    switch (edge.event) {
      case 'http':
      case 'httpApi':
      case 'websocket':
        break
      case 'sqs':
        at(edge.from)?.mappings.push({ fn, batchSize: edge.batchSize ?? SQS_DEFAULT_BATCH })
        break
      case 'stream': {
        const table = tableIndex.get(edge.from)
        if (table === undefined) {
          notes.push(`${edge.from} → ${edge.to}: only DynamoDB streams are simulated.`)
          break
        }
        tableStreams[table]!.push(channels.length)
        channels.push({
          id: `${edge.from}#stream→${edge.to}`,
          name: `${tables[table]!.name} stream`,
          kind: 'stream',
          subscribers: [],
          mappings: [{ fn, batchSize: edge.batchSize ?? STREAM_DEFAULT_BATCH }],
          shards: tables[table]!.partitions,
        })
        break
      }
      case 's3':
      case 'sns':
      case 'schedule':
      case 'eventBridge':
        at(edge.from)?.subscribers.push(fn)
        break
    }
  }
  const resources = new Map<string, Resource>(model.resources.map((r) => [r.id, r]))
  for (const c of channels) {
    const resource = resources.get(c.id)
    if (resource?.kind === 'queue' && resource.fifo && c.mappings.length > 0) {
      notes.push(
        `${c.id}: FIFO ordering and message groups are not simulated; it is read like a standard queue.`,
      )
    }
  }
  return {
    channels: channels.map((c) => ({
      ...c,
      deadLetter: queueDeadLetter(resources.get(c.id), channelIndex),
      shards: c.shards ?? 0,
    })),
    channelIndex,
    tableStreams,
  }
}

type MutableChannel = {
  id: string
  name: string
  kind: ChannelKind
  subscribers: number[]
  mappings: { fn: number; batchSize: number }[]
  shards?: number
}

function isChannelKind(kind: string): kind is Exclude<ChannelKind, 'stream'> {
  return ['queue', 'topic', 'bucket', 'eventBus', 'schedule'].includes(kind)
}

/** A queue's redrive dead-letter queue, as a channel index, or -1. */
function queueDeadLetter(resource: Resource | undefined, index: ReadonlyMap<string, number>) {
  if (resource?.kind !== 'queue' || resource.deadLetterQueue === undefined) return -1
  return index.get(resource.deadLetterQueue) ?? -1
}
