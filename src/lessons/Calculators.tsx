import { CapacitySection, PartitionSection } from './CapacityCalculators'
import { ApiGatewaySection, LambdaSection } from './CostCalculators'
import './calculators.css'

/**
 * The workshop's cheat-sheet calculators: DynamoDB capacity units and partitions, a Lambda
 * month and an API Gateway month, each figure shown with the formula that produced it. The
 * arithmetic is `src/pricing/calculators`; this file only keeps the typed text and lays it out.
 * Inputs keep whatever the user typed: a refused value shows why beside its field.
 */
export function Calculators() {
  return (
    <div className="calc" data-testid="lessons.calc">
      <CapacitySection />
      <PartitionSection />
      <LambdaSection />
      <ApiGatewaySection />
    </div>
  )
}
