import { Module } from '@nestjs/common';
import { JobsService } from './jobs.service';

/** Background jobs (pg-boss). Import it in the domain modules that register jobs; one JobsService per app. */
@Module({ providers: [JobsService], exports: [JobsService] })
export class JobsModule {}
