import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, screenshot } from './browser.js';
import type { RunningServer } from './server.js';
import { withProductInBrowser } from './setup.js';
import { openPage } from './site.js';

describe('a resource page and my support plan', () => {
  let server: RunningServer;
  let browser: Browser;

  withProductInBrowser((s, b) => {
    server = s;
    browser = b;
  });

  it('shows every fact of a resource with call, share, print and "report a problem"', async () => {
    const { context, page, thirdParty, errors } = await openPage(browser, server.url);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await page.goto(`${server.url}/resource?id=national-al-anon`);
    await page.getByRole('heading', { level: 1, name: 'Al-Anon Family Groups (and Alateen)' }).waitFor();
    expect(await page.title()).toBe('Al-Anon Family Groups (and Alateen) — Recovery Circles');
    await expect(page.getByRole('link', { name: 'Call 1-888-425-2666' }).getAttribute('href')).resolves.toBe(
      'tel:18884252666',
    );
    expect(await page.locator('.contact-list').textContent()).toContain('— For meeting information');
    const facts = await page.locator('.facts').textContent();
    expect(facts).toContain('Family and friends');
    expect(facts).toContain('Alcohol');
    expect(facts).toContain('Not yet verified');
    // No weekly meetings here, so no calendar file to offer.
    expect(await page.getByRole('link', { name: 'Add to calendar (.ics)' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Share' }).click();
    await page.getByText(/Link copied\.|Could not copy/).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());

    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes');
    });
    await page.getByRole('button', { name: 'Print' }).click();
    expect(await page.locator('body').getAttribute('data-printed')).toBe('yes');
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('complementary', { name: 'Crisis help' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Send' }).isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    const sent = page.waitForRequest((r) => r.url().endsWith('/v1/suggestions') && r.method() === 'POST');
    await page.getByLabel('What is wrong?').selectOption('contact');
    await page.getByLabel('What should it say?').fill('The meeting line now answers only on weekdays.');
    await page.getByRole('button', { name: 'Send' }).click();
    const body: unknown = (await sent).postDataJSON();
    expect(body).toMatchObject({
      type: 'problem',
      resourceId: 'national-al-anon',
      changes: [{ field: 'contact', proposed: 'The meeting line now answers only on weekdays.' }],
    });
    expect(body).not.toHaveProperty('website');
    await page.getByText('Thank you. We got your note, and a person will review it.').waitFor();
    await screenshot(page, 'resource-al-anon');
    expect(await axeViolations(page)).toEqual([]);
    expect(thirdParty).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says so when a resource does not exist', async () => {
    const { context, page } = await openPage(browser, server.url);
    await page.goto(`${server.url}/resource?id=national-no-such-thing`);
    await page.getByText('We could not find this place of support.', { exact: false }).waitFor();
    expect(await page.getByRole('complementary', { name: 'Crisis help' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('saves, exports, clears and imports the plan, kept only in this browser', async () => {
    const { context, page, thirdParty } = await openPage(browser, server.url, { acceptDownloads: true });
    await page.goto(`${server.url}/resource?id=national-al-anon`);
    await page.getByRole('button', { name: 'Save to my plan' }).click();
    await page.getByRole('button', { name: '✓ Saved in my plan' }).waitFor();
    await page.goto(`${server.url}/resource?id=national-smart-recovery`);
    await page.getByRole('button', { name: 'Save to my plan' }).click();

    await page.goto(`${server.url}/plan`);
    await page.getByRole('heading', { level: 1, name: 'My support plan' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Family and friends' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Peers' }).waitFor();
    expect(await page.getByRole('link', { name: 'Al-Anon Family Groups (and Alateen)' }).count()).toBe(1);
    await expect(page.getByRole('link', { name: '1-888-425-2666' }).getAttribute('href')).resolves.toBe(
      'tel:18884252666',
    );

    await page.getByRole('button', { name: 'Add person' }).click();
    await page.getByText('Type a name.').waitFor();
    await page.getByLabel('Name').fill('Aunt Rosa');
    await page.getByLabel('Phone number (optional)').fill('215-555-0142');
    await page.getByRole('button', { name: 'Add person' }).click();
    await page.getByText('Aunt Rosa').waitFor();
    await screenshot(page, 'plan');
    expect(await axeViolations(page)).toEqual([]);

    // Export: a JSON file with the plan.
    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Save as a file' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('my-support-plan.json');
    const file = await download.path();
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported.format).toBe('recovery-circles-plan');
    expect(exported.resources.map((r: { id: string }) => r.id).sort()).toEqual([
      'national-al-anon',
      'national-smart-recovery',
    ]);
    expect(exported.people[0]).toMatchObject({ name: 'Aunt Rosa', phone: '215-555-0142' });

    // Clear everything, after a confirmation that takes keyboard focus.
    await page.getByRole('button', { name: 'Clear everything' }).click();
    const yes = page.getByRole('button', { name: 'Yes, delete it' });
    expect(await yes.evaluate((b) => b === document.activeElement)).toBe(true);
    await yes.click();
    await page.getByText('Your plan was deleted from this browser.').waitFor();
    expect(await page.getByText('Aunt Rosa').count()).toBe(0);
    expect(await page.evaluate(() => localStorage.getItem('recovery-circles.plan'))).toBeNull();

    // A file that is not a plan is refused; the exported one comes back whole.
    await page.locator('input[type="file"]').setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"resources":[{"url":"javascript:alert(1)"}]}'),
    });
    await page.getByText('That file is not a saved plan.').waitFor();
    await page.locator('input[type="file"]').setInputFiles(file);
    await page.getByText('Your plan was loaded.').waitFor();
    await page.getByText('Aunt Rosa').waitFor();
    expect(await page.getByRole('link', { name: 'Al-Anon Family Groups (and Alateen)' }).count()).toBe(1);

    // Nothing about the plan ever left the browser.
    expect(thirdParty).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });
});
