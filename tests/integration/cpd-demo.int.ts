import { Role } from '@kindred/auth';
import { CpdEntry, ProfessionalRegistration } from '@kindred/cpd';
import { setUpTestApi } from '@kindred/testing';

// The demo's CPD: one registrant per regulator and people measured against the partnership's
// targets, readable through the API as their owners and their manager see them.

describe('CPD in the demo', () => {
  const context = setUpTestApi({ seedDemo: true });

  it('registers a social worker, a health visitor and an HCPC registrant, each with CPD', async () => {
    const registrations = await context.api
      .em()
      .find(ProfessionalRegistration, {}, { filters: false, populate: ['person'] });
    const byRegulator = Object.fromEntries(registrations.map((r) => [r.regulator, r.person.getEntity().email]));
    expect(Object.keys(byRegulator).sort()).toEqual(['HCPC', 'NMC', 'SWE']);
    expect(byRegulator.SWE).toBe('supervisor@northshire.example');
    for (const r of registrations) {
      expect(await context.api.em().count(CpdEntry, { person: r.person }, { filters: false })).toBeGreaterThan(0);
    }
  });

  it('shows Marcus his Social Work England progress and Aisha her team’s figures', async () => {
    const supervisor = await context.api.loginAs(Role.SUPERVISOR);
    const { myCpdProgress } = await supervisor.data(
      `query { myCpdProgress { regulator requirements { code have met } } }`,
    );
    expect(myCpdProgress).toEqual([
      {
        regulator: 'SWE',
        requirements: [
          { code: 'RECORDS', have: 1, met: false },
          { code: 'PEER_REFLECTION', have: 1, met: true },
        ],
      },
    ]);
    const manager = await context.api.loginAs(Role.MANAGER);
    const { cpdCompliance } = await manager.data(
      `query { cpdCompliance(perPage: 100) { totalCount rows { person { fullName } regulators } } }`,
    );
    expect(cpdCompliance.totalCount).toBeGreaterThan(0);
    expect(cpdCompliance.rows.map((r: { person: { fullName: string } }) => r.person.fullName)).toContain('Jordan Reid');
  });
});
