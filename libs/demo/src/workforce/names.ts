/**
 * Names as a Northshire staff list has them. Faker's en_GB locale has no name lists of its own
 * (it falls back to en's), so the demo draws from these with the seeded faker instead.
 */
const words = (list: string): string[] => list.trim().split(/\s+/);

export const WOMEN = words(`
  Abigail Aisling Alison Amelia Amina Amy Angela Anna Bethany Bronwen Caitlin Carol Charlotte
  Chloe Claire Dawn Deborah Eleanor Elif Ellie Emily Emma Esther Faith Fatima Fiona Gemma Georgia
  Grace Hannah Harpreet Hayley Holly Imogen Isla Jade Jasmine Jennifer Joanne Julie Karen Kate
  Katarzyna Kelly Laura Leah Lauren Lisa Louise Lucy Maria Megan Michelle Mona Nadia Naomi Natalie
  Nia Nicola Niamh Olivia Paula Rachel Rebecca Rhiannon Ruth Sadia Samantha Sarah Shabnam Sian
  Sophie Stacey Susan Tanya Tracey Victoria Yasmin Zainab Zoe
`);

export const MEN = words(`
  Aaron Adam Ahmed Alex Andrew Ben Callum Chris Daniel David Dylan Ewan Gary Harry Imran James
  Jamie Kieran Kwame Lewis Liam Mark Matthew Michael Mohammed Nathan Neil Oliver Owen Paul Piotr
  Rhys Richard Robert Ryan Simon Stephen Thomas Tomasz Tunde
`);

export const FAMILY_NAMES = words(`
  Adams Ahmed Ali Allen Anderson Atkinson Bailey Baker Barker Begum Bennett Boateng Bradley Brown
  Burns Butler Campbell Carr Chapman Chowdhury Clark Clarke Collins Cooper Cox Davies Dixon
  Doherty Edwards Ellis Evans Fletcher Foster Fraser Gallagher Gibson Graham Green Griffiths Hall
  Harris Harrison Hill Hughes Hussain Jackson James Jenkins Johnson Jones Kaur Kelly Khan King
  Kowalski Lee Lewis Lloyd Macdonald Marshall Martin Mason Matthews McLaughlin Mensah Mitchell
  Moore Morgan Morris Murphy Murray Nowak O'Brien O'Neill Owen Palmer Parker Patel Pearson
  Phillips Powell Price Pritchard Quinn Richards Roberts Robinson Rogers Rose Russell Scott Shaw
  Simpson Singh Smith Stevens Stewart Sutton Taylor Thomas Thompson Turner Walker Ward Watson
  White Wilkinson Williams Wilson Wood Wright Yilmaz Young
`);
