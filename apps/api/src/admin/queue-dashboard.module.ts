import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { BullBoardModule } from '@bull-board/nestjs';
import { Module } from '@nestjs/common';
import { AuthModule, AuthService, TokenService } from '@prongsai/auth';
import { APP_CONFIG, AppConfig } from '@prongsai/config';
import { ALL_QUEUES } from '@prongsai/jobs';
import { QUEUE_DASHBOARD_ROUTE, queueDashboardAuth } from './queue-dashboard.auth';

/** bull-board over every queue of the contract, for ADMIN only (see queueDashboardAuth). */
@Module({
  imports: [
    BullBoardModule.forRootAsync({
      imports: [AuthModule],
      inject: [APP_CONFIG, TokenService, AuthService],
      useFactory: (config: AppConfig, tokens: TokenService, auth: AuthService) => ({
        route: QUEUE_DASHBOARD_ROUTE,
        adapter: ExpressAdapter,
        middleware: queueDashboardAuth(config, tokens, auth),
        boardOptions: { uiConfig: { boardTitle: 'Prongsai queues' } },
      }),
    }),
    BullBoardModule.forFeature(...ALL_QUEUES.map((name) => ({ name, adapter: BullMQAdapter }))),
  ],
})
export class QueueDashboardModule {}
