/**
 * The language a request's labels come in: the `language` argument of a field that carries a
 * label, or else the request's `Accept-Language`. The gateway reads the caller's header and
 * passes the language it chose on to the subgraphs (LANGUAGE_HEADER), which read it the same way.
 */
import type { Language } from '../schema/api-vocabularies.js';

const LANGUAGE_OF_TAG: Readonly<Record<string, Language>> = { en: 'EN', zh: 'ZH' };

/**
 * The language `Accept-Language` prefers among English and Chinese: the one with the higher
 * weight (`q`), the one listed first at equal weight; Chinese when it names neither (or only with
 * `q=0`), the corridor's own language.
 */
export function preferredLanguage(acceptLanguage: string | undefined): Language {
  let best: { language: Language; weight: number } = { language: 'ZH', weight: 0 };
  for (const range of (acceptLanguage ?? '').split(',')) {
    const [tag = '', ...parameters] = range.trim().toLowerCase().split(';');
    const language = LANGUAGE_OF_TAG[tag.split('-')[0]!];
    if (!language) continue;
    const weightParameter = parameters.map((parameter) => parameter.trim()).find((parameter) => parameter.startsWith('q='));
    const weight = weightParameter === undefined ? 1 : Number(weightParameter.slice(2));
    if (weight > best.weight) best = { language, weight };
  }
  return best.language;
}

/** The header value that tells a subgraph the chosen language. */
export function languageHeaderValue(language: Language): string {
  return language.toLowerCase();
}
