// Totals of the Vitest and Playwright JSON reports written by `npm test`, as one line.
import { existsSync, readFileSync } from 'node:fs'

const status = Number(process.argv[2] ?? 0)
const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null)

const unit = read('reports/vitest.json')
const e2e = read('reports/playwright.json')?.stats

let passed = 0
let failed = 0
if (unit) {
  passed += unit.numPassedTests
  failed += unit.numFailedTests
}
if (e2e) {
  passed += e2e.expected + e2e.flaky
  failed += e2e.unexpected
}
// A step that failed before or between the test runners (typecheck, lint, build) still fails.
if (status !== 0 && failed === 0) failed = 1

console.log(
  `unit: ${unit ? `${unit.numPassedTests} passed, ${unit.numFailedTests} failed` : 'not run'}`,
)
console.log(
  `e2e: ${e2e ? `${e2e.expected + e2e.flaky} passed, ${e2e.unexpected} failed` : 'not run'}`,
)
console.log(`${passed} passed, ${failed} failed`)
