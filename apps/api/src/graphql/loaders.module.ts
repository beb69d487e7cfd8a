import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { RequestLoadersFactory } from './request-loaders';

@Module({
  imports: [DiscoveryModule],
  providers: [RequestLoadersFactory],
  exports: [RequestLoadersFactory],
})
export class LoadersModule {}
