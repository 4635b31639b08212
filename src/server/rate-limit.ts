import crypto from 'node:crypto';

/**
 * Counts form posts per client in fixed windows, in memory only. Clients are
 * told apart by a keyed hash of their address, made with a random key that
 * exists only in this process, so no address is stored, logged or written to
 * disk, and the hashes mean nothing after a restart.
 */
export class RateLimiter {
  private readonly key = crypto.createSecretKey(crypto.randomBytes(32));
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  constructor(
    private readonly maxPosts: number,
    private readonly windowMs: number,
    /** Above this many clients, expired windows are cleared; it bounds memory under a flood of addresses. */
    private readonly maxClients = 50_000,
  ) {}

  /** Records one post; false when the client has used up its allowance for this window. */
  take(clientAddress: string, now = Date.now()): boolean {
    const client = crypto.createHmac('sha256', this.key).update(clientAddress).digest('base64url').slice(0, 22);
    let window = this.windows.get(client);
    if (!window || window.resetAt <= now) {
      if (this.windows.size >= this.maxClients) this.prune(now);
      window = { count: 0, resetAt: now + this.windowMs };
      this.windows.set(client, window);
    }
    window.count++;
    return window.count <= this.maxPosts;
  }

  /** Seconds until a limited client may post again (for the Retry-After header and the message). */
  get windowSeconds(): number {
    return Math.ceil(this.windowMs / 1000);
  }

  private prune(now: number) {
    for (const [client, window] of this.windows) if (window.resetAt <= now) this.windows.delete(client);
    // Still full: a flood from many addresses. Start again rather than grow without limit.
    if (this.windows.size >= this.maxClients) this.windows.clear();
  }
}
