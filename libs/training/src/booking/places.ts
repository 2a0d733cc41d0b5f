import type { OrganisationKind } from '@kindred/org';

/** A reserved pool as the allocation sees it. */
export interface Pool {
  id: string;
  seats: number;
  released: boolean;
  serves(organisations: readonly EmployerOf[]): boolean;
}

export interface EmployerOf {
  id: string;
  kind: OrganisationKind;
}

/** Where a place comes from: a reserved pool (by id), or the open pool (null). */
export type PlaceSource = { quotaId: string | null };

/**
 * The seats of one session split into pools. Before its release date a quota's seats belong to
 * the people it serves; after it, seats it has not filled join the open pool. The booking service
 * builds this under the session's row lock, so what it answers is what gets written.
 */
export class Places {
  private readonly takenByQuota = new Map<string | null, number>();

  constructor(
    private readonly capacity: number,
    private readonly quotas: readonly Pool[],
    taken: readonly { quotaId: string | null }[],
  ) {
    taken.forEach((t) => this.count(t.quotaId));
  }

  /** Seats the open pool has: capacity less what each quota still holds back. */
  get openSeats(): number {
    const heldBack = this.quotas.reduce(
      (sum, q) => sum + (q.released ? Math.min(q.seats, this.taken(q.id)) : q.seats),
      0,
    );
    return Math.max(this.capacity - heldBack, 0);
  }

  get free(): number {
    return this.quotas.reduce((sum, q) => sum + (q.released ? 0 : q.seats - this.taken(q.id)), 0) + this.openFree;
  }

  /** A seat for someone working for these organisations: their reserved pool first, then the open pool. */
  seatFor(employers: readonly EmployerOf[]): PlaceSource | null {
    const quota = this.quotas.find((q) => !q.released && q.serves(employers) && this.taken(q.id) < q.seats);
    if (quota) return { quotaId: quota.id };
    return this.openFree > 0 ? { quotaId: null } : null;
  }

  take(source: PlaceSource): void {
    this.count(source.quotaId);
  }

  private get openFree(): number {
    return this.openSeats - this.taken(null);
  }

  private taken(quotaId: string | null): number {
    return this.takenByQuota.get(quotaId) ?? 0;
  }

  private count(quotaId: string | null): void {
    this.takenByQuota.set(quotaId, this.taken(quotaId) + 1);
  }
}
