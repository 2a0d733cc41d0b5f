import {
  Args,
  ArgsType,
  Field,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  registerEnumType,
  Resolver,
} from '@nestjs/graphql';
import { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { type Actor, Allow, CurrentActor } from '@kindred/auth';
import {
  FilterArg,
  ForbiddenError,
  ListArgs,
  ListPageType,
  NotFoundError,
  PageArgs,
  pageOptions,
} from '@kindred/common';
import { ref } from '@mikro-orm/core';
import { Partnership } from '@kindred/database';
import { Notification, NotificationKind, NotificationPreference, NotificationStatus, Outbox } from '@kindred/notify';
import { PersonReach } from '@kindred/org';

// Notify sits below auth (auth sends sign-in links through it), so its GraphQL lives here, with
// the other operator views (decision 0010).

registerEnumType(NotificationStatus, { name: 'NotificationStatus' });
registerEnumType(NotificationKind, { name: 'NotificationKind' });

@ObjectType('Notification')
class NotificationView {
  @Field(() => ID) id!: string;
  @Field(() => String) recipientEmail!: string;
  @Field(() => String, { description: 'The template folder, e.g. "booking-confirmed".' }) type!: string;
  @Field(() => NotificationKind) kind!: NotificationKind;
  @Field(() => NotificationStatus) status!: NotificationStatus;
  @Field(() => Int) attempts!: number;
  @Field(() => String, { nullable: true, description: 'Why the last try failed.' }) lastError!: string | null;
  @Field(() => String, { nullable: true, description: 'The subject as sent.' }) subject!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) sentAt!: Date | null;
}

const NotificationList = ListPageType(NotificationView, 'NotificationList');

@InputType()
class NotificationFilter {
  @Field(() => [NotificationStatus], { nullable: true })
  @IsOptional()
  @IsEnum(NotificationStatus, { each: true })
  statuses?: NotificationStatus[];

  @Field(() => String, { nullable: true, description: 'Part of the recipient address.' })
  @IsOptional()
  @IsString()
  @MaxLength(320)
  recipient?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  type?: string;
}

@ArgsType()
class NotificationListArgs extends ListArgs {
  @FilterArg(NotificationFilter)
  filter?: NotificationFilter;
}

@InputType()
class RetryNotificationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a uuid.' })
  id!: string;
}

@ObjectType('NotificationPreferences')
class PreferencesView {
  @Field(() => Boolean, { description: 'Session reminders and training about to expire.' }) reminders!: boolean;
  @Field(() => Boolean, { description: 'The weekly digest for managers.' }) digests!: boolean;
}

@InputType()
class NotificationPreferencesInput {
  @Field(() => Boolean) @IsBoolean() reminders!: boolean;
  @Field(() => Boolean) @IsBoolean() digests!: boolean;
}

const SORTABLE = ['createdAt', 'sentAt', 'status'] as const;

/**
 * The partnership's outbox for operators (what went out, what failed and why, send it again), and
 * each person's own messages and preferences.
 */
@Resolver(() => NotificationView)
export class NotificationsResolver {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
    private readonly reach: PersonReach,
  ) {}

  @Allow('notification.read')
  @Query(() => NotificationList, { description: "The partnership's messages, newest first unless sorted." })
  async notifications(@CurrentActor() actor: Actor, @Args() args: NotificationListArgs) {
    const where: FilterQuery<Notification> = { partnership: actor.partnershipId };
    const f = args.filter;
    if (f?.statuses) where.status = { $in: f.statuses };
    if (f?.recipient) where.recipientEmail = { $ilike: `%${f.recipient.replace(/[%_\\]/g, '\\$&')}%` };
    if (f?.type) where.type = f.type;
    const [nodes, totalCount] = await this.em.findAndCount(Notification, where, {
      ...pageOptions(
        { ...args, sort: args.sort ?? { field: 'createdAt', order: 'DESC' as never } },
        SORTABLE,
        'createdAt',
      ),
      filters: false,
    });
    return { nodes, totalCount };
  }

  @Allow('notification.retry')
  @Mutation(() => NotificationView, { description: 'Sends a failed message again, from its first try.' })
  async retryNotification(@CurrentActor() actor: Actor, @Args('input') input: RetryNotificationInput) {
    const notification = await this.em.findOne(
      Notification,
      { id: input.id, partnership: actor.partnershipId },
      { filters: false },
    );
    if (!notification) throw new NotFoundError('Notification', input.id);
    notification.retry();
    await this.em.flush();
    await this.outbox.nudge();
    return notification;
  }

  @Allow('notification.self')
  @Query(() => NotificationList, { description: 'The messages Kindred has sent you, newest first.' })
  async myNotifications(@CurrentActor() actor: Actor, @Args() { page, perPage }: PageArgs) {
    const me = await this.reach.actorPerson(actor);
    if (!me) return { nodes: [], totalCount: 0 };
    const [nodes, totalCount] = await this.em.findAndCount(
      Notification,
      { recipientPersonId: me.id, status: NotificationStatus.SENT },
      { orderBy: { sentAt: 'DESC', id: 'ASC' }, limit: perPage, offset: (page - 1) * perPage, filters: false },
    );
    return { nodes, totalCount };
  }

  @Allow('notification.self')
  @Query(() => PreferencesView, { description: 'Which optional messages you get.' })
  async myNotificationPreferences(@CurrentActor() actor: Actor): Promise<PreferencesView> {
    const me = await this.reach.actorPerson(actor);
    const preference = me ? await this.em.findOne(NotificationPreference, { personId: me.id }) : null;
    return { reminders: preference?.reminders ?? true, digests: preference?.digests ?? true };
  }

  @Allow('notification.self')
  @Mutation(() => PreferencesView, {
    description: 'Turns reminders and digests on or off. Messages about your own bookings and records always come.',
  })
  async setNotificationPreferences(
    @CurrentActor() actor: Actor,
    @Args('input') input: NotificationPreferencesInput,
  ): Promise<PreferencesView> {
    const me = await this.reach.actorPerson(actor);
    if (!me) throw new ForbiddenError('Your sign-in is not linked to a person record, so you have no preferences.');
    let preference = await this.em.findOne(NotificationPreference, { personId: me.id });
    if (!preference) {
      preference = new NotificationPreference(ref(Partnership, actor.partnershipId), me.id);
      this.em.persist(preference);
    }
    preference.reminders = input.reminders;
    preference.digests = input.digests;
    await this.em.flush();
    return { reminders: preference.reminders, digests: preference.digests };
  }
}
