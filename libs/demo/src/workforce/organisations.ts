import { OrganisationKind } from '@kindred/org';

export interface OrganisationSpec {
  code: string;
  name: string;
  kind: OrganisationKind;
  statutory: boolean;
  /** Staff emails are given.family@domain. */
  domain: string;
  /** Employee numbers are this prefix and six digits, as the employer's HR system makes them. */
  employeePrefix: string;
  /** A full-time week at this employer. */
  fullTimeHours: number;
  contactEmail: string;
  /** Ofcom's drama range (01632 960xxx), so no real number is ever dialled. */
  contactPhone: string;
}

/** The Northshire Family Hubs Partnership: statutory services and VCFSE partners working as one. */
export const ORGANISATIONS: OrganisationSpec[] = [
  {
    code: 'NCC-CS',
    name: "Northshire County Council Children's Services",
    kind: OrganisationKind.LOCAL_AUTHORITY,
    statutory: true,
    domain: 'northshire-cc.example',
    employeePrefix: 'NCC',
    fullTimeHours: 37,
    contactEmail: 'familyhubs@northshire-cc.example',
    contactPhone: '01632 960100',
  },
  {
    code: 'NCHT',
    name: 'Northshire Community Health NHS Trust',
    kind: OrganisationKind.HEALTH,
    statutory: true,
    domain: 'nchs.nhs.example',
    employeePrefix: '2041',
    fullTimeHours: 37.5,
    contactEmail: 'childrens.services@nchs.nhs.example',
    contactPhone: '01632 960200',
  },
  {
    code: 'SBPS',
    name: 'Saltmarsh Bay Primary School',
    kind: OrganisationKind.EDUCATION,
    statutory: true,
    domain: 'saltmarshbay.sch.example',
    employeePrefix: 'SBP',
    fullTimeHours: 32.5,
    contactEmail: 'office@saltmarshbay.sch.example',
    contactPhone: '01632 960310',
  },
  {
    code: 'KBA',
    name: 'Kingsbridge Academy',
    kind: OrganisationKind.EDUCATION,
    statutory: true,
    domain: 'kingsbridge-academy.example',
    employeePrefix: 'KBA',
    fullTimeHours: 36,
    contactEmail: 'enquiries@kingsbridge-academy.example',
    contactPhone: '01632 960320',
  },
  {
    code: 'NCMH',
    name: 'Northshire & Coast Mental Health NHS Foundation Trust',
    kind: OrganisationKind.HEALTH,
    statutory: true,
    domain: 'ncmh.nhs.example',
    employeePrefix: '3187',
    fullTimeHours: 37.5,
    contactEmail: 'cypf.services@ncmh.nhs.example',
    contactPhone: '01632 960400',
  },
  {
    code: 'HSN',
    name: 'Home-Start Northshire',
    kind: OrganisationKind.VCFSE,
    statutory: false,
    domain: 'homestart-northshire.example',
    employeePrefix: 'HSN',
    fullTimeHours: 35,
    contactEmail: 'info@homestart-northshire.example',
    contactPhone: '01632 960510',
  },
  {
    code: 'ADVN',
    name: 'Advice Northshire',
    kind: OrganisationKind.VCFSE,
    statutory: false,
    domain: 'advicenorthshire.example',
    employeePrefix: 'ADV',
    fullTimeHours: 35,
    contactEmail: 'help@advicenorthshire.example',
    contactPhone: '01632 960520',
  },
  {
    code: 'NPCF',
    name: 'Northshire Parent Carer Forum',
    kind: OrganisationKind.VCFSE,
    statutory: false,
    domain: 'northshire-pcf.example',
    employeePrefix: 'PCF',
    fullTimeHours: 30,
    contactEmail: 'hello@northshire-pcf.example',
    contactPhone: '01632 960530',
  },
];
