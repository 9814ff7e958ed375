export { generateDataset, validateOptions } from './lib/model/dataset';
export type { Dataset, DatasetOptions, DatasetSize } from './lib/model/dataset';
export { customerKey } from './lib/model/activity';
export type { PersonActivity } from './lib/model/activity';
export { GroundTruthTally, personIdentities } from './lib/model/ground-truth';
export type {
  GroundTruth,
  PersonIdentities,
  SharedIdentifierTruth,
} from './lib/model/ground-truth';
export { DEFAULT_COUNTRY, PLANTED, SHARED_IDENTIFIERS } from './lib/model/planted';
export { INTENTS, QUEUES } from './lib/model/catalogue';
export { writeDataset, customerRecord, CUSTOM_ATTRIBUTES } from './lib/write/write-dataset';
export type { OutputFormat, ProgressListener, WriteResult } from './lib/write/write-dataset';
export { CSV_COLUMNS, CSV_HEADER, toCsvRow } from './lib/write/csv';
