import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122163741_foundation } from './Migration20261122163741_foundation';
import { Migration20261122171419_workforce } from './Migration20261122171419_workforce';
import { Migration20261122185918_skills } from './Migration20261122185918_skills';
import { Migration20261122195337_job_indexes } from './Migration20261122195337_job_indexes';
import { Migration20261122195620_training } from './Migration20261122195620_training';
import { Migration20261122224903_evidence_source_record } from './Migration20261122224903_evidence_source_record';
import { Migration20261122231000_supervision } from './Migration20261122231000_supervision';
import { Migration20261122233000_notifications } from './Migration20261122233000_notifications';
import { Migration20261122233500_cpd } from './Migration20261122233500_cpd';
import { Migration20261122233500_provider_plugins } from './Migration20261122233500_provider_plugins';
import { Migration20261122235000_schedule_drafts } from './Migration20261122235000_schedule_drafts';
import { Migration20261123020000_booking_pushes } from './Migration20261123020000_booking_pushes';
import { Migration20261123030000_seal_cpd_text } from './Migration20261123030000_seal_cpd_text';
import { Migration20261123040000_workforce_plan } from './Migration20261123040000_workforce_plan';
import { Migration20261123050000_learning_culture } from './Migration20261123050000_learning_culture';
import { Migration20261124010000_development_pathways } from './Migration20261124010000_development_pathways';
import { Migration20261124020000_self_assessment } from './Migration20261124020000_self_assessment';
import { Migration20261123010000_draft_online_links } from './Migration20261123010000_draft_online_links';
import { Migration20261124030000_trainer_days_away } from './Migration20261124030000_trainer_days_away';
import { Migration20261124040000_survey_objective } from './Migration20261124040000_survey_objective';

/** Every migration, in order. `npm run migration:create` writes a file here; add it below. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261122163741_foundation', class: Migration20261122163741_foundation },
  { name: 'Migration20261122171419_workforce', class: Migration20261122171419_workforce },
  { name: 'Migration20261122185918_skills', class: Migration20261122185918_skills },
  { name: 'Migration20261122195337_job_indexes', class: Migration20261122195337_job_indexes },
  { name: 'Migration20261122195620_training', class: Migration20261122195620_training },
  {
    name: 'Migration20261122224903_evidence_source_record',
    class: Migration20261122224903_evidence_source_record,
  },
  { name: 'Migration20261122231000_supervision', class: Migration20261122231000_supervision },
  { name: 'Migration20261122233000_notifications', class: Migration20261122233000_notifications },
  { name: 'Migration20261122233500_cpd', class: Migration20261122233500_cpd },
  { name: 'Migration20261122233500_provider_plugins', class: Migration20261122233500_provider_plugins },
  { name: 'Migration20261122235000_schedule_drafts', class: Migration20261122235000_schedule_drafts },
  { name: 'Migration20261123020000_booking_pushes', class: Migration20261123020000_booking_pushes },
  { name: 'Migration20261123030000_seal_cpd_text', class: Migration20261123030000_seal_cpd_text },
  { name: 'Migration20261123040000_workforce_plan', class: Migration20261123040000_workforce_plan },
  { name: 'Migration20261123050000_learning_culture', class: Migration20261123050000_learning_culture },
  { name: 'Migration20261123010000_draft_online_links', class: Migration20261123010000_draft_online_links },
  {
    name: 'Migration20261124010000_development_pathways',
    class: Migration20261124010000_development_pathways,
  },
  { name: 'Migration20261124030000_trainer_days_away', class: Migration20261124030000_trainer_days_away },
  { name: 'Migration20261124020000_self_assessment', class: Migration20261124020000_self_assessment },
  { name: 'Migration20261124040000_survey_objective', class: Migration20261124040000_survey_objective },
];
