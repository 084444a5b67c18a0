/**
 * The rule for text a caller writes (challenge titles, descriptions, proposals, tags, contacts),
 * applied before anything reaches a platform:
 *
 * 1. Line ends are made `\n` (a `\r\n` pair becomes `\n`), then the text is put in Unicode NFC,
 *    so the same words are stored and matched the same way however they were typed.
 * 2. Refused with BAD_USER_INPUT naming the field, rather than silently changed:
 *    - control characters: C0 (U+0000–U+001F), DEL and C1 (U+007F–U+009F), except `\n` and `\t`
 *      in multi-line fields (descriptions, requirements, proposals);
 *    - bidirectional controls, which can make text display as something other than what it is:
 *      U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069;
 *    - lone surrogates (half a UTF-16 pair), which are not text at all.
 * 3. Leading and trailing white space is trimmed and the length checked in characters.
 *
 * HTML and markup are text like any other: stored and returned as written, never interpreted.
 */
import { badUserInput } from '../schema/errors.js';

export interface WriteTextRule {
  /** Shortest and longest length allowed, in UTF-16 code units after cleaning. */
  min: number;
  max: number;
  /** Whether `\n` and `\t` may appear (long text); single-line fields refuse them. */
  multiline?: boolean;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const CONTROL_SINGLE_LINE = /[\u0000-\u001F\u007F-\u009F]/;
const CONTROL_MULTILINE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

function codePoint(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** `value` cleaned by the rule above, or BAD_USER_INPUT naming `field`. */
export function writeText(field: string, value: string, rule: WriteTextRule): string {
  const surrogate = LONE_SURROGATE.exec(value);
  if (surrogate) throw badUserInput(field, `${field} contains a lone surrogate (${codePoint(surrogate[0])}); send well-formed UTF-8 text`);
  const text = value.replace(/\r\n/g, '\n').normalize('NFC');
  const control = (rule.multiline ? CONTROL_MULTILINE : CONTROL_SINGLE_LINE).exec(text);
  if (control) throw badUserInput(field, `${field} contains the control character ${codePoint(control[0])}${rule.multiline ? '' : '; it is a single line'}`);
  const bidi = BIDI_CONTROL.exec(text);
  if (bidi) throw badUserInput(field, `${field} contains the bidirectional control ${codePoint(bidi[0])}, which can disguise text`);
  const trimmed = text.trim();
  if (trimmed.length < rule.min || trimmed.length > rule.max) throw badUserInput(field, `${field} must be ${rule.min}–${rule.max} characters, got ${trimmed.length}`);
  return trimmed;
}
