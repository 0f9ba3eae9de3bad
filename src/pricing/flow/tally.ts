/** Sums by key: what the flow counts per resource (invocations, requests, messages...). */
export class Counter {
  private readonly sums = new Map<string, number>()

  add(key: string, amount: number): void {
    this.sums.set(key, (this.sums.get(key) ?? 0) + amount)
  }

  get(key: string): number {
    return this.sums.get(key) ?? 0
  }

  has(key: string): boolean {
    return this.sums.has(key)
  }
}

/** DynamoDB requests of one kind on one table: same read consistency and item size. */
export interface TableOps {
  readonly consistency: 'eventual' | 'strong' | 'transactional'
  readonly itemSizeKb: number
  reads: number
  writes: number
}

/**
 * Everything a scenario's traffic does in a month, by resource id. Sizes are kept as
 * `Σ size × count` so an average can be taken over sources of different sizes.
 */
export interface Tally {
  /** Function id → invocations. */
  readonly invocations: Counter
  /** API id → REST/HTTP requests, or WebSocket messages. */
  readonly apiRequests: Counter
  readonly apiConnections: Counter
  readonly apiKb: Counter
  /** Queue id → API actions (sends, receives, deletes). */
  readonly queueRequests: Counter
  readonly queueKb: Counter
  readonly queueMessages: Counter
  /** Topic id → publishes. */
  readonly publishes: Counter
  readonly topicKb: Counter
  /** Deliveries to subscribers the design does not show (`cost.snsFanOut`). */
  readonly extraDeliveries: Counter
  /** Bucket id → PUTs and GETs. */
  readonly puts: Counter
  readonly gets: Counter
  /** Event bus id → events put. */
  readonly events: Counter
  /** Table id → requests grouped by consistency and item size. */
  readonly tableOps: Map<string, Map<string, TableOps>>
}

export function emptyTally(): Tally {
  return {
    invocations: new Counter(),
    apiRequests: new Counter(),
    apiConnections: new Counter(),
    apiKb: new Counter(),
    queueRequests: new Counter(),
    queueKb: new Counter(),
    queueMessages: new Counter(),
    publishes: new Counter(),
    topicKb: new Counter(),
    extraDeliveries: new Counter(),
    puts: new Counter(),
    gets: new Counter(),
    events: new Counter(),
    tableOps: new Map(),
  }
}

export function addTableOps(
  tally: Tally,
  table: string,
  group: Omit<TableOps, 'reads' | 'writes'>,
  reads: number,
  writes: number,
): void {
  const groups = tally.tableOps.get(table) ?? new Map<string, TableOps>()
  tally.tableOps.set(table, groups)
  const key = `${group.consistency}|${group.itemSizeKb}`
  const ops = groups.get(key) ?? { ...group, reads: 0, writes: 0 }
  groups.set(key, ops)
  ops.reads += reads
  ops.writes += writes
}
