import { Global, Module } from '@nestjs/common';
import { Clock } from './clock';

/** Provides the one Clock to every module of a process. */
@Global()
@Module({ providers: [Clock], exports: [Clock] })
export class ClockModule {}
