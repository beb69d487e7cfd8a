import { registerEnumType } from '@nestjs/graphql';
import { OrganizationType, Role } from '@prongsai/common';

registerEnumType(Role, { name: 'Role' });
registerEnumType(OrganizationType, { name: 'OrganizationType' });

export { OrganizationType, Role };
