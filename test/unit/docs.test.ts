import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { docPages } from '../../scripts/doc-pages';

describe('reference pages', () => {
  it.each(Object.entries(docPages()))('%s matches the code (run npm run docs after changing codes)', (file, text) => {
    expect(readFileSync(file, 'utf8')).toBe(text);
  });
});
