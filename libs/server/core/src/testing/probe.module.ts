import { Body, Controller, Get, Injectable, Module, OnModuleInit, Post } from '@nestjs/common';
import { Args, Field, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsString, MaxLength } from 'class-validator';
import { DataSource } from 'typeorm';
import { Allow, Ctx, Public } from '../lib/auth/decorators';
import { Permission } from '../lib/auth/roles';
import type { RequestContext } from '../lib/context/request-context';
import { inlineAuditInsert } from '../lib/audit/audit.service';
import { ConflictError, ValidationError } from '../lib/errors/domain-error';
import { PageArgs } from '../lib/graphql/page';

/**
 * Test-only probe of the platform (never imported by the product): operations that nest deeply, fail in known
 * ways, write and note changes, and a REST route, each counting its calls so that tests can tell whether it ran.
 */

/** Calls per operation, kept for the tests. */
@Injectable()
export class ProbeState {
  readonly calls = new Map<string, number>();

  hit(name: string): number {
    const n = (this.calls.get(name) ?? 0) + 1;
    this.calls.set(name, n);
    return n;
  }

  count(name: string): number {
    return this.calls.get(name) ?? 0;
  }
}

@ObjectType('ProbeNode')
export class ProbeNode {
  @Field(() => Int)
  level!: number;

  @Field(() => ProbeNode, { nullable: true })
  child!: ProbeNode | null;
}

function tree(levels: number, level = 1): ProbeNode {
  return { level, child: level < levels ? tree(levels, level + 1) : null };
}

/** The table the probe writes to (created by the probe itself in each fresh test database). */
export const PROBE_TABLE = 'probe_item';

@Resolver()
export class ProbeResolver {
  constructor(private readonly state: ProbeState) {}

  @Query(() => String)
  @Public()
  probePing(): string {
    this.state.hit('probePing');
    return 'pong';
  }

  @Query(() => ProbeNode)
  @Public()
  probeTree(@Args('levels', { type: () => Int }) levels: number): ProbeNode {
    this.state.hit('probeTree');
    return tree(Math.min(levels, 40));
  }

  @Query(() => [ProbeNode])
  @Public()
  probeList(@Args('first', { type: () => Int }) first: number): ProbeNode[] {
    this.state.hit('probeList');
    return Array.from({ length: Math.min(first, 5) }, (_v, i) => ({ level: i, child: null }));
  }

  /** Paged with the platform's PageArgs, so that the ValidationPipe checks its bounds. */
  @Query(() => Int)
  @Public()
  probePage(@Args() page: PageArgs): number {
    this.state.hit('probePage');
    return page.first + page.offset;
  }

  @Query(() => String, { nullable: true })
  @Public()
  probeBoom(): string {
    this.state.hit('probeBoom');
    throw new Error('probe internals: connect to 10.0.0.7 as password=hunter2');
  }

  @Query(() => String, { nullable: true })
  @Public()
  probeDomainError(): string {
    this.state.hit('probeDomainError');
    throw new ConflictError('PROBE_TAKEN', { field: 'label' });
  }

  /** Declares no access rule on purpose: the guard must refuse it. */
  @Query(() => String, { nullable: true })
  probeUndeclared(): string {
    this.state.hit('probeUndeclared');
    return 'should not run';
  }

  @Query(() => String)
  @Allow(Permission.AUDIT_READ)
  probeProtected(@Ctx() ctx: RequestContext): string {
    this.state.hit('probeProtected');
    return ctx.requireActor().username;
  }

  /** Inserts a row and notes it; `fail` throws after the insert (so that the rollback can be seen). */
  @Mutation(() => String)
  @Allow(Permission.SELF)
  async probeWrite(
    @Ctx() ctx: RequestContext,
    @Args('label') label: string,
    @Args('regionCode') regionCode: string,
    @Args('password', { nullable: true }) _password?: string,
    @Args('fail', { nullable: true }) fail?: boolean,
  ): Promise<string> {
    this.state.hit('probeWrite');
    const id = await insertProbe(ctx, label, regionCode);
    ctx.note({ targetType: 'probe_item', targetId: id, regionCode, summary: { label } });
    if (fail) throw new ValidationError('PROBE_FAILED');
    return id;
  }

  /** Changes nothing and notes nothing: still audited, under the actor's region. */
  @Mutation(() => Boolean)
  @Allow(Permission.SELF)
  probeTouch(): boolean {
    this.state.hit('probeTouch');
    return true;
  }

  /** Fails its first attempt with a real serialization failure (SQLSTATE 40001) raised by PostgreSQL. */
  @Mutation(() => Int)
  @Allow(Permission.SELF)
  async probeFlaky(@Ctx() ctx: RequestContext, @Args('label') label: string): Promise<number> {
    const attempt = this.state.hit(`probeFlaky:${label}`);
    const id = await insertProbe(ctx, `${label}#${attempt}`, ctx.requireActor().regionCode);
    ctx.note({
      targetType: 'probe_item',
      targetId: id,
      regionCode: ctx.requireActor().regionCode,
      summary: { attempt },
    });
    if (attempt === 1 && ctx.em) {
      await ctx.em.query(
        `DO $$ BEGIN RAISE EXCEPTION 'probe conflict' USING ERRCODE = 'serialization_failure'; END $$`,
      );
    }
    return attempt;
  }

  /**
   * Inserts a row with its audit row in the same statement (inlineAuditInsert), the row's id added to the summary
   * by SQL. `noteFirst` notes another change before; `flaky` fails the first attempt after the insert with a real
   * serialization failure and notes the second attempt's row the ordinary way.
   */
  @Mutation(() => String)
  @Allow(Permission.SELF)
  async probeWriteInline(
    @Ctx() ctx: RequestContext,
    @Args('label') label: string,
    @Args('noteFirst', { nullable: true }) noteFirst?: boolean,
    @Args('flaky', { nullable: true }) flaky?: boolean,
    @Args('password', { nullable: true }) _password?: string,
  ): Promise<string> {
    const attempt = this.state.hit(`probeWriteInline:${label}`);
    const em = ctx.em;
    if (!em) throw new Error('a probe mutation runs without the transaction of the mutation interceptor');
    const regionCode = ctx.requireActor().regionCode;
    if (noteFirst) ctx.note({ targetType: 'probe_item', targetId: 'first', regionCode, summary: { first: true } });
    if (flaky && attempt > 1) {
      const id = await insertProbe(ctx, `${label}#${attempt}`, regionCode);
      ctx.note({ targetType: 'probe_item', targetId: id, regionCode, summary: { label, attempt } });
      return id;
    }
    const audit = inlineAuditInsert(
      ctx,
      { targetType: 'probe_item', targetId: label, regionCode, summary: { label } },
      3,
      (summary) => `jsonb_set(${summary}, '{change,rowId}', to_jsonb((SELECT id::text FROM i)))`,
    );
    const rows: Array<{ id: string }> = await em.query(
      `WITH i AS (INSERT INTO ${PROBE_TABLE} (label, region_code) VALUES ($1, $2) RETURNING id)${
        audit ? `, a AS (${audit.sql})` : ''
      } SELECT id::text AS id FROM i`,
      [`${label}#${attempt}`, regionCode, ...(audit?.params ?? [])],
    );
    if (flaky) {
      await em.query(`DO $$ BEGIN RAISE EXCEPTION 'probe conflict' USING ERRCODE = 'serialization_failure'; END $$`);
    }
    return rows[0].id;
  }

  /** Inserts the same label twice: PostgreSQL answers unique_violation (23505). */
  @Mutation(() => String)
  @Allow(Permission.SELF)
  async probeDuplicate(@Ctx() ctx: RequestContext, @Args('label') label: string): Promise<string> {
    this.state.hit('probeDuplicate');
    await insertProbe(ctx, label, ctx.requireActor().regionCode);
    return insertProbe(ctx, label, ctx.requireActor().regionCode);
  }
}

async function insertProbe(ctx: RequestContext, label: string, regionCode: string): Promise<string> {
  if (!ctx.em) throw new Error('a probe mutation runs without the transaction of the mutation interceptor');
  const rows: Array<{ id: string }> = await ctx.em.query(
    `INSERT INTO ${PROBE_TABLE} (label, region_code) VALUES ($1, $2) RETURNING id::text AS id`,
    [label, regionCode],
  );
  return rows[0].id;
}

export class ProbeEchoBody {
  @IsString()
  @MaxLength(10)
  text!: string;
}

@Controller('api/probe')
export class ProbeController {
  constructor(private readonly state: ProbeState) {}

  @Get('boom')
  @Public()
  boom(): never {
    this.state.hit('rest:boom');
    throw new Error('probe internals: /srv/xiangzhi/secret.key');
  }

  @Get('undeclared')
  undeclared(): string {
    this.state.hit('rest:undeclared');
    return 'should not run';
  }

  @Get('whoami')
  @Allow(Permission.SELF)
  whoami(@Ctx() ctx: RequestContext): { username: string; requestId: string } {
    this.state.hit('rest:whoami');
    return { username: ctx.requireActor().username, requestId: ctx.requestId };
  }

  @Post('echo')
  @Public()
  echo(@Body() body: ProbeEchoBody): { text: string } {
    this.state.hit('rest:echo');
    return { text: body.text };
  }
}

@Module({ providers: [ProbeState, ProbeResolver], controllers: [ProbeController] })
export class ProbeModule implements OnModuleInit {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async onModuleInit(): Promise<void> {
    await this.dataSource.query(
      `CREATE TABLE IF NOT EXISTS ${PROBE_TABLE} (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, label varchar(80) NOT NULL UNIQUE, region_code varchar(15) NOT NULL)`,
    );
  }
}
