import { Module } from '@nestjs/common';
import { AuditModule } from '@prongsai/audit';
import { AuditResolver } from './audit.resolver';

@Module({ imports: [AuditModule], providers: [AuditResolver] })
export class AuditApiModule {}
