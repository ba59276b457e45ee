import { describe, expect, it } from 'vitest';
import { AHEAD_MAX_AGE_MS, Ahead } from './ahead.js';

describe('asking ahead of a submit', () => {
  it('hands over the answer asked for the same request once, and asks once', async () => {
    const ahead = new Ahead<string>();
    let asked = 0;
    const ask = async () => {
      asked++;
      return 'answer';
    };
    ahead.prepare('free=1', ask);
    ahead.prepare('free=1', ask);
    expect(asked).toBe(1);
    const taken = ahead.take('free=1');
    expect(await taken?.answer).toBe('answer');
    // Once the answer is here, a submit can show it without waiting.
    expect(taken?.arrived).toEqual({ value: 'answer' });
    expect(ahead.take('free=1')).toBeUndefined();
  });

  it('drops (and cancels) an answer to another request', () => {
    const ahead = new Ahead<string>();
    const signals: AbortSignal[] = [];
    const ask = (signal: AbortSignal) => {
      signals.push(signal);
      return new Promise<string>(() => undefined);
    };
    ahead.prepare('free=1', ask);
    ahead.prepare('free=0', ask);
    expect(signals[0]?.aborted).toBe(true);
    expect(ahead.take('free=1')).toBeUndefined();
    // Submitting something else cancels what was asked ahead.
    expect(signals[1]?.aborted).toBe(true);
  });

  it('does not hand over an old answer', () => {
    let clock = 0;
    const ahead = new Ahead<string>(() => clock);
    ahead.prepare('free=1', async () => 'answer');
    clock = AHEAD_MAX_AGE_MS;
    expect(ahead.take('free=1')).toBeUndefined();
  });

  it('keeps a failure for the submit, without an unhandled rejection', async () => {
    const ahead = new Ahead<string>();
    ahead.prepare('free=1', async () => {
      throw new Error('offline');
    });
    await Promise.resolve();
    await expect(ahead.take('free=1')?.answer).rejects.toThrow('offline');
  });
});
