import { Module } from '@nestjs/common';
import { AuthModule } from '@prongsai/auth';
import { PeopleModule } from '@prongsai/people';
import { PeopleImportsController } from './people-imports.controller';
import { PeopleResolver } from './people.resolver';

@Module({
  imports: [PeopleModule, AuthModule],
  providers: [PeopleResolver],
  controllers: [PeopleImportsController],
})
export class PeopleApiModule {}
