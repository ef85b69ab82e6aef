import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  checkExternalUrls,
  checkUrl,
  collectExternalUrls,
} from '../../../tools/links/check-external-links.mjs';

// A stand-in for the outside world on loopback: the tests never leave this machine.
let server: Server;
let origin = '';
const requests: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push(`${request.method} ${request.url}`);
    const route = request.url ?? '/';
    if (route === '/ok') return response.writeHead(200).end('ok');
    if (route === '/no-head')
      return response.writeHead(request.method === 'HEAD' ? 405 : 200).end();
    if (route === '/moved') return response.writeHead(301, { Location: '/ok' }).end();
    if (route === '/robots-unwelcome') return response.writeHead(403).end();
    if (route === '/slow') return void setTimeout(() => response.writeHead(200).end(), 2_000);
    response.writeHead(404).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
});
beforeEach(() => {
  requests.length = 0;
});

describe('checkUrl', () => {
  it('accepts a page that answers HEAD', async () => {
    expect(await checkUrl(`${origin}/ok`)).toMatchObject({ outcome: 'ok', status: 200 });
    expect(requests).toEqual(['HEAD /ok']);
  });

  it('falls back to GET when HEAD is refused, and follows redirects', async () => {
    expect(await checkUrl(`${origin}/no-head`)).toMatchObject({ outcome: 'ok', status: 200 });
    expect(requests).toEqual(['HEAD /no-head', 'GET /no-head']);
    expect(await checkUrl(`${origin}/moved`)).toMatchObject({ outcome: 'ok', status: 200 });
  });

  it('calls a 404 broken and a 403 refused', async () => {
    expect(await checkUrl(`${origin}/gone`)).toMatchObject({ outcome: 'broken', status: 404 });
    expect(await checkUrl(`${origin}/robots-unwelcome`)).toMatchObject({
      outcome: 'blocked',
      status: 403,
    });
  });

  it('gives up on a server that does not answer in time', async () => {
    const result = await checkUrl(`${origin}/slow`, { timeoutMs: 100 });
    expect(result).toMatchObject({ outcome: 'broken', detail: 'no answer before the timeout' });
  });
});

describe('checkExternalUrls', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'four-islands-external-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reuses fresh successes from the cache file and checks failures again', async () => {
    const cachePath = join(dir, '.cache/external-links.json');
    const urls = [`${origin}/ok`, `${origin}/gone`];
    const first = await checkExternalUrls({ urls, cachePath, delayMs: 0 });
    expect(first.map((result) => result.outcome)).toEqual(['broken', 'ok']);
    const cache = JSON.parse(readFileSync(cachePath, 'utf8'));
    expect(Object.keys(cache.results).sort()).toEqual([...urls].sort());

    requests.length = 0;
    await checkExternalUrls({ urls, cachePath, delayMs: 0 });
    expect(requests).toEqual(['HEAD /gone', 'GET /gone']);

    requests.length = 0;
    const eightDaysOn = () => new Date(Date.now() + 8 * 24 * 60 * 60 * 1000);
    await checkExternalUrls({ urls, cachePath, delayMs: 0, now: eightDaysOn });
    expect(requests).toContain('HEAD /ok');
  });

  it('pauses between requests', async () => {
    const started = performance.now();
    await checkExternalUrls({ urls: [`${origin}/ok`, `${origin}/no-head`], delayMs: 150 });
    expect(performance.now() - started).toBeGreaterThanOrEqual(150);
  });
});

describe('collectExternalUrls', () => {
  let root = '';
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('gathers url fields, article links and links on built pages, with where each appears', async () => {
    root = mkdtempSync(join(tmpdir(), 'four-islands-root-'));
    mkdirSync(join(root, 'content/facts'), { recursive: true });
    mkdirSync(join(root, 'content/articles'), { recursive: true });
    mkdirSync(join(root, 'dist'), { recursive: true });
    writeFileSync(
      join(root, 'content/facts/sources.yaml'),
      '- id: a\n  url: https://a.example/x#part\n',
    );
    writeFileSync(
      join(root, 'content/articles/one.md'),
      '---\ntitle: One\n---\n\nSee [A](https://a.example/x).\n',
    );
    writeFileSync(
      join(root, 'dist/index.html'),
      '<!doctype html><title>t</title><a href="https://b.example/">b</a>' +
        '<link rel="canonical" href="https://islands.example/"><a href="/">home</a>',
    );
    const found = await collectExternalUrls({
      root,
      distDir: join(root, 'dist'),
      siteUrl: 'https://islands.example',
    });
    expect(Object.fromEntries(found)).toEqual({
      'https://a.example/x': ['content/facts/sources.yaml:2', 'content/articles/one.md:5'],
      'https://b.example/': ['page /'],
    });
  });
});
