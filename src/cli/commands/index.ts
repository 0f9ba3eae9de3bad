import type { Command } from '../command'
import { costCommand } from './cost'
import { estimateCommand } from './estimate'
import { exportCommand } from './export'
import { graphCommand } from './graph'
import { roundtripCommand } from './roundtrip'
import { simulateCommand } from './simulate'

/** Every subcommand; a new one (estimate, cost, simulate, export) is one more entry. */
export const COMMANDS: readonly Command[] = [
  roundtripCommand,
  graphCommand,
  estimateCommand,
  costCommand,
  simulateCommand,
  exportCommand,
]
