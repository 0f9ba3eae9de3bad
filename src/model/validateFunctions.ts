import { AWS_LIMITS } from './defaults'
import type { FunctionResource, ResourceId, ServiceModel } from './types'
import type { Path, Report } from './validateHelpers'

export function checkProvider(model: ServiceModel, report: Report): void {
  const { memorySize, timeout } = model.provider
  if (memorySize !== undefined) {
    checkMemory(memorySize, 'The provider', report, undefined, ['provider', 'memorySize'])
  }
  if (timeout !== undefined) {
    checkTimeout(timeout, 'The provider', report, undefined, ['provider', 'timeout'])
  }
}

function checkMemory(mb: number, who: string, report: Report, id?: ResourceId, path?: Path): void {
  if (!Number.isInteger(mb) || mb < AWS_LIMITS.memoryMinMb || mb > AWS_LIMITS.memoryMaxMb) {
    report(
      'error',
      'out-of-range',
      `${who} sets memorySize ${mb} MB; Lambda allows whole MB from ${AWS_LIMITS.memoryMinMb} to ${AWS_LIMITS.memoryMaxMb.toLocaleString('en-US')}.`,
      id,
      path,
    )
  }
}

function checkTimeout(s: number, who: string, report: Report, id?: ResourceId, path?: Path): void {
  if (!(s >= AWS_LIMITS.timeoutMinS && s <= AWS_LIMITS.timeoutMaxS)) {
    report(
      'error',
      'out-of-range',
      `${who} sets timeout ${s} s; Lambda allows ${AWS_LIMITS.timeoutMinS} to ${AWS_LIMITS.timeoutMaxS} seconds.`,
      id,
      path,
    )
  }
}

export function checkFunction(model: ServiceModel, fn: FunctionResource, report: Report): void {
  const who = `Function '${fn.name}'`
  const at = (key: string): Path => ['functions', fn.name, key]
  if (fn.handler === undefined && fn.image === undefined) {
    report('error', 'missing-handler', `${who} has neither a handler nor an image.`, fn.id, [
      'functions',
      fn.name,
    ])
  }
  // A value equal to the provider's is reported once, at the provider.
  if (fn.memorySize !== model.provider.memorySize) {
    checkMemory(fn.memorySize, who, report, fn.id, at('memorySize'))
  }
  if (fn.timeout !== model.provider.timeout)
    checkTimeout(fn.timeout, who, report, fn.id, at('timeout'))
  const storage = fn.ephemeralStorageSize
  if (
    storage !== undefined &&
    !(storage >= AWS_LIMITS.ephemeralStorageMinMb && storage <= AWS_LIMITS.ephemeralStorageMaxMb)
  ) {
    report(
      'error',
      'out-of-range',
      `${who} sets ephemeralStorageSize ${storage} MB; Lambda allows ${AWS_LIMITS.ephemeralStorageMinMb} to ${AWS_LIMITS.ephemeralStorageMaxMb.toLocaleString('en-US')}.`,
      fn.id,
      at('ephemeralStorageSize'),
    )
  }
  const reserved = fn.reservedConcurrency
  const provisioned = fn.provisionedConcurrency
  if (reserved !== undefined && !(Number.isInteger(reserved) && reserved >= 0)) {
    report(
      'error',
      'out-of-range',
      `${who} sets reservedConcurrency ${reserved}; it must be a whole number, 0 or more.`,
      fn.id,
      at('reservedConcurrency'),
    )
  }
  if (provisioned !== undefined && !(Number.isInteger(provisioned) && provisioned >= 0)) {
    report(
      'error',
      'out-of-range',
      `${who} sets provisionedConcurrency ${provisioned}; it must be a whole number, 0 or more.`,
      fn.id,
      at('provisionedConcurrency'),
    )
  } else if (provisioned !== undefined && reserved !== undefined && provisioned > reserved) {
    report(
      'error',
      'out-of-range',
      `${who} provisions ${provisioned} instances but reserves only ${reserved}; provisioned concurrency cannot exceed reserved concurrency.`,
      fn.id,
      at('provisionedConcurrency'),
    )
  }
  checkApiTimeout(model, fn, report)
}

/** API Gateway stops waiting after 29 s (REST, WebSocket) or 30 s (HTTP API). */
function checkApiTimeout(model: ServiceModel, fn: FunctionResource, report: Report): void {
  for (const edge of model.edges) {
    if (edge.kind !== 'trigger' || edge.to !== fn.id) continue
    const limit =
      edge.event === 'httpApi'
        ? AWS_LIMITS.httpApiIntegrationTimeoutS
        : edge.event === 'http' || edge.event === 'websocket'
          ? AWS_LIMITS.restApiIntegrationTimeoutS
          : undefined
    if (limit === undefined || fn.timeout <= limit) continue
    report(
      'warning',
      'api-timeout',
      `Function '${fn.name}' may run ${fn.timeout} s, but API Gateway ends a ${edge.event} request after ${limit} s; callers get a 504 first.`,
      fn.id,
      ['functions', fn.name, 'timeout'],
    )
    return
  }
}
