import { permissionsFor, POLICY, scopeFor } from './policy-table';
import { Role } from './role';

describe('the policy table', () => {
  it('gives the widest scope among the grants', () => {
    expect(scopeFor('partnership.read', [{ role: Role.LEARNER, organisationId: null }])).toBeNull();
    expect(
      scopeFor('partnership.read', [
        { role: Role.LEARNER, organisationId: null },
        { role: Role.WORKFORCE_LEAD, organisationId: null },
      ]),
    ).toBe('PARTNERSHIP');
  });

  it('narrows a partnership-wide permission to the organisation a grant names', () => {
    const trust = '7d0c8a50-0000-4000-8000-000000000001';
    expect(scopeFor('partnership.read', [{ role: Role.PARTNER_ADMIN, organisationId: trust }])).toBe('ORGANISATION');
    expect(
      scopeFor('partnership.read', [
        { role: Role.PARTNER_ADMIN, organisationId: trust },
        { role: Role.PLATFORM_ADMIN, organisationId: null },
      ]),
    ).toBe('PARTNERSHIP');
  });

  it('lets every role read and secure its own account, and only operators see the job queue', () => {
    for (const role of Object.values(Role)) {
      const permissions = permissionsFor([{ role, organisationId: null }]);
      expect(permissions).toEqual(expect.arrayContaining(['me.read', 'me.changePassword']));
      expect(permissions.includes('job.read')).toBe(role === Role.PLATFORM_ADMIN);
    }
  });

  it('keeps CPD text to its owner and gives managers only their reports’ compliance figures', () => {
    for (const role of Object.values(Role)) expect(scopeFor('cpd.own', [{ role, organisationId: null }])).toBe('OWN');
    expect(scopeFor('cpd.compliance', [{ role: Role.MANAGER, organisationId: null }])).toBe('REPORTS');
    expect(scopeFor('cpd.compliance', [{ role: Role.WORKFORCE_LEAD, organisationId: null }])).toBe('PARTNERSHIP');
    expect(scopeFor('cpd.compliance', [{ role: Role.LEARNER, organisationId: null }])).toBeNull();
    expect(scopeFor('cpd.compliance', [{ role: Role.TRAINER, organisationId: null }])).toBeNull();
  });

  it('names only roles that exist', () => {
    for (const grants of Object.values(POLICY)) {
      for (const role of Object.keys(grants)) expect(Object.values(Role)).toContain(role);
    }
  });

  it('gives supervision roles no reach into content: supervising is OWN, and only operators re-seal keys', () => {
    const supervising = Object.values(Role).filter((role) =>
      scopeFor('supervision.supervise', [{ role, organisationId: null }]),
    );
    expect(supervising.sort()).toEqual([Role.MANAGER, Role.SUPERVISOR, Role.VOLUNTEER_COORDINATOR].sort());
    for (const role of supervising)
      expect(scopeFor('supervision.supervise', [{ role, organisationId: null }])).toBe('OWN');
    for (const role of Object.values(Role)) {
      expect(scopeFor('supervision.self', [{ role, organisationId: null }])).toBe('OWN');
      expect(scopeFor('supervision.keys', [{ role, organisationId: null }])).toBe(
        role === Role.PLATFORM_ADMIN ? 'PARTNERSHIP' : null,
      );
    }
    expect(scopeFor('supervision.export', [{ role: Role.WORKFORCE_LEAD, organisationId: null }])).toBe('OWN');
  });

  it('lets trainers keep their own days away and leads everyone’s', () => {
    const scopes = Object.fromEntries(
      Object.values(Role).map((role) => [role, scopeFor('trainer.daysAway', [{ role, organisationId: null }])]),
    );
    expect(scopes).toEqual({
      ...Object.fromEntries(Object.values(Role).map((role) => [role, null])),
      [Role.PLATFORM_ADMIN]: 'PARTNERSHIP',
      [Role.WORKFORCE_LEAD]: 'PARTNERSHIP',
      [Role.TRAINER]: 'OWN',
    });
  });

  it('lets only workforce leads and platform admins draft and publish the term schedule', () => {
    for (const action of ['planning.read', 'planning.write'] as const) {
      const allowed = Object.values(Role).filter((role) => scopeFor(action, [{ role, organisationId: null }]));
      expect(allowed.sort()).toEqual([Role.PLATFORM_ADMIN, Role.WORKFORCE_LEAD].sort());
    }
  });
});
