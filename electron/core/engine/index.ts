export { BreakEngine, SAMPLE_INTERVAL } from './break-engine';
export type * from './types';
export { runScenario, parseScenario, type OutputLine, type Scenario } from './scenario';
export { catalogRoutineChoices } from './routine-choices';
export { REFUSAL_REASONS } from './types';
