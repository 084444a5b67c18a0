/** Talking to a running corridor through its gateway, as a partner-city developer would. */
import { request } from 'undici';

export interface GraphQLResponse<T = Record<string, any>> {
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  /** The answer's own extensions, e.g. `staleData`. */
  extensions?: { staleData?: { city: string; ageSeconds: number }[] } & Record<string, unknown>;
}

export async function query<T = Record<string, any>>(url: string, document: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<GraphQLResponse<T>> {
  const response = await request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: document, variables }),
  });
  return (await response.body.json()) as GraphQLResponse<T>;
}

/** Polls `check` until it returns true, at most `attempts` times `everyMs` apart. */
export async function eventually(check: () => Promise<boolean>, attempts = 40, everyMs = 250): Promise<void> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  throw new Error(`condition not met after ${attempts} attempts`);
}
