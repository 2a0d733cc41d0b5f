import { SiteKind } from '@kindred/org';

/** [name, capacity, accessibility notes] */
export type RoomSpec = [string, number, string];

export interface SiteSpec {
  name: string;
  kind: SiteKind;
  /** [line 1, town, postcode]; virtual sites have none. */
  address: [string, string, string] | null;
  rooms: RoomSpec[];
}

export interface HubSpec extends SiteSpec {
  locality: string;
  /** How many staff the hub's teams have: L, M or S (see teams.ts). */
  size: 'L' | 'M' | 'S';
  /** Spokes and outreach venues run from this hub. */
  outposts: SiteSpec[];
}

const { FAMILY_HUB, SPOKE, OUTREACH, VIRTUAL } = SiteKind;
const STEP_FREE = 'Step-free entrance and accessible toilet; hearing loop; baby-changing.';

/** Six family hubs across Northshire's localities, with their spokes and outreach venues. */
export const HUBS: HubSpec[] = [
  {
    name: 'Ashbury Family Hub',
    kind: FAMILY_HUB,
    locality: 'Ashbury',
    size: 'L',
    address: ['14 Station Road', 'Ashbury', 'NS1 2AB'],
    rooms: [
      ['Community Room', 40, `${STEP_FREE} Folding tables; projector and screen.`],
      ['Training Room', 16, `${STEP_FREE} Ground floor; laptop-ready with video conferencing.`],
      ['Quiet Room', 4, 'Ground floor; soft seating, for one-to-one conversations and feeding.'],
    ],
    outposts: [
      {
        name: 'Ashbury Library',
        kind: OUTREACH,
        address: ['Queen Street', 'Ashbury', 'NS1 4DL'],
        rooms: [['Story Corner', 20, 'Lift to first floor; buggy park by the entrance.']],
      },
      {
        name: 'Westfield Community Centre',
        kind: SPOKE,
        address: ['Westfield Way', 'Ashbury', 'NS2 7PQ'],
        rooms: [
          ['Main Hall', 60, 'Level access; car park with two blue badge bays.'],
          ['Meeting Room', 10, 'First floor, no lift: book the hall for anyone who needs step-free access.'],
        ],
      },
    ],
  },
  {
    name: 'Saltmarsh Bay Family Hub',
    kind: FAMILY_HUB,
    locality: 'Northshire Coast',
    size: 'L',
    address: ['2 Harbour Street', 'Saltmarsh Bay', 'NS7 4QT'],
    rooms: [
      ['Harbour Room', 30, `${STEP_FREE} Opens onto the garden.`],
      ['Training Room', 20, `${STEP_FREE} Induction loop and height-adjustable desks.`],
    ],
    outposts: [
      {
        name: 'Saltmarsh Bay Primary School Family Room',
        kind: SPOKE,
        address: ['Cliff Road', 'Saltmarsh Bay', 'NS7 3HE'],
        rooms: [['Family Room', 15, 'Level access through the nursery gate; sign in at the school office.']],
      },
      {
        name: "St Peter's Church Hall",
        kind: OUTREACH,
        address: ['Church Lane', 'Saltmarsh Bay', 'NS7 5BW'],
        rooms: [['Church Hall', 45, 'Ramp at the side door; no hearing loop; kitchen for refreshments.']],
      },
    ],
  },
  {
    name: 'Kingsbridge Family Hub',
    kind: FAMILY_HUB,
    locality: 'Kingsbridge',
    size: 'M',
    address: ['Market Place', 'Kingsbridge', 'NS3 1JD'],
    rooms: [
      ['Riverside Room', 24, `${STEP_FREE} Town-centre parking only.`],
      ['Consultation Room', 4, 'Ground floor; private, for confidential conversations.'],
    ],
    outposts: [
      {
        name: 'Kingsbridge Academy Wellbeing Centre',
        kind: SPOKE,
        address: ['Academy Way', 'Kingsbridge', 'NS3 6TN'],
        rooms: [['Wellbeing Centre', 12, 'Level access from the student entrance; open in term time only.']],
      },
      {
        name: 'Kingsbridge Leisure Centre',
        kind: OUTREACH,
        address: ['Meadow Lane', 'Kingsbridge', 'NS3 8LR'],
        rooms: [['Studio 2', 25, 'Lift access; changing places toilet; free parking.']],
      },
    ],
  },
  {
    name: 'Oldcastle Family Hub',
    kind: FAMILY_HUB,
    locality: 'Oldcastle',
    size: 'M',
    address: ['37 Castle Street', 'Oldcastle', 'NS5 2EF'],
    rooms: [
      ['Group Room', 25, `${STEP_FREE} Sensory corner.`],
      ['Training Room', 12, 'First floor with lift; hearing loop.'],
      ['Interview Room', 3, 'Ground floor; private.'],
    ],
    outposts: [
      {
        name: 'Oldcastle Youth Centre',
        kind: SPOKE,
        address: ['Brook Lane', 'Oldcastle', 'NS5 3GH'],
        rooms: [['Youth Lounge', 30, 'Level access; evenings and weekends mostly used by the youth club.']],
      },
    ],
  },
  {
    name: 'Fenwick Valley Family Hub',
    kind: FAMILY_HUB,
    locality: 'Fenwick Valley',
    size: 'S',
    address: ['The Old School, High Street', 'Fenwick', 'NS9 6RS'],
    rooms: [['Schoolroom', 20, 'Ramp at the front; accessible toilet; hearing loop being fitted.']],
    outposts: [
      {
        name: 'Fenwick Valley Surgery Baby Clinic',
        kind: SPOKE,
        address: ['Mill Road', 'Fenwick', 'NS9 6TA'],
        rooms: [['Clinic Room', 6, 'Level access; clinic hours Tuesday and Thursday mornings.']],
      },
      {
        name: 'Little Hollin Village Hall',
        kind: OUTREACH,
        address: ['Green Lane', 'Little Hollin', 'NS9 8XY'],
        rooms: [['Village Hall', 50, 'Step-free; no public transport on Sundays; parking on the green.']],
      },
    ],
  },
  {
    name: 'Thornley Moor Family Hub',
    kind: FAMILY_HUB,
    locality: 'Thornley and Moor',
    size: 'S',
    address: ['Moor Road', 'Thornley', 'NS8 1UW'],
    rooms: [
      ['Play Room', 18, `${STEP_FREE} Soft play and messy play area.`],
      ['Meeting Room', 8, 'Ground floor; video conferencing screen.'],
    ],
    outposts: [
      {
        name: "Thornley Children's Centre",
        kind: SPOKE,
        address: ['Oak Avenue', 'Thornley', 'NS8 2NB'],
        rooms: [['Activity Room', 20, 'Level access; outdoor play area; buggy store.']],
      },
    ],
  },
];

/** The virtual hub: the phone line, web chat and online groups that reach families anywhere. */
export const VIRTUAL_HUB: SiteSpec & { locality: string } = {
  name: 'Northshire Virtual Family Hub',
  kind: VIRTUAL,
  locality: 'Countywide',
  address: null,
  rooms: [['Online Meeting Room', 100, 'Live captions on; joining links sent with the booking; phone dial-in.']],
};
