import { Inject, Injectable, Module } from '@nestjs/common';
import { ApolloServerPlugin } from '@apollo/server';
import { ValidationRule } from 'graphql';
import { AuthModule } from '@prongsai/auth';
import { APP_CONFIG, AppConfig } from '@prongsai/config';
import { armorProtection, DOCUMENT_LIMITS } from './armor';
import { complexityPlugin } from './complexity.plugin';
import { CostBudgetService } from './cost-budget.service';
import { GraphqlCallers } from './graphql-caller';
import { introspectionPlugin } from './introspection.plugin';
import { invalidTextPlugin } from './invalid-text.plugin';
import { responseSizePlugin } from './response-size.plugin';

/** What ApiModule hands Apollo so that no operation costs more than its limits allow. */
export interface GraphqlGuardrailOptions {
  plugins: ApolloServerPlugin<object>[];
  validationRules: ValidationRule[];
  parseOptions: { maxTokens: number };
  allowBatchedHttpRequests: false;
}

/**
 * The GraphQL layer's defences against a signed-in user who would knock the API over: document shape
 * (tokens, aliases, depth, directives), a price per field, a budget per caller per minute in Redis, and a
 * cap on the answer's size; in production, introspection for ADMIN only. See apps/api/src/graphql/README.md.
 */
@Injectable()
export class GraphqlGuardrails {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly callers: GraphqlCallers,
    private readonly budget: CostBudgetService,
  ) {}

  options(): GraphqlGuardrailOptions {
    const armor = armorProtection({ hideSuggestions: this.config.isProduction });
    return {
      plugins: [
        // First: a NUL or lone surrogate is refused before anything prices or runs the operation.
        invalidTextPlugin(),
        ...(armor.plugins as ApolloServerPlugin<object>[]),
        ...(this.config.isProduction ? [introspectionPlugin(this.callers)] : []),
        complexityPlugin(
          { max: this.config.graphqlMaxComplexity, adminMax: this.config.graphqlLimits.adminMaxComplexity },
          this.callers,
          this.budget,
        ),
        responseSizePlugin(this.config.graphqlLimits.maxResponseBytes),
      ],
      validationRules: armor.validationRules,
      parseOptions: { maxTokens: DOCUMENT_LIMITS.tokens },
      allowBatchedHttpRequests: false,
    };
  }
}

@Module({
  imports: [AuthModule],
  providers: [GraphqlGuardrails, GraphqlCallers, CostBudgetService],
  exports: [GraphqlGuardrails],
})
export class GraphqlGuardrailsModule {}
