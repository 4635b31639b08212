import type { FormsStore } from './forms/store';
import { periodHash, periodKey } from './forms/period-keys';

/**
 * Counts form posts per client in fixed windows (10 minutes), in the forms
 * store, so every server counts together: a client cannot double its
 * allowance by being sent to another server. Clients are stored as a keyed
 * hash of their address with the window's key (forms/period-keys.ts), never
 * as the address, and each counter is deleted when its window ends.
 */
export class RateLimiter {
  constructor(
    /** What is limited ("survey", "feedback"): each has its own allowance. */
    private readonly name: string,
    private readonly maxPosts: number,
    private readonly windowMs: number,
  ) {}

  /** Records one post; false when the client has used up its allowance for this window. */
  async take(store: FormsStore, clientAddress: string, now = Date.now()): Promise<boolean> {
    const { key, endsAt } = await periodKey(store, `rate-limit:${this.windowMs}`, this.windowMs, now);
    const count = await store.countPost(periodHash(key, this.name, clientAddress), endsAt);
    return count <= this.maxPosts;
  }

  /** Seconds until a limited client may post again, at most (for the Retry-After header and the message). */
  get windowSeconds(): number {
    return Math.ceil(this.windowMs / 1000);
  }
}
