import type { DbsLevel, EmploymentType, OrganisationKind, OrganisationStatus, SiteKind } from './types';

type Choice<T extends string> = { id: T; name: string };

const choices = <T extends string>(labels: Record<T, string>): Choice<T>[] =>
  (Object.entries(labels) as [T, string][]).map(([id, name]) => ({ id, name }));

export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, string> = {
  LOCAL_AUTHORITY: 'Local authority',
  HEALTH: 'Health',
  EDUCATION: 'Education',
  SOCIAL_CARE: 'Social care',
  VCFSE: 'Voluntary, community, faith or social enterprise (VCFSE)',
  HOUSING: 'Housing',
  POLICE: 'Police',
  OTHER: 'Other',
};

/** Short forms for table cells. */
export const ORGANISATION_KIND_SHORT: Record<OrganisationKind, string> = {
  ...ORGANISATION_KIND_LABELS,
  VCFSE: 'VCFSE',
};

export const ORGANISATION_STATUS_LABELS: Record<OrganisationStatus, string> = {
  ACTIVE: 'Active',
  INACTIVE: 'Inactive',
};

export const BOOKING_APPROVAL_LABELS: Record<'LINE_MANAGER' | 'NONE', string> = {
  LINE_MANAGER: "Their line manager (a volunteer's coordinator) approves each booking",
  NONE: 'Bookings need no approval',
};

export const SITE_KIND_LABELS: Record<SiteKind, string> = {
  FAMILY_HUB: 'Family hub',
  SPOKE: 'Spoke',
  OUTREACH: 'Outreach venue',
  VIRTUAL: 'Virtual',
};

export const EMPLOYMENT_TYPE_LABELS: Record<EmploymentType, string> = {
  STAFF: 'Staff',
  VOLUNTEER: 'Volunteer',
  STUDENT: 'Student',
  AGENCY: 'Agency',
  SECONDED: 'Seconded',
};

export const DBS_LEVEL_LABELS: Record<DbsLevel, string> = {
  BASIC: 'Basic',
  STANDARD: 'Standard',
  ENHANCED: 'Enhanced',
  ENHANCED_WITH_BARRED_LISTS: 'Enhanced with barred lists',
};

export const ORGANISATION_KINDS = choices(ORGANISATION_KIND_LABELS);
export const ORGANISATION_STATUSES = choices(ORGANISATION_STATUS_LABELS);
export const BOOKING_APPROVALS = choices(BOOKING_APPROVAL_LABELS);
export const SITE_KINDS = choices(SITE_KIND_LABELS);
export const EMPLOYMENT_TYPES = choices(EMPLOYMENT_TYPE_LABELS);
export const DBS_LEVELS = choices(DBS_LEVEL_LABELS);

/** Spokes and outreach venues belong to a family hub; hubs and virtual sites do not. */
export const HAS_HUB: readonly SiteKind[] = ['SPOKE', 'OUTREACH'];
