import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import express from 'express';

/**
 * The development explorer at GET /graphql for browsers: GraphiQL 3 and React 18 from their
 * packages' own prebuilt browser files, served from this server. Nothing is fetched from another
 * origin (GraphiQL's fonts are inlined in its CSS), so it works offline and behind any firewall.
 * Off in production, like introspection.
 */
const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

const ASSETS: Record<string, { file: string; type: string }> = {
  'react.js': { file: join(packageDir('react'), 'umd/react.production.min.js'), type: 'text/javascript' },
  'react-dom.js': { file: join(packageDir('react-dom'), 'umd/react-dom.production.min.js'), type: 'text/javascript' },
  'graphiql.js': { file: join(packageDir('graphiql'), 'graphiql.min.js'), type: 'text/javascript' },
  'graphiql.css': { file: join(packageDir('graphiql'), 'graphiql.min.css'), type: 'text/css' },
};

/** The first operations a visitor sees: sign in with a demo account, then ask as that person. */
const DEFAULT_QUERY = `# 惠工 GraphQL API（开发环境浏览器）
#
# 1. 运行下面的 Login（演示账号密码均为 Huigong@2026，手机号见 README）。
# 2. 把返回的 token 填到下方 Headers：{"Authorization": "Bearer hgs_…"}
# 3. 再运行 Me。
#
# Sign in with a demo account, put the token in Headers as
# {"Authorization": "Bearer <token>"}, then run Me.

mutation Login {
  login(input: { phone: "13900000001", password: "Huigong@2026" }) {
    __typename
    ... on LoginSuccess { session { token expiresAt } }
    ... on Error { code message }
  }
}

query Me {
  me { displayName member { cardNumber union { name } } }
}
`;

const INIT_SCRIPT = `
const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, {
    fetcher,
    defaultQuery: ${JSON.stringify(DEFAULT_QUERY)},
    shouldPersistHeaders: true,
    defaultEditorToolsVisibility: 'headers',
  }),
);
`;

const PAGE = `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>惠工 GraphQL API · 开发环境</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="/explorer/graphiql.css" />
    <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
  </head>
  <body>
    <div id="graphiql">正在加载 GraphiQL…</div>
    <script src="/explorer/react.js"></script>
    <script src="/explorer/react-dom.js"></script>
    <script src="/explorer/graphiql.js"></script>
    <script src="/explorer/init.js"></script>
  </body>
</html>
`;

/** GET /graphql from a browser (it accepts HTML before JSON) gets the explorer; API calls pass through. */
export function explorer(): express.Router {
  const router = express.Router();
  const cache = new Map<string, Buffer>();
  router.get('/explorer/:name', (req, res, next) => {
    const name = req.params.name;
    if (name === 'init.js') return res.type('text/javascript').set('cache-control', 'no-cache').send(INIT_SCRIPT);
    const asset = ASSETS[name];
    if (!asset) return next();
    let body = cache.get(name);
    if (!body) cache.set(name, (body = readFileSync(asset.file)));
    res.type(asset.type).set('cache-control', 'public, max-age=3600').send(body);
  });
  router.get('/graphql', (req, res, next) => {
    const wantsPage = req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
    if (!wantsPage || typeof req.query.query === 'string') return next();
    res.type('html').set('cache-control', 'no-cache').send(PAGE);
  });
  return router;
}
