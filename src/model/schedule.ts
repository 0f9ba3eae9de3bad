import { HOURS_PER_MONTH } from './defaults'

/**
 * How often an EventBridge schedule expression fires: exactly for `rate(...)`, roughly for
 * `cron(...)` (average days per month, every listed minute/hour/day counted). Undefined when the
 * expression is not one we can read. Pure arithmetic over a 730-hour month.
 */
export function invocationsPerMonth(expression: string): number | undefined {
  const text = expression.trim()
  const rate = /^rate\(\s*(\d+)\s+(minute|minutes|hour|hours|day|days)\s*\)$/i.exec(text)
  if (rate) {
    const amount = Number(rate[1])
    if (!(amount > 0)) return undefined
    const unit = rate[2]!.toLowerCase().replace(/s$/, '')
    const minutesPerMonth = HOURS_PER_MONTH * 60
    const unitMinutes = unit === 'minute' ? 1 : unit === 'hour' ? 60 : 24 * 60
    return minutesPerMonth / (amount * unitMinutes)
  }
  const cron = /^cron\((.*)\)$/i.exec(text)
  if (cron) return cronPerMonth(cron[1]!.trim().split(/\s+/))
  return undefined
}

const DAYS_PER_MONTH = HOURS_PER_MONTH / 24

const MONTH_NAMES = [
  'JAN',
  'FEB',
  'MAR',
  'APR',
  'MAY',
  'JUN',
  'JUL',
  'AUG',
  'SEP',
  'OCT',
  'NOV',
  'DEC',
]
const DAY_NAMES = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT']

/** EventBridge cron has six fields: minutes hours day-of-month month day-of-week year. */
function cronPerMonth(fields: string[]): number | undefined {
  if (fields.length !== 6) return undefined
  const [minute, hour, dom, month, dow] = fields as [string, string, string, string, string]
  const minutes = countField(minute, 0, 59, [])
  const hours = countField(hour, 0, 23, [])
  const months = countField(month, 1, 12, MONTH_NAMES)
  if (minutes === undefined || hours === undefined || months === undefined) return undefined
  let days: number | undefined
  if (dom === '?' || dom === '*') {
    const weekdays = dow === '?' || dow === '*' ? 7 : countField(dow, 1, 7, DAY_NAMES)
    days = weekdays === undefined ? undefined : (weekdays / 7) * DAYS_PER_MONTH
  } else {
    const listed = countField(dom, 1, 31, [])
    days = listed === undefined ? undefined : Math.min(listed, DAYS_PER_MONTH)
  }
  if (days === undefined) return undefined
  return minutes * hours * days * (months / 12)
}

/** Number of values a cron field matches; `L`, `W` and `#` forms count as one. */
function countField(field: string, min: number, max: number, names: string[]): number | undefined {
  const seen = new Set<number>()
  let extra = 0
  const value = (token: string): number | undefined => {
    const named = names.indexOf(token.toUpperCase())
    if (named >= 0) return named + 1
    return /^\d+$/.test(token) ? Number(token) : undefined
  }
  for (const item of field.split(',')) {
    if (/[LW#]/i.test(item)) {
      extra++
      continue
    }
    const [range, stepText] = item.split('/') as [string, string | undefined]
    const step = stepText === undefined ? 1 : Number(stepText)
    if (!(step >= 1)) return undefined
    let from = min
    let to = max
    if (range !== '*') {
      const [a, b] = range.split('-')
      const start = value(a ?? '')
      if (start === undefined) return undefined
      from = start
      to = b === undefined ? (stepText === undefined ? start : max) : (value(b) ?? NaN)
      if (Number.isNaN(to)) return undefined
    }
    if (from < min || to > max || from > to) return undefined
    for (let v = from; v <= to; v += step) seen.add(v)
  }
  return seen.size + extra
}
