import type { Sourced } from '../lineItem'
import type { PriceBookId } from '../priceBookId'

/**
 * AWS Lambda price books (us-east-1). Source tags are those of the pricing facts
 * (shared/facts/aws-pricing.md §0); `asOf` is when that source said so. L-PAGE is the
 * late-2025-or-later pricing page; the facts record no exact day, so its figures carry the year.
 */

export const LAMBDA_ARCHITECTURES = ['x86_64', 'arm64'] as const
export type LambdaArchitecture = (typeof LAMBDA_ARCHITECTURES)[number]

/** One step of a graduated duration ladder: `size` GB-s (Infinity for the last) at `price`. */
export interface SourcedTier {
  readonly size: number
  readonly price: Sourced
}

/** A quantity given away each month (not a price, so not a `Sourced`). */
export interface SourcedAllowance {
  readonly quantity: number
  readonly unit: string
  readonly source: string
  readonly asOf: string
}

/** A billing or configuration rule of the book, with where it comes from. */
interface SourcedRule {
  readonly source: string
  readonly asOf: string
}

export interface LambdaPrices {
  readonly id: PriceBookId
  /** USD per 1M requests (the same for both architectures). */
  readonly requests: Sourced
  /** On-demand duration, per GB-s, graduated per architecture over the account's monthly total. */
  readonly duration: Readonly<Record<LambdaArchitecture, readonly SourcedTier[]>>
  /** Provisioned concurrency capacity: per GB-s of concurrency configured, for the time enabled. */
  readonly provisionedConcurrency: Readonly<Record<LambdaArchitecture, Sourced>>
  /** Duration of invocations served by provisioned concurrency, per GB-s (flat). */
  readonly provisionedDuration: Readonly<Record<LambdaArchitecture, Sourced>>
  /** Ephemeral storage configured above `includedMb`, per GB-s of execution. */
  readonly ephemeralStorage: SourcedRule & {
    readonly price: Sourced
    readonly includedMb: number
    readonly minMb: number
    readonly maxMb: number
  }
  /** Duration is rounded up to a multiple of this many ms. */
  readonly durationRounding: SourcedRule & { readonly ms: number }
  /** Provisioned concurrency time is rounded up to a multiple of this many minutes. */
  readonly provisionedRounding: SourcedRule & { readonly minutes: number }
  readonly memory: SourcedRule & {
    readonly minMb: number
    readonly maxMb: number
    readonly stepMb: number
  }
  /** Always-free monthly allowance, account-wide, shared by all functions and both architectures. */
  readonly freeTier: {
    readonly requests: SourcedAllowance
    readonly durationGbSeconds: SourcedAllowance
  }
}

const perGbSecond = (usd: number, source: string, asOf: string): Sourced => ({
  usd,
  per: 'GB-second',
  source,
  asOf,
})

// L-PAGE: $0.20 per 1M requests, x86 and Arm alike (C).
const requestPrice: Sourced = { usd: 0.2, per: '1M requests', source: 'L-PAGE', asOf: '2025' }

// Tier boundaries: L-TIER-BLOG (2022), x86 6 B / 15 B GB-s, Arm 7.5 B / 18.75 B GB-s (C).
// First-tier prices appear in L-PAGE's worked examples (C); the discounted tiers come from the
// AWS Price List extracts (PL, retrieved 2026-09-06), matching the blog's 10% / 20% discounts.
const currentDuration: Record<LambdaArchitecture, readonly SourcedTier[]> = {
  x86_64: [
    { size: 6e9, price: perGbSecond(0.0000166667, 'L-PAGE', '2025') },
    { size: 9e9, price: perGbSecond(0.000015, 'PL', '2026-09-06') },
    { size: Infinity, price: perGbSecond(0.0000133334, 'PL', '2026-09-06') },
  ],
  arm64: [
    // L-PAGE: the durable-functions example prices Arm at $0.0000133334 per GB-s.
    { size: 7.5e9, price: perGbSecond(0.0000133334, 'L-PAGE', '2025') },
    { size: 11.25e9, price: perGbSecond(0.0000120001, 'PL', '2026-09-06') },
    { size: Infinity, price: perGbSecond(0.0000106667, 'PL', '2026-09-06') },
  ],
}

// Provisioned concurrency: x86 prices from L-PAGE's PC examples (C); Arm prices from PL (S).
const currentProvisionedConcurrency: Record<LambdaArchitecture, Sourced> = {
  x86_64: perGbSecond(0.0000041667, 'L-PAGE', '2025'),
  arm64: perGbSecond(0.0000033334, 'PL', '2026-09-06'),
}
const currentProvisionedDuration: Record<LambdaArchitecture, Sourced> = {
  x86_64: perGbSecond(0.0000097222, 'L-PAGE', '2025'),
  arm64: perGbSecond(0.0000077778, 'PL', '2026-09-06'),
}

// L-PAGE example 3: $0.0000000309 per GB-s beyond the free 512 MB, both architectures (C).
const ephemeralStoragePrice = perGbSecond(0.0000000309, 'L-PAGE', '2025')

// L-PAGE: 1M requests and 400,000 GB-s every month, not limited to 12 months (C).
const freeTier: LambdaPrices['freeTier'] = {
  requests: { quantity: 1_000_000, unit: 'requests', source: 'L-PAGE', asOf: '2025' },
  durationGbSeconds: { quantity: 400_000, unit: 'GB-s', source: 'L-PAGE', asOf: '2025' },
}

// L-PAGE: provisioned concurrency is billed "rounded up to the nearest five minutes" (C).
const provisionedRounding = { minutes: 5, source: 'L-PAGE', asOf: '2025' }

const current: LambdaPrices = {
  id: 'current',
  requests: requestPrice,
  duration: currentDuration,
  provisionedConcurrency: currentProvisionedConcurrency,
  provisionedDuration: currentProvisionedDuration,
  // L-DOCS @a83f69b: /tmp configurable from 512 MB to 10,240 MB in 1 MB steps (C).
  ephemeralStorage: {
    price: ephemeralStoragePrice,
    includedMb: 512,
    minMb: 512,
    maxMb: 10_240,
    source: 'L-DOCS',
    asOf: '2022-11-14',
  },
  // L-1MS: "rounded up to the nearest 1 ms", from the December 2020 billing cycle (C).
  durationRounding: { ms: 1, source: 'L-1MS', asOf: '2020-12-01' },
  provisionedRounding,
  // L-DOCS @a83f69b: 128 MB to 10,240 MB in 1 MB increments (C).
  memory: { minMb: 128, maxMb: 10_240, stepMb: 1, source: 'L-DOCS', asOf: '2022-11-14' },
  freeTier,
}

/**
 * 2018: the pricing page before December 2020 (L-PAGE-OLD, valid 2014 – Nov 2020 per the facts'
 * timeline): 100 ms rounding, a single duration price of $0.00001667 per GB-s (tiers came in
 * 2022), memory 128–3,008 MB in 64 MB steps, /tmp fixed at 512 MB.
 */
const legacy: LambdaPrices = {
  id: '2018',
  // L-PAGE-OLD examples: $0.20 per 1M requests (C).
  requests: { usd: 0.2, per: '1M requests', source: 'L-PAGE-OLD', asOf: '2018' },
  duration: {
    // L-PAGE-OLD: $0.00001667 per GB-s, one price for all usage (C).
    x86_64: [{ size: Infinity, price: perGbSecond(0.00001667, 'L-PAGE-OLD', '2018') }],
    // Not in the facts for 2018: Arm arrived in September 2021. Reuses the current Arm ladder.
    arm64: currentDuration.arm64,
  },
  // Not in the facts for 2018 (provisioned concurrency is later): reuses the current prices.
  provisionedConcurrency: currentProvisionedConcurrency,
  provisionedDuration: currentProvisionedDuration,
  ephemeralStorage: {
    // Not in the facts for 2018 (storage was not configurable, so never billed): current price.
    price: ephemeralStoragePrice,
    includedMb: 512,
    // L-DOCS @c2280fc: "/tmp directory storage 512 MB", fixed (C).
    minMb: 512,
    maxMb: 512,
    source: 'L-DOCS',
    asOf: '2020-02-24',
  },
  // L-PAGE-OLD and L-1MS: "rounded up to the nearest 100ms" before December 2020 (C).
  durationRounding: { ms: 100, source: 'L-PAGE-OLD', asOf: '2018' },
  // Not in the facts for 2018: the current five-minute rule.
  provisionedRounding,
  // L-DOCS @c2280fc and L-PAGE-OLD: 128 MB to 3,008 MB in 64 MB increments (C).
  memory: { minMb: 128, maxMb: 3_008, stepMb: 64, source: 'L-DOCS', asOf: '2020-02-24' },
  // L-PAGE-OLD examples subtract the same 1M requests and 400,000 GB-s (C).
  freeTier: {
    requests: { ...freeTier.requests, source: 'L-PAGE-OLD', asOf: '2018' },
    durationGbSeconds: { ...freeTier.durationGbSeconds, source: 'L-PAGE-OLD', asOf: '2018' },
  },
}

export const lambdaBooks: Record<PriceBookId, LambdaPrices> = { current, '2018': legacy }
