import { PeopleExportController } from '../export/people-export.controller';
import { PeopleExport } from '../export/people-export.service';
import { ImportRunResolver } from './import-run.resolver';
import { PeopleImportController } from './people-import.controller';
import { PeopleImportJob } from './people-import.job';
import { PeopleImportService } from './people-import.service';
import { PeopleUploads } from './people-uploads.service';

/** Bulk import and export of people and their jobs, as OrgModule registers them. */
export const peopleTransferProviders = [
  PeopleUploads,
  PeopleImportService,
  PeopleImportJob,
  ImportRunResolver,
  PeopleExport,
];
export const peopleTransferControllers = [PeopleImportController, PeopleExportController];
