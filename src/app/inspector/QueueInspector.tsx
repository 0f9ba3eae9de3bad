import type { QueueResource, ServiceModel } from '../../model/types'
import { CommitInput, ReadOnly, Section, SelectInput } from './fields'
import {
  deadLetterQueuePatch,
  maxReceiveCountPatch,
  visibilityTimeoutPatch,
} from './resourcePatches'
import { AWS_LIMITS } from '../../model/defaults'

export function QueueInspector({ queue, model }: { queue: QueueResource; model: ServiceModel }) {
  // A queue named only by an event (an ARN) is configured elsewhere: show, do not edit.
  const editable = queue.origin === 'resources'
  const others = model.resources.filter(
    (r): r is QueueResource => r.kind === 'queue' && r.id !== queue.id && r.origin === 'resources',
  )
  const dlq = queue.deadLetterQueue?.replace(/^queue:/, '') ?? ''
  return (
    <Section title="Queue">
      <ReadOnly testId="inspector.fifo" label="Type" value={queue.fifo ? 'FIFO' : 'Standard'} />
      {queue.queueName && (
        <ReadOnly testId="inspector.queueName" label="Queue name" value={queue.queueName} />
      )}
      {editable ? (
        <>
          <CommitInput
            testId="inspector.visibilityTimeout"
            label="Visibility timeout"
            suffix="s"
            numeric
            placeholder={`${AWS_LIMITS.sqsDefaultVisibilityTimeoutS} (default)`}
            value={queue.visibilityTimeout === undefined ? '' : String(queue.visibilityTimeout)}
            commit={(raw) => visibilityTimeoutPatch(queue, raw)}
            hint="At least 6× the consuming function's timeout, so messages are not handled twice."
          />
          <SelectInput
            testId="inspector.deadLetterQueue"
            label="Dead-letter queue"
            value={dlq}
            options={[
              { value: '', label: 'None' },
              ...others.map((q) => ({ value: q.name, label: q.name })),
              ...(dlq && !others.some((q) => q.name === dlq) ? [{ value: dlq, label: dlq }] : []),
            ]}
            change={(choice) => deadLetterQueuePatch(queue, choice)}
          />
          {dlq && (
            <CommitInput
              testId="inspector.maxReceiveCount"
              label="Receives before dead-letter"
              numeric
              value={queue.maxReceiveCount === undefined ? '' : String(queue.maxReceiveCount)}
              commit={(raw) => maxReceiveCountPatch(queue, raw)}
            />
          )}
        </>
      ) : (
        <p className="inspector-empty">
          Declared outside this file (named by an event): its settings live where it is created.
        </p>
      )}
    </Section>
  )
}
