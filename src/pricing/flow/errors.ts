/** A scenario that does not fit the design (an unknown target, a route the API lacks...). */
export class FlowError extends Error {}

export function refuse(path: string, problem: string): never {
  throw new FlowError(`${path}: ${problem}`)
}
