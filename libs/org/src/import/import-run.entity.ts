import { Entity, Enum, Index, Property, type Ref } from '@mikro-orm/core';
import { type Partnership, PartnershipOwnedEntity } from '@kindred/database';

export enum ImportStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  /** Every row written (or, for a dry run, every row valid). */
  SUCCEEDED = 'SUCCEEDED',
  /** Bad rows found and nothing written (all-or-nothing), or the file itself was unreadable. */
  REJECTED = 'REJECTED',
  /** Good rows written, bad rows reported (skipInvalid). */
  PARTIAL = 'PARTIAL',
  /** Something broke that was not the file's fault; nothing written. */
  FAILED = 'FAILED',
}

export interface ImportProblem {
  /** 1-based, counting the header as row 1, as a spreadsheet shows it. */
  row: number;
  column: string | null;
  value: string | null;
  reason: string;
}

/**
 * One upload of an HR export. The file waits here until the worker reads it; progress and the
 * per-row report are kept for the person who uploaded it.
 */
@Entity()
@Index({ properties: ['partnership', 'createdAt'] })
export class ImportRun extends PartnershipOwnedEntity {
  @Property({ type: 'uuid' })
  requestedBy: string;

  @Property({ type: 'string', length: 255 })
  fileName: string;

  @Property({ type: 'string', length: 8 })
  format: 'CSV' | 'XLSX';

  /** Uploaded bytes; cleared once the run has finished. */
  @Property({ type: 'blob', nullable: true, lazy: true })
  file: Buffer | null;

  @Property({ type: 'boolean' })
  dryRun: boolean;

  @Property({ type: 'boolean' })
  skipInvalid: boolean;

  /** The organisations a partner admin may import into; null for partnership-wide importers. */
  @Property({ type: 'json', nullable: true })
  limitedToOrganisations: string[] | null;

  @Enum({ items: () => ImportStatus, nativeEnumName: 'import_status' })
  status: ImportStatus = ImportStatus.QUEUED;

  @Property({ type: 'integer' })
  totalRows = 0;

  @Property({ type: 'integer' })
  processedRows = 0;

  @Property({ type: 'integer' })
  created = 0;

  @Property({ type: 'integer' })
  updated = 0;

  @Property({ type: 'integer' })
  unchanged = 0;

  @Property({ type: 'json' })
  problems: ImportProblem[] = [];

  @Property({ type: 'datetime', nullable: true })
  finishedAt: Date | null = null;

  constructor(
    partnership: Ref<Partnership>,
    upload: {
      requestedBy: string;
      fileName: string;
      format: 'CSV' | 'XLSX';
      file: Buffer;
      dryRun: boolean;
      skipInvalid: boolean;
      limitedToOrganisations: string[] | null;
    },
  ) {
    super(partnership);
    this.requestedBy = upload.requestedBy;
    this.fileName = upload.fileName;
    this.format = upload.format;
    this.file = upload.file;
    this.dryRun = upload.dryRun;
    this.skipInvalid = upload.skipInvalid;
    this.limitedToOrganisations = upload.limitedToOrganisations;
  }
}
