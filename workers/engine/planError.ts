/** The scenario does not fit the design; the message names the field, as the cost flow does. */
export class PlanError extends Error {}

export function refuse(path: string, problem: string): never {
  throw new PlanError(`${path}: ${problem}`)
}
