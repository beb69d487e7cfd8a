import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { FrameworksService } from '@prongsai/frameworks';
import { Authenticated } from '../auth/access-policy.decorator';
import { publishedView } from './framework-view';
import { FrameworkModel } from './models/framework.model';

/** Frameworks are public reference data for any signed-in user: the current PUBLISHED revision of a year. */
@Resolver(() => FrameworkModel)
export class FrameworksResolver {
  constructor(private readonly frameworks: FrameworksService) {}

  @Authenticated()
  @Query(() => FrameworkModel, {
    description:
      "The year's current published framework (drafts never). An unknown fiscal year is BAD_USER_INPUT (field fiscalYear)",
  })
  async framework(@Args('fiscalYear', { type: () => Int }) fiscalYear: number): Promise<FrameworkModel> {
    return publishedView(await this.frameworks.getPublished(fiscalYear));
  }

  @Authenticated()
  @Query(() => [Int], { description: 'Fiscal years that have a published framework, oldest first' })
  frameworkYears(): Promise<number[]> {
    return this.frameworks.fiscalYears();
  }
}
