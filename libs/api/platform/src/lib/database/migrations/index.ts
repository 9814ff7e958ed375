import { CreateWorkspaces1764000000000 } from './1764000000000-create-workspaces';
import { CreateIdentity1764100000000 } from './1764100000000-create-identity';
import { CreateTouchpoints1764100000001 } from './1764100000001-create-touchpoints';
import { CreateJourneys1764200000000 } from './1764200000000-create-journeys';
import { CreateJourneyRollups1764200000001 } from './1764200000001-create-journey-rollups';
import { CreateDemoDataset1764250000000 } from './1764250000000-create-demo-dataset';
import { CreateImportJobs1764300000000 } from './1764300000000-create-import-jobs';
import { AddJourneyDailyFlags1764400000000 } from './1764400000000-add-journey-daily-flags';
import { Goals1764500000000 } from './1764500000000-goals';
import { CreateAlerts1764500000001 } from './1764500000001-alerts';
import { AddAccessOverrides1764500000002 } from './1764500000002-add-access-overrides';
import { CreateSlotRollups1764620000000 } from './1764620000000-create-slot-rollups';
import { CreateRollupRecountStaging1764700000000 } from './1764700000000-create-rollup-recount-staging';
import { AddCustomSegmentSlots1764710000000 } from './1764710000000-add-custom-segment-slots';
import { AddShiftPathSlots1764750000000 } from './1764750000000-add-shift-path-slots';

/** Every migration, in order. Listed as classes because the API is bundled (no globs). */
export const MIGRATIONS = [
  CreateWorkspaces1764000000000,
  CreateIdentity1764100000000,
  CreateTouchpoints1764100000001,
  CreateJourneys1764200000000,
  CreateJourneyRollups1764200000001,
  CreateDemoDataset1764250000000,
  CreateImportJobs1764300000000,
  AddJourneyDailyFlags1764400000000,
  Goals1764500000000,
  CreateAlerts1764500000001,
  AddAccessOverrides1764500000002,
  CreateSlotRollups1764620000000,
  CreateRollupRecountStaging1764700000000,
  AddCustomSegmentSlots1764710000000,
  AddShiftPathSlots1764750000000,
];
