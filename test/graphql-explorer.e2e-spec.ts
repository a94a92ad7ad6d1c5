import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '@chn/core';
import { TestApp } from '@chn/testing';
import { ConsoleBrowser } from './support/console-browser';

/** A browser's GET /graphql: the page it gets, if any. */
async function openExplorer(t: TestApp) {
  const res = await fetch(`${t.baseUrl}/graphql`, { headers: { accept: 'text/html' } });
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    text: await res.text(),
  };
}

/** Every script and stylesheet a page loads. */
function assetsOf(html: string): string[] {
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  return tags
    .filter((tag) => tag.startsWith('<script') || /rel="(stylesheet|modulepreload)"/.test(tag))
    .map((tag) => /(?:src|href)="([^"]+)"/.exec(tag)?.[1])
    .filter((url): url is string => Boolean(url));
}

describe('the GraphQL explorer (e2e)', () => {
  beforeAll(() => {
    // Built with the console by `npm run build:console`, as the browser tests need.
    expect(existsSync(join(projectRoot(), 'dist/console/graphiql.html'))).toBe(true);
  });

  it('serves GraphiQL with local assets only in development, so it works with no internet', async () => {
    const t = await TestApp.start({ NODE_ENV: 'development' });
    try {
      const page = await openExplorer(t);
      expect(page.status).toBe(200);
      expect(page.type).toMatch(/^text\/html/);
      expect(page.text).toContain('<div id="graphiql"');
      const assets = assetsOf(page.text);
      expect(assets.length).toBeGreaterThan(0);
      expect(page.text).not.toMatch(/(src|href)="(https?:)?\/\//);
      for (const asset of assets) {
        expect(asset).toMatch(/^\/console\/assets\//);
        expect((await fetch(`${t.baseUrl}${asset}`)).status).toBe(200);
      }
      // Queries still reach GraphQL, by POST and by GET.
      const get = await fetch(
        `${t.baseUrl}/graphql?query=${encodeURIComponent('{ __typename }')}`,
        {
          headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
        },
      );
      expect(await get.json()).toEqual({ data: { __typename: 'Query' } });

      // In a browser cut off from everything but the API, GraphiQL loads and reads the schema.
      const browser = await ConsoleBrowser.launch();
      try {
        const outside: string[] = [];
        const explorer = await browser.visit(`${t.baseUrl}/graphql`, (p) =>
          p.route('**/*', (route) => {
            if (route.request().url().startsWith(t.baseUrl)) return route.continue();
            outside.push(route.request().url());
            return route.abort();
          }),
        );
        await explorer.locator('.graphiql-container').waitFor();
        await explorer.getByRole('button', { name: /documentation explorer/i }).click();
        await explorer.getByText('Query', { exact: true }).first().waitFor();
        await browser.screenshot(explorer, 'graphql-explorer');
        expect(outside).toEqual([]);
      } finally {
        await browser.close();
      }
    } finally {
      await t.stop();
    }
  });

  it('serves no explorer in production', async () => {
    const t = await TestApp.start({
      NODE_ENV: 'production',
      JWT_SECRET: 'graphql-explorer-tests-secret-0123456789',
    });
    try {
      const page = await openExplorer(t);
      expect(page.type).not.toMatch(/^text\/html/);
      expect(page.text).not.toContain('graphiql');
      expect(page.text).not.toContain('<script');
    } finally {
      await t.stop();
    }
  });
});
