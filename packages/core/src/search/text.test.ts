import { describe, expect, it } from 'vitest';
import { foldText, tokenize, uniqueTokens } from './text.js';

describe('text folding', () => {
  it('lowercases and removes accents so Spanish names are found without them', () => {
    expect(foldText('Reunión en Español')).toBe('reunion en espanol');
    expect(tokenize('Café Nuevo Día — 12 Pasos')).toEqual(['cafe', 'nuevo', 'dia', '12', 'pasos']);
  });

  it('splits on punctuation and keeps duplicates only in tokenize', () => {
    expect(tokenize("Women's Step-Study")).toEqual(['women', 's', 'step', 'study']);
    expect(uniqueTokens(['Big Book', 'big book study', undefined])).toEqual(['big', 'book', 'study']);
  });
});
