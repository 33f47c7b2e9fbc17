import { MessageQueue } from '../../../src/commands/message-queue';

describe('MessageQueue', () => {
  it('hands out messages in order, whether they arrive before or after next()', async () => {
    const q = new MessageQueue();
    q.push('a');
    const waiting = q.next();
    const later = q.next();
    q.push('b');
    expect(await waiting).toBe('a');
    expect(await later).toBe('b');
  });

  it('gives null to every waiter once ended, and ignores later messages', async () => {
    const q = new MessageQueue();
    const first = q.next();
    const second = q.next();
    q.end();
    q.push('late');
    expect(await first).toBeNull();
    expect(await second).toBeNull();
    expect(await q.next()).toBeNull();
  });
});
