import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { type Actor, scopeFor } from '@kindred/auth';
import { ForbiddenError } from '@kindred/common';
import { type Person, PersonReach } from '@kindred/org';
import { SupervisionAction } from '../action/supervision-action.entity';
import { SupervisionAgreement } from '../agreement/supervision-agreement.entity';
import { auditContent } from '../audit/content-audit';
import { SupervisionAuditAction } from '../audit/supervision-audit.entity';
import { Escalation } from '../escalation/escalation.entity';
import { ReflectiveLogEntry } from '../reflective-log/reflective-log-entry.entity';
import { ContentCipher } from '../sealing/content-cipher';
import { openJson, sealContext } from '../sealing/sealed-json';
import { SessionAddendum } from '../session/session-addendum.entity';
import type { SessionWriting } from '../session/session.service';
import { SupervisionSession } from '../session/supervision-session.entity';

export const REDACTED = '[redacted]';

/** Everything Kindred holds about a person's supervision, as plain data. */
export interface SupervisionExport {
  person: { id: string; name: string; email: string };
  exportedAt: string;
  redactedNames: number;
  agreements: Record<string, unknown>[];
  sessions: Record<string, unknown>[];
  actions: Record<string, unknown>[];
  reflectiveLog: Record<string, unknown>[];
  escalations: Record<string, unknown>[];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Replaces each name given (whole words, any case) in every string of the value. */
export function redact<T>(value: T, names: string[]): T {
  const words = names.map((n) => n.trim()).filter((n) => n.length > 1);
  if (words.length === 0) return value;
  const pattern = new RegExp(`\\b(${words.map(escape).join('|')})\\b`, 'gi');
  return JSON.parse(JSON.stringify(value), (_, v: unknown) =>
    typeof v === 'string' ? v.replace(pattern, REDACTED) : v,
  ) as T;
}

/**
 * Subject access: all of a person's supervision records, content opened, with third-party names
 * redacted on request. A person exports their own; the platform administrator anyone's. Every
 * record included is audited as exported.
 */
@Injectable()
export class SubjectAccessExport {
  constructor(
    private readonly em: EntityManager,
    private readonly reach: PersonReach,
    private readonly cipher: ContentCipher,
  ) {}

  async gather(actor: Actor, personId: string | null, redactNames: string[]): Promise<SupervisionExport> {
    const person = await this.subject(actor, personId);
    const name = (p: { getEntity(): Person }) => p.getEntity().fullName;
    const [agreements, oneToOnes, groups, actions, entries, escalations] = await Promise.all([
      this.em.find(
        SupervisionAgreement,
        { supervisee: person },
        { populate: ['supervisor'], orderBy: { startDate: 'ASC' } },
      ),
      this.em.find(
        SupervisionSession,
        { supervisee: person },
        { populate: ['facilitator'], orderBy: { startsAt: 'ASC' } },
      ),
      this.em.find(
        SupervisionSession,
        { attendees: person },
        { populate: ['facilitator'], orderBy: { startsAt: 'ASC' } },
      ),
      this.em.find(SupervisionAction, { owner: person }, { orderBy: { dueDate: 'ASC' } }),
      this.em.find(ReflectiveLogEntry, { author: person }, { orderBy: { occurredOn: 'ASC' } }),
      this.em.find(Escalation, { supervisee: person }, { populate: ['lead'], orderBy: { createdAt: 'ASC' } }),
    ]);
    const sessions = [...oneToOnes, ...groups];
    const addenda = sessions.length
      ? await this.em.find(
          SessionAddendum,
          { session: { $in: sessions } },
          { populate: ['author'], orderBy: { createdAt: 'ASC' } },
        )
      : [];
    const open = (sealed: string | null, type: string, id: string, field: string) =>
      this.cipher.openOptional(sealed, sealContext(type, id, field));

    const result: SupervisionExport = {
      person: { id: person.id, name: person.fullName, email: person.email },
      exportedAt: new Date().toISOString(),
      redactedNames: redactNames.length,
      agreements: agreements.map((a) => ({
        id: a.id,
        supervisor: name(a.supervisor),
        type: a.type,
        model: a.model,
        frequency: a.frequencyPattern === 'ASYE' ? 'ASYE' : `every ${a.frequencyDays} days`,
        expectedMinutes: a.expectedMinutes,
        startDate: a.startDate,
        reviewDate: a.reviewDate,
        endDate: a.endDate,
        sharing: open(a.sharingSealed, 'SupervisionAgreement', a.id, 'sharing'),
        signedBySupervisee: a.superviseeSignedAt?.toISOString() ?? null,
        signedBySupervisor: a.supervisorSignedAt?.toISOString() ?? null,
      })),
      sessions: sessions.map((s) => ({
        id: s.id,
        kind: s.kind,
        type: s.type,
        facilitator: name(s.facilitator),
        startsAt: s.startsAt.toISOString(),
        durationMinutes: s.durationMinutes,
        status: s.status,
        functions: s.functions,
        wellbeingRating: s.wellbeingRating,
        ...openJson<SessionWriting>(this.cipher, s.contentSealed, sealContext('SupervisionSession', s.id, 'content')),
        // Another attendee's comment is theirs, not this person's.
        superviseeComment:
          s.supervisee?.id === person.id
            ? open(s.superviseeCommentSealed, 'SupervisionSession', s.id, 'superviseeComment')
            : null,
        signedOffAt: s.signedOffAt?.toISOString() ?? null,
        acknowledgedAt: s.acknowledgedAt?.toISOString() ?? null,
        contentErasedAt: s.contentErasedAt?.toISOString() ?? null,
        addenda: addenda
          .filter((d) => d.session.id === s.id)
          .map((d) => ({
            author: name(d.author),
            at: d.createdAt.toISOString(),
            text: open(d.textSealed, 'SessionAddendum', d.id, 'text'),
          })),
      })),
      actions: actions.map((a) => ({
        id: a.id,
        sessionId: a.session.id,
        description: open(a.descriptionSealed, 'SupervisionAction', a.id, 'description'),
        dueDate: a.dueDate,
        status: a.status,
        timesCarriedForward: a.timesCarriedForward,
      })),
      reflectiveLog: entries.map((e) => ({
        id: e.id,
        occurredOn: e.occurredOn,
        ...openJson<object>(this.cipher, e.contentSealed, sealContext('ReflectiveLogEntry', e.id, 'content')),
        sharedAt: e.sharedAt?.toISOString() ?? null,
      })),
      // That a concern was raised, to whom and when; the summary stays with the lead.
      escalations: escalations.map((e) => ({
        id: e.id,
        concern: e.concern,
        lead: name(e.lead),
        raisedAt: e.createdAt.toISOString(),
      })),
    };
    await auditContent(
      this.em,
      actor,
      [
        ...agreements.map((r) => ({ r, type: 'SupervisionAgreement' })),
        ...sessions.map((r) => ({ r, type: 'SupervisionSession' })),
        ...actions.map((r) => ({ r, type: 'SupervisionAction' })),
        ...entries.map((r) => ({ r, type: 'ReflectiveLogEntry' })),
      ].map(({ r, type }) => ({
        partnership: r.partnership,
        recordType: type,
        recordId: r.id,
        subjectPersonIds: [person.id],
      })),
      SupervisionAuditAction.EXPORTED,
    );
    return redact(result, redactNames);
  }

  private async subject(actor: Actor, personId: string | null): Promise<Person> {
    const me = await this.reach.actorPerson(actor);
    if (!personId || personId === me?.id) {
      if (!me)
        throw new ForbiddenError('Your sign-in is not linked to a person record, so there is nothing to export.');
      return me;
    }
    if (scopeFor('supervision.export', actor.grants) !== 'PARTNERSHIP')
      throw new ForbiddenError('You can export only your own supervision records.');
    return this.reach.person(actor, 'supervision.export', personId);
  }
}
