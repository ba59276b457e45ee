import { expectTypeOf, test } from 'vitest';
import { type CrisisLine, type CrisisLinesResponse, createClient } from './index.js';

test('the client returns typed crisis lines', () => {
  const client = createClient({ baseUrl: '' });
  expectTypeOf(client.crisisLines).returns.resolves.toEqualTypeOf<CrisisLinesResponse>();
  expectTypeOf<CrisisLine['channels'][number]['type']>().toEqualTypeOf<
    'call' | 'text' | 'chat' | 'videophone' | 'tty'
  >();
});
