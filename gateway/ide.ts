/**
 * GraphiQL served from the gateway itself, from installed packages, so the IDE works on a
 * machine without internet access.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import type { PlainRoute } from '../subgraphs/http-server.js';

const require = createRequire(import.meta.url);

const EXAMPLE_QUERY = `# The corridor hub: one schema for the nine members of 沿沪宁产业创新带.
# Press ▶ to run; open Docs (top left) for the schema.
query OpenChipChallenges {
  challenges(filter: { statuses: [OPEN], text: "芯片" }, orderBy: DEADLINE_SOONEST, first: 5) {
    totalCount
    edges {
      node {
        id
        title
        deadline
        reward { wan }
        city { nameZh }
      }
    }
  }
}
`;

const PAGE = `<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8" />
  <title>沿沪宁 corridor hub · GraphiQL</title>
  <link rel="stylesheet" href="/ide/graphiql.css" />
  <style>body { margin: 0; height: 100vh; } #ide { height: 100vh; }</style>
</head>
<body>
  <div id="ide"></div>
  <script src="/ide/react.js"></script>
  <script src="/ide/react-dom.js"></script>
  <script src="/ide/graphiql.js"></script>
  <script>
    const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
    ReactDOM.createRoot(document.getElementById('ide')).render(
      React.createElement(GraphiQL, { fetcher, defaultQuery: ${JSON.stringify(EXAMPLE_QUERY)} }),
    );
  </script>
</body>
</html>`;

/** A file of an installed package (by path inside it: these bundles are not in the packages' exports). */
function asset(packageName: string, file: string, contentType: string): PlainRoute {
  let body: Buffer | undefined;
  return async () => {
    body ??= readFileSync(join(dirname(require.resolve(`${packageName}/package.json`)), file));
    return { status: 200, body, contentType, headers: { 'cache-control': 'public, max-age=86400' } };
  };
}

/** Where the IDE's page is; `/` is the corridor explorer (gateway/web-app.ts). */
export const IDE_PATH = '/graphiql';

/** Routes for the IDE: its page at IDE_PATH and its scripts under `/ide/`. */
export const IDE_ROUTES: Readonly<Record<string, PlainRoute>> = {
  [IDE_PATH]: async () => ({ status: 200, body: PAGE, contentType: 'text/html; charset=utf-8' }),
  '/ide/react.js': asset('react', 'umd/react.production.min.js', 'text/javascript; charset=utf-8'),
  '/ide/react-dom.js': asset('react-dom', 'umd/react-dom.production.min.js', 'text/javascript; charset=utf-8'),
  '/ide/graphiql.js': asset('graphiql', 'dist/index.umd.js', 'text/javascript; charset=utf-8'),
  '/ide/graphiql.css': asset('graphiql', 'dist/style.css', 'text/css; charset=utf-8'),
};
