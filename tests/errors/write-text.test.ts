/** The write-text rule on its own: what is cleaned, what is refused and how the refusal reads. */
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { writeText } from '../../subgraphs/write-text.js';

const SINGLE_LINE = { min: 1, max: 100 };
const LONG_TEXT = { min: 1, max: 5000, multiline: true };

function refusal(run: () => unknown): GraphQLError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return error as GraphQLError;
  }
  throw new Error('expected a refusal');
}

describe('writeText', () => {
  it('normalises to NFC, makes CRLF a line feed and trims', () => {
    expect(writeText('input.title', '  Cafe\u0301 芯片  ', SINGLE_LINE)).toBe('Caf\u00e9 芯片');
    expect(writeText('input.description', '第一段\r\n第二段\t完', LONG_TEXT)).toBe('第一段\n第二段\t完');
  });

  it('keeps HTML and quotes as the text they are', () => {
    const html = `<img src=x onerror="alert('芯片')"> & <b>`;
    expect(writeText('input.title', html, SINGLE_LINE)).toBe(html);
  });

  const refused: [string, string, typeof SINGLE_LINE & { multiline?: boolean }][] = [
    ['NUL', 'a\u0000b', LONG_TEXT],
    ['ESC (terminal escapes)', 'a\u001b[2Jb', LONG_TEXT],
    ['DEL', 'a\u007fb', LONG_TEXT],
    ['C1 NEL', 'a\u0085b', LONG_TEXT],
    ['a lone carriage return', 'a\rb', LONG_TEXT],
    ['a line feed in a single-line field', 'a\nb', SINGLE_LINE],
    ['a tab in a single-line field', 'a\tb', SINGLE_LINE],
    ['RIGHT-TO-LEFT OVERRIDE', 'a\u202Eb', SINGLE_LINE],
    ['LEFT-TO-RIGHT EMBEDDING', 'a\u202Ab', SINGLE_LINE],
    ['FIRST STRONG ISOLATE', 'a\u2068b', SINGLE_LINE],
    ['RIGHT-TO-LEFT MARK', 'a\u200Fb', SINGLE_LINE],
    ['ARABIC LETTER MARK', 'a\u061Cb', SINGLE_LINE],
    ['a lone high surrogate', 'a\uD83Db', SINGLE_LINE],
    ['a lone low surrogate', 'a\uDE00b', SINGLE_LINE],
  ];

  it.each(refused)('refuses %s as BAD_USER_INPUT naming the field', (_, value, rule) => {
    const error = refusal(() => writeText('input.title', value, rule));
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.title' });
    expect(error.message).toMatch(/^input\.title contains/);
  });

  it('accepts a surrogate pair (emoji) and counts length after cleaning', () => {
    expect(writeText('input.title', '芯片😀', SINGLE_LINE)).toBe('芯片😀');
    expect(refusal(() => writeText('input.title', '   ', SINGLE_LINE)).extensions).toMatchObject({ field: 'input.title' });
    expect(refusal(() => writeText('input.title', 'x'.repeat(101), SINGLE_LINE)).message).toBe('input.title must be 1–100 characters, got 101');
  });
});
