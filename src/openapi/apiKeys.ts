import type { PlainMap } from '../serverless'
import { mapAt, num, text } from './plainValues'

/**
 * API keys and usage plans have no place in an API definition: API Gateway keeps them beside
 * the API. Their names and limits are listed in `info.description`; key values never are.
 */
export function apiKeyNotes(provider: PlainMap): string[] {
  const apiGateway = mapAt(provider, 'apiGateway') ?? {}
  const notes: string[] = []
  const keys = apiGateway['apiKeys'] ?? provider['apiKeys']
  const names = (Array.isArray(keys) ? keys : []).flatMap((k) =>
    typeof k === 'string' ? [k] : mapAt(k) ? [text(mapAt(k)!['name']) ?? '(unnamed)'] : [],
  )
  if (names.length > 0) notes.push(`API keys: ${names.join(', ')}.`)
  const plan = apiGateway['usagePlan'] ?? provider['usagePlan']
  const plans = Array.isArray(plan) ? plan : plan === undefined ? [] : [plan]
  for (const p of plans) {
    const map = mapAt(p)
    if (!map) continue
    // `usagePlan: { quota, throttle }`, or a list of `{ <name>: { quota, throttle } }`.
    const named = Object.keys(map).every((k) => !PLAN_KEYS.has(k))
    const entries = named ? Object.entries(map) : [['', map] as const]
    for (const [name, settings] of entries) {
      notes.push(`Usage plan${name ? ` ${name}` : ''}: ${usagePlanText(mapAt(settings) ?? {})}.`)
    }
  }
  return notes
}

const PLAN_KEYS = new Set(['quota', 'throttle', 'description', 'name'])

function usagePlanText(plan: PlainMap): string {
  const parts: string[] = []
  const quota = mapAt(plan, 'quota')
  const limit = num(quota?.['limit'])
  if (limit !== undefined)
    parts.push(`quota ${limit} requests a ${(text(quota?.['period']) ?? 'MONTH').toLowerCase()}`)
  const throttle = mapAt(plan, 'throttle')
  const rate = num(throttle?.['rateLimit'])
  const burst = num(throttle?.['burstLimit'])
  if (rate !== undefined) parts.push(`throttle ${rate} requests a second`)
  if (burst !== undefined) parts.push(`burst ${burst}`)
  return parts.length > 0 ? parts.join(', ') : 'no limits'
}
