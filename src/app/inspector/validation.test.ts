import { describe, expect, it } from 'vitest'
import {
  apiTimeoutWarning,
  checkBatchSize,
  checkEnvVarName,
  checkFunctionName,
  checkIndexName,
  checkInteger,
  checkMemory,
  checkOptionalInteger,
  checkProvisionedConcurrency,
  checkScheduleExpression,
  checkTimeout,
} from './validation'

const value = <T>(checked: { ok: true; value: T } | { ok: false; error: string }) =>
  checked.ok ? checked.value : `error: ${checked.error}`

describe('checkInteger', () => {
  it('accepts whole numbers within bounds, forgiving spaces and separators', () => {
    expect(value(checkInteger(' 1,024 ', { label: 'X', min: 1, max: 2000 }))).toBe(1024)
    expect(value(checkInteger('10_000', { label: 'X', min: 1 }))).toBe(10_000)
  })

  it('refuses text, fractions and out-of-range values with a sentence naming the bounds', () => {
    for (const raw of ['', 'abc', '1.5', '1e3']) {
      const checked = checkInteger(raw, { label: 'Size', min: 1, max: 10 })
      expect(checked).toEqual({ ok: false, error: 'Size must be a whole number from 1 to 10.' })
    }
    expect(checkInteger('11', { label: 'Size', min: 1, max: 10, unit: 'MB' })).toEqual({
      ok: false,
      error: 'Size must be from 1 MB to 10 MB; 11 MB is not.',
    })
  })

  it('treats an empty optional field as not set', () => {
    expect(checkOptionalInteger('  ', { label: 'X', min: 1 })).toEqual({
      ok: true,
      value: undefined,
    })
  })
})

describe('memory and timeout', () => {
  it('follows the Lambda limits: 128–10,240 MB and 1–900 s', () => {
    expect(value(checkMemory('128'))).toBe(128)
    expect(value(checkMemory('10240'))).toBe(10_240)
    expect(checkMemory('64').ok).toBe(false)
    expect(checkMemory('10241').ok).toBe(false)
    expect(value(checkTimeout('900'))).toBe(900)
    expect(checkTimeout('0').ok).toBe(false)
    expect(checkTimeout('901').ok).toBe(false)
  })

  it('says what is wrong with 64 MB', () => {
    expect(checkMemory('64')).toEqual({
      ok: false,
      error: 'Memory must be from 128 MB to 10,240 MB; 64 MB is not.',
    })
  })
})

describe('concurrency', () => {
  it('keeps provisioned concurrency within the reservation', () => {
    expect(value(checkProvisionedConcurrency('5', 10))).toBe(5)
    expect(value(checkProvisionedConcurrency('5', undefined))).toBe(5)
    expect(value(checkProvisionedConcurrency('', 10))).toBeUndefined()
    expect(checkProvisionedConcurrency('11', 10)).toEqual({
      ok: false,
      error: 'Provisioned concurrency (11) cannot exceed reserved concurrency (10).',
    })
  })
})

describe('checkBatchSize', () => {
  it('allows 1–10,000 for SQS and streams, 1–10 for FIFO queues', () => {
    expect(value(checkBatchSize('10000', 'sqs'))).toBe(10_000)
    expect(value(checkBatchSize('10000', 'stream'))).toBe(10_000)
    expect(checkBatchSize('0', 'stream').ok).toBe(false)
    expect(checkBatchSize('10001', 'sqs').ok).toBe(false)
    expect(checkBatchSize('11', 'sqsFifo').ok).toBe(false)
  })
})

describe('checkScheduleExpression', () => {
  it('accepts rate expressions with the right grammatical number and six-field cron', () => {
    for (const ok of ['rate(5 minutes)', 'rate(1 minute)', 'rate(1 hour)', 'rate(7 days)']) {
      expect(value(checkScheduleExpression(ok))).toBe(ok)
    }
    expect(value(checkScheduleExpression(' cron(0 12 * * ? *) '))).toBe('cron(0 12 * * ? *)')
  })

  it('refuses a plural for 1, a singular for more, zero, other units and short crons', () => {
    expect(checkScheduleExpression('rate(1 minutes)')).toEqual({
      ok: false,
      error: 'Write rate(1 minute), singular.',
    })
    expect(checkScheduleExpression('rate(5 minute)')).toEqual({
      ok: false,
      error: 'Write rate(5 minutes), plural.',
    })
    for (const bad of ['rate(0 minutes)', 'rate(5 seconds)', 'every 5 minutes', 'cron(0 12 * *)']) {
      expect(checkScheduleExpression(bad).ok).toBe(false)
    }
  })
})

describe('names', () => {
  it('validates function keys and keeps them unique', () => {
    expect(value(checkFunctionName('get-user_2', 'getUser', ['getUser', 'listUsers']))).toBe(
      'get-user_2',
    )
    expect(value(checkFunctionName('getUser', 'getUser', ['getUser']))).toBe('getUser')
    expect(checkFunctionName('listUsers', 'getUser', ['getUser', 'listUsers'])).toEqual({
      ok: false,
      error: 'There is already a function "listUsers".',
    })
    expect(checkFunctionName('get user', 'getUser', []).ok).toBe(false)
    expect(checkFunctionName('get.user', 'getUser', []).ok).toBe(false)
    expect(checkFunctionName('', 'getUser', []).ok).toBe(false)
    expect(checkFunctionName('a'.repeat(65), 'getUser', []).ok).toBe(false)
  })

  it('validates environment variable and index names', () => {
    expect(value(checkEnvVarName('TABLE_NAME', []))).toBe('TABLE_NAME')
    expect(checkEnvVarName('1ST', []).ok).toBe(false)
    expect(checkEnvVarName('A', ['A']).ok).toBe(false)
    expect(value(checkIndexName('byEmail', []))).toBe('byEmail')
    expect(checkIndexName('ab', []).ok).toBe(false)
    expect(checkIndexName('byEmail', ['byEmail']).ok).toBe(false)
  })
})

describe('apiTimeoutWarning', () => {
  it('warns past 29 s behind a REST or WebSocket API and past 30 s behind an HTTP API', () => {
    expect(apiTimeoutWarning(29, ['http'])).toBeUndefined()
    expect(apiTimeoutWarning(30, ['http'])).toMatch(/29 s/)
    expect(apiTimeoutWarning(30, ['httpApi'])).toBeUndefined()
    expect(apiTimeoutWarning(31, ['httpApi'])).toMatch(/30 s/)
    expect(apiTimeoutWarning(900, [])).toBeUndefined()
  })
})
