import { Controller, Get, Header, Inject, Injectable, Param, Res, UseFilters } from '@nestjs/common';
import { Field, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Response } from 'express';
import { type Actor, Allow, CurrentActor, Public } from '@kindred/auth';
import { ForbiddenError } from '@kindred/common';
import { AppConfig } from '@kindred/config';
import { feedFile } from '@kindred/notify';
import { JsonErrorsFilter, type Person, PersonReach } from '@kindred/org';
import { Booking, BookingStatus } from '../booking/booking.entity';
import { TrainingNotices } from '../notices/training-notices';
import { SessionStatus } from '../session/training-session.entity';
import { CalendarFeed } from './calendar-feed.entity';

@ObjectType()
export class CalendarFeedView {
  @Field(() => Boolean, { description: 'Whether a subscription address is live.' })
  active!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The private address to subscribe to; given only when it is made, never again.',
  })
  url!: string | null;
}

/** Private calendar subscriptions: one live address per person, revocable. */
@Injectable()
export class CalendarFeeds {
  constructor(
    private readonly em: EntityManager,
    private readonly reach: PersonReach,
    private readonly notices: TrainingNotices,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  async status(actor: Actor): Promise<CalendarFeedView> {
    const me = await this.me(actor);
    return { active: (await this.em.count(CalendarFeed, { person: me })) > 0, url: null };
  }

  /** A new address; any earlier one stops working. */
  async issue(actor: Actor): Promise<CalendarFeedView> {
    const me = await this.me(actor);
    const existing = await this.em.findOne(CalendarFeed, { person: me });
    let token: string;
    if (existing) token = existing.rotate();
    else {
      const made = CalendarFeed.issue(me);
      this.em.persist(made.feed);
      token = made.token;
    }
    await this.em.flush();
    return { active: true, url: `${this.config.http.publicUrl}/calendar/${token}.ics` };
  }

  async revoke(actor: Actor): Promise<CalendarFeedView> {
    const me = await this.me(actor);
    await this.em.nativeDelete(CalendarFeed, { person: me });
    return { active: false, url: null };
  }

  /** The feed's .ics, or null for an unknown or revoked token. */
  async file(token: string): Promise<string | null> {
    const em = this.em.fork();
    const feed = await em.findOne(
      CalendarFeed,
      { tokenHash: CalendarFeed.hash(token) },
      { filters: false, populate: ['person'] },
    );
    if (!feed) return null;
    const bookings = await em.find(
      Booking,
      {
        person: feed.person,
        status: { $in: [BookingStatus.CONFIRMED, BookingStatus.ATTENDED] },
        session: { status: { $in: [SessionStatus.PUBLISHED, SessionStatus.COMPLETED] } },
      },
      {
        filters: false,
        populate: ['session.course', 'session.site', 'session.room'],
        orderBy: { session: { startsAt: 'ASC' } },
      },
    );
    const events = [];
    for (const booking of bookings) {
      const { method: _method, ...event } = await this.notices.invite(booking, booking.session.getEntity(), 'REQUEST');
      events.push(event);
    }
    return feedFile(`Training: ${feed.person.getEntity().fullName}`, events);
  }

  private async me(actor: Actor): Promise<Person> {
    const me = await this.reach.actorPerson(actor);
    if (!me)
      throw new ForbiddenError('Your sign-in is not linked to a person record, so you have no training calendar.');
    return me;
  }
}

@Resolver(() => CalendarFeedView)
export class CalendarFeedResolver {
  constructor(private readonly feeds: CalendarFeeds) {}

  @Allow('booking.self')
  @Query(() => CalendarFeedView, { description: 'Whether your private calendar subscription is live.' })
  myCalendarFeed(@CurrentActor() actor: Actor) {
    return this.feeds.status(actor);
  }

  @Allow('booking.self')
  @Mutation(() => CalendarFeedView, {
    description: 'A private address for your calendar app listing your confirmed sessions; replaces any earlier one.',
  })
  issueCalendarFeed(@CurrentActor() actor: Actor) {
    return this.feeds.issue(actor);
  }

  @Allow('booking.self')
  @Mutation(() => CalendarFeedView, { description: 'Stops your calendar subscription address working.' })
  revokeCalendarFeed(@CurrentActor() actor: Actor) {
    return this.feeds.revoke(actor);
  }
}

/** `/calendar/<token>.ics`: calendar apps fetch it without signing in; the token is the key. */
@Controller('calendar')
@UseFilters(JsonErrorsFilter)
export class CalendarFeedController {
  constructor(private readonly feeds: CalendarFeeds) {}

  @Get(':token.ics')
  @Public()
  @Header('cache-control', 'no-store')
  async feed(@Param('token') token: string, @Res({ passthrough: true }) response: Response): Promise<string> {
    const file = await this.feeds.file(token);
    if (file === null) {
      response.status(404).type('text/plain');
      return 'This calendar address is not valid or has been revoked. Make a new one in Kindred, under My training.';
    }
    response.type('text/calendar; charset=utf-8');
    return file;
  }
}
