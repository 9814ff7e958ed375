import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { WorkspaceSettingsDto } from '@journey-atlas/shared/domain';
import { tempDataDir } from './support/app-process';
import { screenshot } from './support/browser';
import { useBrowserSession } from './support/session';
import { DataPage } from './pages/data.page';
import { SettingsPage } from './pages/settings.page';

/** Data (file import with progress and rejected rows) and Settings, on a small demo dataset. */
describe('data import and settings in a real browser', () => {
  const session = useBrowserSession();
  let files: Awaited<ReturnType<typeof tempDataDir>>;

  beforeAll(async () => {
    files = await tempDataDir();
  });

  afterAll(async () => {
    await files?.remove();
  });

  it('imports a CSV with one bad row: progress, tally and the rejected row with its line and field', async () => {
    const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString();
    const csv = [
      'id,source,occurredAt,channel,email,interactionType,outcome',
      `e2e-1,e2e-import,${day(3)},phone,e2e-ana@example.com,billing,resolved`,
      `e2e-2,e2e-import,${day(3)},pigeon,e2e-ana@example.com,billing,resolved`,
      `e2e-3,e2e-import,${day(2)},web,e2e-bo@example.com,inquiry,resolved`,
    ].join('\n');
    const file = path.join(files.dir, 'contacts.csv');
    await writeFile(file, csv + '\n');

    const { page, errors } = await session.newPage();
    const screen = new DataPage(page);
    await screen.open(session.app.url);
    expect(await page.title()).toBe('Data · Journey Atlas');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Data' })
      .waitFor();
    await page.getByText('No import yet').waitFor();
    // The data-quality panel answers with a list or says there is nothing to review.
    await screen.quality
      .locator('[data-testid="over-linked-identifiers"], [data-testid="over-linked-empty"]')
      .first()
      .waitFor();

    const labels = await screen.recordProgressLabels();
    await screen.fileInput.setInputFiles(file);
    await screen.importButton.click();
    await screen.tally.waitFor();

    const seen = await labels();
    // The bar followed the upload and the job before it showed the end.
    expect(seen.length).toBeGreaterThanOrEqual(2);
    expect(seen.some((l) => /^(Uploading contacts\.csv|Uploaded; waiting)/.test(l))).toBe(true);
    expect(seen[seen.length - 1]).toBe('Import finished: 3 rows read');
    expect(await screen.progressBar.getAttribute('value')).toBe('1');

    expect(await screen.tallyValue('rows')).toBe('3');
    expect(await screen.tallyValue('accepted')).toBe('2');
    expect(await screen.tallyValue('duplicates')).toBe('0');
    expect(await screen.tallyValue('rejected')).toBe('1');
    expect(await screen.rejectedRows.count()).toBe(1);
    const cells = await screen.rejectedRows.first().locator('td').allInnerTexts();
    expect(cells[0]).toBe('3'); // the header is line 1, so the bad row is line 3
    expect(cells[1]).toBe('e2e-2');
    expect(cells[2]).toBe('channel');
    expect(cells[3]).toContain('must be one of');
    await screenshot(page, 'data-import');

    // The same file again: its good rows are duplicates now.
    await screen.importButton.click();
    await page.getByTestId('tally-duplicates').filter({ hasText: '2' }).waitFor();
    expect(await screen.tallyValue('accepted')).toBe('0');
    expect(errors).toEqual([]);
  });

  it('changes a channel cost, shows the rebuild, and keeps the value after a reload', async () => {
    const { page, errors } = await session.newPage({ width: 1280, height: 1400 });
    const screen = new SettingsPage(page);
    await screen.open(session.app.url);
    expect(await page.title()).toBe('Settings · Journey Atlas');
    // The demo dataset's custom attribute is counted in the rollups.
    expect(await screen.rollupAttributes.inputValue()).toBe('ageBand');

    // A value the server would refuse is caught next to its field, before anything is sent.
    await screen.window.fill('0.5');
    await screen.saveButton.click();
    await page.locator('#ja-window[aria-invalid="true"]').waitFor();
    expect(await screen.messageFor(screen.window)).toContain('must be at least 1 hour');
    await page.getByRole('button', { name: 'Discard changes' }).click();

    const before = (await (
      await fetch(`${session.app.url}/api/v1/settings`)
    ).json()) as WorkspaceSettingsDto;
    const phoneBefore = before.channels.find((c) => c.channel === 'phone');
    const newCost = (phoneBefore?.costPerContact ?? 0) === 9.75 ? '9.5' : '9.75';
    await screen.cost('Phone').fill(newCost);
    await screen.saveButton.click();
    await screen.status.filter({ hasText: 'Saved.' }).waitFor();
    await screen.status.filter({ hasText: /Journeys rebuilt|failed/ }).waitFor({ timeout: 60_000 });
    expect(await screen.status.innerText()).toContain('Journeys rebuilt with the new settings');
    await screenshot(page, 'settings-saved');

    await page.reload();
    await screen.form.waitFor();
    expect(await screen.cost('Phone').inputValue()).toBe(newCost);
    const after = (await (
      await fetch(`${session.app.url}/api/v1/settings`)
    ).json()) as WorkspaceSettingsDto;
    expect(after.channels.find((c) => c.channel === 'phone')?.costPerContact).toBe(Number(newCost));
    // Everything else came back as it was.
    expect(after.journeys).toEqual(before.journeys);
    expect(after.channels.filter((c) => c.channel !== 'phone')).toEqual(
      before.channels.filter((c) => c.channel !== 'phone'),
    );
    expect(errors).toEqual([]);
  });
});
