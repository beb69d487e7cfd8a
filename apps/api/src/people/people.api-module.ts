import { Module } from '@nestjs/common';
import { AuthModule } from '@prongsai/auth';
import { PeopleModule } from '@prongsai/people';
import { PeopleImportsController } from './people-imports.controller';
import { PeopleResolver } from './people.resolver';
import { PeopleSessionController } from './people-session.controller';

@Module({
  imports: [PeopleModule, AuthModule],
  providers: [PeopleResolver],
  controllers: [PeopleImportsController, PeopleSessionController],
})
export class PeopleApiModule {}
