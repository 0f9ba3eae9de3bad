/**
 * Canvas gestures as plans over `serverless.yml`: each planner reads the model (and the text
 * where the file's own wording matters) and returns the patches to apply, or why not.
 */
export {
  canConnect,
  connectionKind,
  planConnection,
  type ConnectionKind,
  type ConnectionOptions,
  type ConnectionPlan,
} from './connections'
export { planEdgeRemoval, planRemoval, planRemovals, type RemovalPlan } from './removal'
export {
  NEW_SCHEDULE_RATE,
  planNewResource,
  type NewResourceOptions,
  type NewResourcePlan,
} from './newResources'
export { planDuplicate, type DuplicatePlan } from './duplicate'
