/** How a request's Accept-Language picks the language of labels: English or Chinese, Chinese unless English is preferred. */
import { describe, expect, it } from 'vitest';
import { preferredLanguage } from '../subgraphs/language.js';

describe('the language Accept-Language prefers', () => {
  it.each([
    ['en-US,en;q=0.9', 'EN'],
    ['zh-CN,zh;q=0.9,en;q=0.8', 'ZH'],
    ['fr-FR, en;q=0.5, zh;q=0.4', 'EN'],
    ['zh-Hant-TW', 'ZH'],
    ['EN', 'EN'],
    ['zh;q=0.5, en;q=0.5', 'ZH'],
    ['en;q=0.5, zh;q=0.5', 'EN'],
  ] as const)('%s is %s', (header, language) => {
    expect(preferredLanguage(header)).toBe(language);
  });

  it.each([[undefined], [''], ['fr-FR,de;q=0.8'], ['*'], ['en;q=0'], ['en;q=high']])('is Chinese for %s, which prefers neither', (header) => {
    expect(preferredLanguage(header)).toBe('ZH');
  });
});
