/**
 * Every sealed column, with the record type and field its sealing context names: what key rotation
 * re-seals. A new sealed property must be listed here. CPD's columns are listed too, as table and
 * column names only: CPD seals with this cipher and its one key ring (decision 0044).
 */
export const SEALED_COLUMNS: readonly { table: string; recordType: string; columns: Record<string, string> }[] = [
  { table: 'supervision_agreement', recordType: 'SupervisionAgreement', columns: { sharing_sealed: 'sharing' } },
  {
    table: 'supervision_session',
    recordType: 'SupervisionSession',
    columns: {
      content_sealed: 'content',
      status_reason_sealed: 'statusReason',
      supervisee_comment_sealed: 'superviseeComment',
    },
  },
  { table: 'supervision_action', recordType: 'SupervisionAction', columns: { description_sealed: 'description' } },
  { table: 'session_addendum', recordType: 'SessionAddendum', columns: { text_sealed: 'text' } },
  { table: 'reflective_log_entry', recordType: 'ReflectiveLogEntry', columns: { content_sealed: 'content' } },
  { table: 'escalation', recordType: 'Escalation', columns: { summary_sealed: 'summary' } },
  {
    table: 'cpd_entry',
    recordType: 'CpdEntry',
    columns: {
      learned_sealed: 'learned',
      practice_change_sealed: 'practiceChange',
      peer_reflection_sealed: 'peerReflection',
    },
  },
  { table: 'practice_feedback', recordType: 'PracticeFeedback', columns: { content_sealed: 'content' } },
  { table: 'reflective_account', recordType: 'ReflectiveAccount', columns: { content_sealed: 'content' } },
  { table: 'revalidation_sign_off', recordType: 'RevalidationSignOff', columns: { notes_sealed: 'notes' } },
];
