/**
 * Published figures the engine is tested against, copied from the project's simulation facts
 * (shared/facts/simfaas-published.json) so the tests run from the repository alone:
 *
 * - SimFaaS outputs: pacslab/simfaas (commit 5dd1623), README usage example and notebooks 02,
 *   03 and 08 (Mahmoudi & Khazaei, "SimFaaS: A Performance Simulator for Serverless Computing
 *   Platforms", CLOSER 2021). Poisson arrivals, exponential warm and cold service times (the
 *   cold time covers init and the request), a fixed expiration threshold, newest-first routing.
 * - AWS Lambda measurements: pacslab/simfaas examples/exp.csv (Python 3.6, 128 MB, us-east-1),
 *   and the authors' comparison in notebook 04: SimFaaS run per row with the row's arrival rate
 *   and warm/cold means averaged over all rows (1,981.3 ms / 2,303.7 ms), expiration 600 s,
 *   T = 1e6 s, had a cold-start MAPE of 12.23 % and an average-instance-count MAPE of 3.05 %.
 */
export interface SimfaasRun {
  readonly source: string
  readonly arrivalRate: number
  readonly warmMeanS: number
  readonly coldMeanS: number
  readonly expirationS: number
  readonly maxTimeS: number
  readonly maxConcurrency: number
  readonly coldStarts?: number
  readonly totalRequests?: number
  readonly probCold: number
  readonly probReject?: number
  readonly instances: number
  readonly running: number
  readonly idle: number
}
export const SIMFAAS_RUNS: readonly SimfaasRun[] = [
  {
    source: 'simfaas README.md usage example',
    arrivalRate: 0.9,
    warmMeanS: 1.991,
    coldMeanS: 2.244,
    expirationS: 600,
    maxTimeS: 1000000.0,
    maxConcurrency: 1000,
    coldStarts: 1213,
    totalRequests: 898469,
    probCold: 0.0014,
    probReject: 0.0,
    instances: 7.6612,
    running: 1.7879,
    idle: 5.8733,
  },
  {
    source: 'simfaas examples/02-state-distribution.ipynb',
    arrivalRate: 0.9,
    warmMeanS: 1.991,
    coldMeanS: 2.244,
    expirationS: 600,
    maxTimeS: 1000000.0,
    maxConcurrency: 1000,
    coldStarts: 1183,
    totalRequests: 900020,
    probCold: 0.0013,
    probReject: 0.0,
    instances: 7.691,
    running: 1.7971,
    idle: 5.894,
  },
  {
    source: 'simfaas examples/03-Maximum-Concurrency-Level.ipynb',
    arrivalRate: 1000,
    warmMeanS: 2.016,
    coldMeanS: 2.163,
    expirationS: 600,
    maxTimeS: 1000,
    maxConcurrency: 1000,
    coldStarts: 1000,
    totalRequests: 998537,
    probCold: 0.001,
    probReject: 0.5039,
    instances: 999.4032,
    running: 998.4269,
    idle: 0.9763,
  },
  {
    source:
      'simfaas examples/08-plotly-interactive-plots.ipynb (cell 2) and 05-Temporal-Simulation',
    arrivalRate: 0.9,
    warmMeanS: 2.016,
    coldMeanS: 2.163,
    expirationS: 600,
    maxTimeS: 100000.0,
    maxConcurrency: 1000,
    coldStarts: 118,
    totalRequests: 90041,
    probCold: 0.0013105,
    instances: 7.6799,
    running: 1.81488,
    idle: 5.86502,
  },
  {
    source:
      'simfaas examples/08-plotly-interactive-plots.ipynb (cell 8, df.tail: arrival 10 rps, varying expiration threshold)',
    arrivalRate: 10.0,
    warmMeanS: 2.016,
    coldMeanS: 2.163,
    expirationS: 10,
    maxTimeS: 100000.0,
    maxConcurrency: 1000,
    probCold: 0.023818,
    instances: 28.6548,
    running: 20.1354,
    idle: 8.5193,
  },
  {
    source:
      'simfaas examples/08-plotly-interactive-plots.ipynb (cell 8, df.tail: arrival 10 rps, varying expiration threshold)',
    arrivalRate: 10.0,
    warmMeanS: 2.016,
    coldMeanS: 2.163,
    expirationS: 60,
    maxTimeS: 100000.0,
    maxConcurrency: 1000,
    probCold: 0.003666,
    instances: 33.124,
    running: 20.1915,
    idle: 12.9325,
  },
  {
    source:
      'simfaas examples/08-plotly-interactive-plots.ipynb (cell 8, df.tail: arrival 10 rps, varying expiration threshold)',
    arrivalRate: 10.0,
    warmMeanS: 2.016,
    coldMeanS: 2.163,
    expirationS: 600,
    maxTimeS: 100000.0,
    maxConcurrency: 1000,
    probCold: 0.000338,
    instances: 37.6604,
    running: 20.1123,
    idle: 17.5481,
  },
  {
    source:
      'simfaas examples/08-plotly-interactive-plots.ipynb (cell 8, df.tail: arrival 10 rps, varying expiration threshold)',
    arrivalRate: 10.0,
    warmMeanS: 2.016,
    coldMeanS: 2.163,
    expirationS: 1200,
    maxTimeS: 100000.0,
    maxConcurrency: 1000,
    probCold: 0.000149,
    instances: 38.5218,
    running: 20.1324,
    idle: 18.3894,
  },
  {
    source:
      'simfaas examples/08-plotly-interactive-plots.ipynb (cell 8, df.tail: arrival 10 rps, varying expiration threshold)',
    arrivalRate: 10.0,
    warmMeanS: 2.016,
    coldMeanS: 2.163,
    expirationS: 1800,
    maxTimeS: 100000.0,
    maxConcurrency: 1000,
    probCold: 0.000137,
    instances: 39.5572,
    running: 20.1691,
    idle: 19.3881,
  },
]

/** One row of exp.csv: an arrival rate and what AWS Lambda did. */
export interface AwsMeasurement {
  readonly experiment: string
  readonly arrivalRate: number
  readonly coldStartProbability: number
  readonly instances: number
}

export const AWS_MEASUREMENTS: readonly AwsMeasurement[] = [
  {
    experiment: 'experiment_13',
    arrivalRate: 0.0018631367641819018,
    coldStartProbability: 0.34298826173826175,
    instances: 0.6741935483870968,
  },
  {
    experiment: 'experiment_14',
    arrivalRate: 0.0024576618629581367,
    coldStartProbability: 0.210828111946533,
    instances: 0.8135048231511254,
  },
  {
    experiment: 'experiment_15',
    arrivalRate: 0.002881640680737374,
    coldStartProbability: 0.14543114043342875,
    instances: 0.7794707297514034,
  },
  {
    experiment: 'experiment_16',
    arrivalRate: 0.003453464480801769,
    coldStartProbability: 0.11009813675603149,
    instances: 0.9075697211155378,
  },
  {
    experiment: 'experiment_17',
    arrivalRate: 0.004247997269166777,
    coldStartProbability: 0.07948013592410144,
    instances: 0.9459029435163087,
  },
  {
    experiment: 'experiment_19',
    arrivalRate: 0.0057247758503054915,
    coldStartProbability: 0.03828475236870019,
    instances: 1.0318979266347688,
  },
  {
    experiment: 'experiment_18',
    arrivalRate: 0.007850937561749665,
    coldStartProbability: 0.033821376876008905,
    instances: 1.1290836653386453,
  },
  {
    experiment: 'experiment_12',
    arrivalRate: 0.01638363227041079,
    coldStartProbability: 0.01955255921357668,
    instances: 1.269904458598726,
  },
  {
    experiment: 'experiment_10',
    arrivalRate: 0.05011997483167722,
    coldStartProbability: 0.008542126411410991,
    instances: 2.113582208101668,
  },
  {
    experiment: 'experiment_11',
    arrivalRate: 0.09987113315257176,
    coldStartProbability: 0.005949123396194999,
    instances: 2.7640984908657664,
  },
  {
    experiment: 'experiment_0',
    arrivalRate: 0.10037738637293372,
    coldStartProbability: 0.005658487683960966,
    instances: 2.8888006354249405,
  },
  {
    experiment: 'experiment_5',
    arrivalRate: 0.19807612739820504,
    coldStartProbability: 0.0037242831087297436,
    instances: 3.7188244638602064,
  },
  {
    experiment: 'experiment_1',
    arrivalRate: 0.30179128934985394,
    coldStartProbability: 0.002939493732069899,
    instances: 4.421763304209691,
  },
  {
    experiment: 'experiment_6',
    arrivalRate: 0.397485817087294,
    coldStartProbability: 0.002084642933169204,
    instances: 5.0450045004500454,
  },
  {
    experiment: 'experiment_2',
    arrivalRate: 0.4996728494874295,
    coldStartProbability: 0.0019133093104785875,
    instances: 5.694201747418586,
  },
  {
    experiment: 'experiment_7',
    arrivalRate: 0.5956057891943456,
    coldStartProbability: 0.001755948041692015,
    instances: 6.419380460683082,
  },
  {
    experiment: 'experiment_3',
    arrivalRate: 0.6972660899741501,
    coldStartProbability: 0.0017512076961520968,
    instances: 6.927720413026211,
  },
  {
    experiment: 'experiment_8',
    arrivalRate: 0.7979431166958569,
    coldStartProbability: 0.001560203556088947,
    instances: 7.5639396346306595,
  },
  {
    experiment: 'experiment_4',
    arrivalRate: 0.9024594401863006,
    coldStartProbability: 0.001513391210191625,
    instances: 7.869841269841269,
  },
  {
    experiment: 'experiment_9',
    arrivalRate: 1.0005331788760239,
    coldStartProbability: 0.0013070399809943605,
    instances: 8.39714058776807,
  },
]

/** What notebook 04 reports for SimFaaS against these measurements. */
export const SIMFAAS_VS_AWS = {
  warmMeanMs: 1981.3,
  coldMeanMs: 2303.7,
  expirationS: 600,
  maxTimeS: 1e6,
  coldStartMape: 0.1223,
  instancesMape: 0.0305,
} as const
