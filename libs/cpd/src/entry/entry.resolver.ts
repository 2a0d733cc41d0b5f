import { Args, Float, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, Allow, CurrentActor } from '@kindred/auth';
import { IdArg } from '@kindred/common';
import { ContentCipher } from '@kindred/supervision';
import type { CpdEntry } from './cpd-entry.entity';
import { EntryService } from './entry.service';
import {
  CpdEntryInput,
  CpdEntryList,
  CpdEntryListArgs,
  CpdEntryView,
  CpdPreferencesView,
  EvidenceView,
  PeerReflectionView,
  UpdateCpdEntryInput,
} from './entry.types';

@Resolver(() => CpdEntryView)
export class EntryResolver {
  constructor(
    private readonly entries: EntryService,
    private readonly cipher: ContentCipher,
  ) {}

  @Allow('cpd.own')
  @Query(() => CpdEntryList, { description: 'Your CPD log, newest first unless sorted.' })
  myCpdEntries(@CurrentActor() actor: Actor, @Args() args: CpdEntryListArgs) {
    return this.entries.mine(actor, args);
  }

  @Allow('cpd.own')
  @Query(() => CpdEntryView, { description: 'One entry of your log.' })
  cpdEntry(@CurrentActor() actor: Actor, @IdArg() id: string) {
    return this.entries.get(actor, id);
  }

  @Allow('cpd.own')
  @Query(() => CpdPreferencesView)
  myCpdPreferences(@CurrentActor() actor: Actor) {
    return this.entries.preferences(actor);
  }

  @ResolveField(() => Float)
  hours(@Parent() entry: CpdEntry) {
    return Math.round((entry.minutes / 60) * 100) / 100;
  }

  // Every query answering an entry is for its owner (cpd.own), so its text is opened for them.
  @ResolveField(() => String, { nullable: true })
  learned(@Parent() entry: CpdEntry) {
    return entry.writing(this.cipher).learned;
  }

  @ResolveField(() => String, { nullable: true })
  practiceChange(@Parent() entry: CpdEntry) {
    return entry.writing(this.cipher).practiceChange;
  }

  @ResolveField(() => PeerReflectionView, { nullable: true })
  peerReflection(@Parent() entry: CpdEntry) {
    return entry.writing(this.cipher).peerReflection;
  }

  @ResolveField(() => [EvidenceView])
  async evidence(@Parent() entry: CpdEntry) {
    return (await entry.evidence.load()).getItems();
  }

  @Allow('cpd.own')
  @Mutation(() => CpdEntryView, {
    description: 'Adds CPD to your log; evidence files upload to /cpd/entries/<id>/evidence.',
  })
  createCpdEntry(@CurrentActor() actor: Actor, @Args('input') input: CpdEntryInput) {
    return this.entries.create(actor, input);
  }

  @Allow('cpd.own')
  @Mutation(() => CpdEntryView)
  updateCpdEntry(@CurrentActor() actor: Actor, @Args('input') input: UpdateCpdEntryInput) {
    return this.entries.update(actor, input);
  }

  @Allow('cpd.own')
  @Mutation(() => Boolean, {
    description: 'Deletes an entry you added; entries made from training are edited instead.',
  })
  deleteCpdEntry(@CurrentActor() actor: Actor, @IdArg() id: string) {
    return this.entries.remove(actor, id);
  }

  @Allow('cpd.own')
  @Mutation(() => CpdEntryView, { description: 'Removes an evidence file; answers the entry it was on.' })
  removeCpdEvidence(@CurrentActor() actor: Actor, @IdArg() id: string) {
    return this.entries.removeEvidence(actor, id);
  }

  @Allow('cpd.own')
  @Mutation(() => CpdPreferencesView, { description: 'Turns automatic entries from attended training on or off.' })
  setCpdAutoEntries(@CurrentActor() actor: Actor, @Args('enabled', { type: () => Boolean }) enabled: boolean) {
    return this.entries.setAutoEntries(actor, enabled);
  }
}
