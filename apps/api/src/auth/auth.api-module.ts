import { Module } from '@nestjs/common';
import { AuthModule } from '@prongsai/auth';
import { AuthResolver, MembershipResolver } from './auth.resolver';

@Module({ imports: [AuthModule], providers: [AuthResolver, MembershipResolver] })
export class AuthApiModule {}
