/**
 * Every sealed column, with the record type and field its sealing context names: what key rotation
 * re-seals and the retention policy erases. A new sealed property must be listed here.
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
];
