import { Module } from '@nestjs/common';
import { AuthModule } from '@prongsai/auth';
import { AuthResolver, MembershipResolver } from './auth.resolver';
import { SessionController } from './session.controller';

@Module({
  imports: [AuthModule],
  controllers: [SessionController],
  providers: [AuthResolver, MembershipResolver],
})
export class AuthApiModule {}
