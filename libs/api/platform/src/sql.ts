/**
 * SQL fragments shared by the API's libs, without Nest: scripts that run the SQL builders
 * under tsx (tools/bench) can import them without loading decorated classes.
 */
export * from './lib/database/segment-attributes.sql';
export * from './lib/database/channel-shift.sql';
export * from './lib/database/square-sums.sql';
export * from './lib/database/gap-buckets.sql';
