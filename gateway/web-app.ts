/**
 * The corridor explorer (一图览全域, web/) as the gateway serves it: the page at `/` and the
 * files Vite built beside it, read from the build folder on each request so a rebuild is served
 * without restarting the gateway. Everything the page needs comes from here: no CDN, no tiles.
 */
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PlainResponse, PlainRoute } from '../subgraphs/http-server.js';

/** Where `npm run build:web` writes the page (web/build.ts) and where the gateway reads it by default. */
export const DEFAULT_WEB_APP_FOLDER = fileURLToPath(new URL('../web/dist', import.meta.url));

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8" /><title>沿沪宁 corridor hub</title></head>
<body><h1>一图览全域</h1>
<p>The explorer page is not built. Run <code>npm run build:web</code> (<code>npm start</code> builds it by itself),
or open <a href="/graphiql">GraphiQL</a>.</p></body></html>`;

/**
 * Answers GET requests for the page: `/` is index.html (never cached, so a rebuild shows at
 * once); `/assets/…` are Vite's content-hashed files (cached for a year); anything else is 404.
 */
export function webAppRoute(folder: string): PlainRoute {
  return async (_request, url): Promise<PlainResponse> => {
    const notFound: PlainResponse = { status: 404, body: { error: `no route ${url.pathname}` } };
    const path = url.pathname === '/' ? '/index.html' : url.pathname;
    let decoded: string;
    try {
      decoded = decodeURIComponent(path);
    } catch {
      return notFound;
    }
    const file = normalize(join(folder, decoded));
    const contentType = CONTENT_TYPES[extname(file)];
    if (!file.startsWith(folder + sep) || !contentType) return notFound;
    const body = await readFile(file).catch(() => undefined);
    if (body === undefined) {
      if (path === '/index.html') return { status: 503, body: NOT_BUILT_PAGE, contentType: CONTENT_TYPES['.html']! };
      return notFound;
    }
    const cacheControl = path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
    return { status: 200, body, contentType, headers: { 'cache-control': cacheControl } };
  };
}
