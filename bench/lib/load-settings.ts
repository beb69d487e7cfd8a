/** How long and how wide the API and raw-SQL scenarios load, shared with the report's notes. */
export const SECONDS = 15;
export const WARMUP_SECONDS = 5;
/** Concurrent clients for the latency figures: one per core of this machine (more only queue; see throughput). */
export const LATENCY_CONNECTIONS = 2;
/** The national roll-up is an ADMIN screen: two at once is already generous. */
export const NATIONAL_CONNECTIONS = 2;
export const THROUGHPUT_CONNECTIONS = 16;
