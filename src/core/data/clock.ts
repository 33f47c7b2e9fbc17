import { ReportError } from '../errors';

/** Time for the API client: injectable so tests of back-off need not wait for real. */
export interface Clock {
  /** Milliseconds, like Date.now(). */
  now(): number;
  /** Resolves after `ms`; rejects with a "cancelled" ReportError as soon as `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export function cancelledError(): ReportError {
  return new ReportError('data-cancelled', 'Stopped: the data was not fetched.', 'police.uk API');
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        reject(cancelledError());
        return;
      }
      const onAbort = (): void => {
        clearTimeout(timer);
        reject(cancelledError());
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      signal?.addEventListener('abort', onAbort, { once: true });
    }),
};

/**
 * A token bucket: `burst` requests may go at once, then one every 1/`perSecond` s. Each caller
 * reserves its slot on arrival (tokens may go negative), so waiters are served in order and
 * never more than burst + perSecond × t requests start in any t seconds.
 */
export class RequestRateLimiter {
  private tokens: number;
  private last: number;

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    private readonly clock: Clock,
  ) {
    this.tokens = burst;
    this.last = clock.now();
  }

  async take(signal?: AbortSignal): Promise<void> {
    const now = this.clock.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    this.tokens -= 1;
    if (this.tokens >= 0) return;
    try {
      await this.clock.sleep((-this.tokens / this.perSecond) * 1000, signal);
    } catch (error) {
      this.tokens += 1; // the slot was not used
      throw error;
    }
  }
}
