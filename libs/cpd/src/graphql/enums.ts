import { registerEnumType } from '@nestjs/graphql';
import { CpdSource, CpdType } from '../entry/cpd-entry.entity';
import { CodeTheme, SignOffKind } from '../revalidation/revalidation-records.entity';
import { ComplianceStatus, Regulator } from '../rules';

registerEnumType(CpdType, { name: 'CpdType' });
registerEnumType(CpdSource, {
  name: 'CpdSource',
  description: 'MANUAL, or made from attended TRAINING, signed-off SUPERVISION or a REFLECTIVE_PRACTICE group.',
});
registerEnumType(Regulator, { name: 'Regulator' });
registerEnumType(ComplianceStatus, { name: 'CpdComplianceStatus' });
registerEnumType(CodeTheme, { name: 'NmcCodeTheme' });
registerEnumType(SignOffKind, { name: 'RevalidationSignOffKind' });

export { CodeTheme, ComplianceStatus, CpdSource, CpdType, Regulator, SignOffKind };
