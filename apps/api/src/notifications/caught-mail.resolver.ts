import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Inject } from '@nestjs/common';
import { Args, Field, ID, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '@kindred/auth';
import { ListPageType, PageArgs } from '@kindred/common';
import { AppConfig } from '@kindred/config';

@ObjectType('CaughtMail')
class CaughtMailView {
  @Field(() => ID) id!: string;
  @Field(() => Date) receivedAt!: Date;
  @Field(() => String) from!: string;
  @Field(() => [String]) to!: string[];
  @Field(() => String) subject!: string;
  @Field(() => String) text!: string;
  @Field(() => String) html!: string;
  @Field(() => String, { nullable: true, description: 'REQUEST or CANCEL when it carries a calendar invite.' })
  invite!: string | null;
}

const CaughtMailList = ListPageType(CaughtMailView, 'CaughtMailList');

/**
 * In development `npm start` runs a mail catcher instead of sending (KINDRED_CAUGHT_MAIL_DIR);
 * this shows what it caught, newest first. Without a catcher the list is empty.
 */
@Resolver(() => CaughtMailView)
export class CaughtMailResolver {
  constructor(@Inject(AppConfig) private readonly config: AppConfig) {}

  @Allow('notification.read')
  @Query(() => CaughtMailList, { description: 'Mail caught by the development mail catcher of `npm start`.' })
  caughtMail(@Args() { page, perPage }: PageArgs) {
    const dir = this.config.mail.caughtDir;
    if (!dir || !existsSync(dir)) return { nodes: [], totalCount: 0 };
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .reverse();
    const nodes = files
      .slice((page - 1) * perPage, page * perPage)
      .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as CaughtMailView);
    return { nodes: nodes.map((n) => ({ ...n, receivedAt: new Date(n.receivedAt) })), totalCount: files.length };
  }
}
