import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { webchatRoutes } from '../../src/channels/webchat/routes.js';
import { loadConfig } from '../../src/config.js';
import { buildApp } from '../../src/http/app.js';
import { createLogger } from '../../src/logger.js';
import { getCore } from '../helpers/core.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available) console.warn(`\n[browser tests skipped] no Chromium at ${CHROMIUM}; install Debian's chromium (.ci/run does) or set CHROMIUM_PATH\n`);

describe.skipIf(!available)('web chat in a real browser', () => {
  let app: FastifyInstance;
  let browser: Browser;
  let page: Page;
  let url: string;

  beforeAll(async () => {
    const core = await getCore();
    const config = loadConfig({ LOG_LEVEL: 'silent', PSEUDONYM_KEY: 'browser-test-key-0123456789' });
    app = await buildApp({ log: createLogger('silent'), core: () => core });
    await app.register(webchatRoutes, { pipeline: () => core.pipeline, forget: (k) => core.store.delete(k), pseudonymKey: config.pseudonymKey ?? '', publicDir: config.paths.webchat });
    url = await app.listen({ port: 0, host: '127.0.0.1' });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ locale: 'ar-SY' });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('shows the welcome in the browser language, right to left, with the language picker', async () => {
    await page.goto(url);
    const welcome = page.locator('.msg.bot').first();
    await welcome.waitFor();
    expect(await welcome.getAttribute('dir')).toBe('rtl');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await expect.poll(() => page.getByRole('button', { name: 'ትግርኛ' }).count()).toBeGreaterThan(0);
  });

  it('answers a typed Ukrainian question left to right in Ukrainian, then follows a topic button', async () => {
    await page.getByRole('textbox').fill('Як мені отримати притулок у Нідерландах?');
    await page.keyboard.press('Enter');
    const answer = page.locator('.msg.bot[lang="uk"]').last();
    await answer.waitFor();
    expect(await answer.getAttribute('dir')).toBe('ltr');
    expect(await answer.innerText()).toMatch(/IND/);
    const before = await page.locator('.msg.bot').count();
    await answer.locator('button').first().click();
    await expect.poll(() => page.locator('.msg.bot').count()).toBeGreaterThan(before);
    await page.screenshot({ path: `${process.env.TMPDIR ?? '/tmp'}/webchat.png`, fullPage: true });
  });

  it('shows an emergency with call buttons for 112', async () => {
    await page.getByRole('textbox').fill('help there is a fire in our room right now');
    await page.keyboard.press('Enter');
    const urgent = page.locator('.msg.bot.urgent').last();
    await urgent.waitFor();
    expect(await urgent.locator('a[href="tel:112"]').count()).toBeGreaterThan(0);
  });
});
