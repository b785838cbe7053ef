/** Recorded real outputs of the platform tools (see fixtures/README.md). */
export { fixture, fixtureNames } from '../../support/recorded-outputs';
