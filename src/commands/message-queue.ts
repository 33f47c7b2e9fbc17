/**
 * Turns pushed events (dialog messages, "closed") into awaited values, in order.
 * After `end()`, every pending and later `next()` gets null.
 */
export class MessageQueue {
  private readonly queued: string[] = [];
  private readonly waiting: Array<(message: string | null) => void> = [];
  private ended = false;

  push(message: string): void {
    if (this.ended) return;
    const waiter = this.waiting.shift();
    if (waiter) waiter(message);
    else this.queued.push(message);
  }

  end(): void {
    this.ended = true;
    for (const waiter of this.waiting.splice(0)) waiter(null);
  }

  next(): Promise<string | null> {
    const message = this.queued.shift();
    if (message !== undefined) return Promise.resolve(message);
    if (this.ended) return Promise.resolve(null);
    return new Promise((resolve) => this.waiting.push(resolve));
  }
}
