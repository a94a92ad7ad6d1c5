/**
 * How long readiness waits for each dependency, in parallel: a frozen PostgreSQL or Redis is a 503
 * naming it within a second, not a probe that hangs until the orchestrator gives up.
 */
export const READINESS_TIMEOUT_MS = 800;
