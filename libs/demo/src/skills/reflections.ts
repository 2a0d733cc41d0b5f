/**
 * What staff write when they rate themselves, by competency code: short, plain and specific, as a
 * manager would hope to read before validating. Safeguarding is not here: its levels come from
 * training, not self-assessment.
 */
export const REFLECTIONS: Record<string, string> = {
  'FHC.1.1':
    'I now ask about everyone in the household at the first visit, not just the child we were asked about. I still find it hard to involve dads who work away.',
  'FHC.1.2':
    'Families ask for me by name and come back to the hub. When someone is struggling I keep the visit short and book the next one before I leave.',
  'FHC.1.3':
    'I start every review by asking what has gone well since we last met. Two parents told me it feels less like being checked up on.',
  'FHC.1.4':
    'I helped two parents plan the new Saturday dads group with us. I would like more practice at running the planning meetings myself.',
  'FHC.2.1':
    'I can point families to most of what the hub runs without looking it up. I still have to check the directory for SEND and money advice services.',
  'FHC.2.2':
    'I have completed my first two early help assessments with my senior. I am fine with the conversation but slow with the write-up.',
  'FHC.2.3':
    'I have been to four team around the family meetings and chaired one. I feel ready to be lead professional for a family, with support.',
  'FHC.2.4':
    'I record every contact on the same day now. I am less sure what I can share with the health visitor without asking the parent first.',
  'FHC.3.1':
    'Since the perinatal mental health session I ask new mums how they are really feeling, and I know who to refer to if they are not coping.',
  'FHC.3.3':
    'On home visits I show parents how to share a book and leave play ideas for the week. I would like to learn more about early language.',
  'FHC.4.1':
    'I supported a family through their first EHCP meeting and explained the paperwork. I need to know more about what is on offer for under-fives.',
  'FHC.4.2':
    'I have used the parental conflict conversation tool with one couple. I want to talk in supervision about when conflict becomes domestic abuse.',
  'TIP.2.1':
    'I explain what will happen before each session and ask where the family would like to sit. I have moved our one-to-ones out of the busy room.',
  'TIP.2.3':
    'I offer parents a choice of where and when we meet, and I check they are happy for me to write things down.',
  'TIP.3.1':
    'I use supervision to talk about the visits that stay with me, and I have started taking a proper lunch break away from my desk.',
};
