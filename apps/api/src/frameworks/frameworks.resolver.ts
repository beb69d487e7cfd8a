import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { FrameworkDefinition, FrameworksService } from '@prongsai/frameworks';
import { Authenticated } from '../auth/access-policy.decorator';
import { FrameworkModel } from './models/framework.model';

/** Frameworks are public reference data for any signed-in user. */
@Resolver(() => FrameworkModel)
export class FrameworksResolver {
  constructor(private readonly frameworks: FrameworksService) {}

  @Authenticated()
  @Query(() => FrameworkModel, { description: 'An unknown fiscal year is BAD_USER_INPUT (field fiscalYear)' })
  framework(@Args('fiscalYear', { type: () => Int }) fiscalYear: number): Promise<FrameworkDefinition> {
    return this.frameworks.get(fiscalYear);
  }

  @Authenticated()
  @Query(() => [Int], { description: 'Fiscal years that have a framework, oldest first' })
  frameworkYears(): Promise<number[]> {
    return this.frameworks.fiscalYears();
  }
}
