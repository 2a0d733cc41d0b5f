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

  it('names only roles that exist', () => {
    for (const grants of Object.values(POLICY)) {
      for (const role of Object.keys(grants)) expect(Object.values(Role)).toContain(role);
    }
  });
});
