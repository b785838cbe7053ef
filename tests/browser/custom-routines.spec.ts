/**
 * Routines of your own (issue 13) in the browser preview, through the same
 * core the app runs: build one by keyboard, play it, choose it for the
 * rotation, export it and import it back (renamed, never replacing), refuse an
 * invalid file naming the field and quoting the value; axe-clean in light and
 * dark, and usable at 200% zoom.
 */
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { SIZES, expectNoAxeViolations, openView, seedStorage, watchProblems } from './helpers';

const NAME = 'Morning reset';

/** Builds "Morning reset": corner stretch at 45 s, then shoulder rolls moved above it. Keyboard only. */
async function buildByKeyboard(page: Page): Promise<void> {
  const create = page.getByRole('button', { name: 'Create a routine' });
  await create.focus();
  await page.keyboard.press('Enter');
  const builder = page.getByRole('form', { name: 'New routine' });
  await expect(builder.getByRole('heading', { name: 'New routine' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(builder.getByLabel('Name')).toBeFocused();
  await page.keyboard.type(NAME);

  const pick = builder.getByLabel('Exercise to add');
  await pick.selectOption({ label: 'Corner or doorway stretch (Standing)' });
  await builder.getByRole('button', { name: 'Add exercise' }).press('Enter');
  await pick.selectOption({ label: 'Shoulder rolls (Seated)' });
  await builder.getByRole('button', { name: 'Add exercise' }).press('Enter');
  await expect(page.getByTestId('builder-announce')).toHaveText('Shoulder rolls added as exercise 2.');

  // The source's range is shown next to the dose; the dose is chosen inside it.
  const seconds = builder.getByLabel('Seconds per hold (30–60)');
  await expect(builder.getByText('(source: Hold 30–60 s)')).toBeVisible();
  await seconds.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('45');

  // Reorder with the buttons: shoulder rolls first.
  await builder.getByRole('button', { name: 'Move up Shoulder rolls' }).press('Enter');
  await expect(page.getByTestId('builder-announce')).toHaveText('Shoulder rolls moved to place 1 of 2.');
  await expect(builder.getByRole('listitem').first()).toHaveAccessibleName('1. Shoulder rolls');

  await builder.getByRole('button', { name: 'Save routine' }).press('Enter');
  await expect(page.getByTestId('own-status')).toHaveText(`“${NAME}” was saved.`);
}

test.beforeEach(async ({ page }) => {
  await seedStorage(page, { 'unslouch.settings': { routines: { getReadySeconds: 0 } } });
});

test('build by keyboard, play it, let it take turns, export and import it', async ({ page }) => {
  test.setTimeout(90_000);
  const problems = watchProblems(page);
  await page.clock.install();
  await openView.routines(page);
  await buildByKeyboard(page);

  const own = page.getByTestId('own-routines');
  const card = own.getByRole('listitem').filter({ has: page.getByRole('heading', { name: NAME }) });
  await expect(card.getByRole('listitem')).toHaveText([
    'Shoulder rolls: 30 s each direction',
    'Corner or doorway stretch: Hold 45 s',
  ]);
  await expectNoAxeViolations(page, 'library with a routine of your own (light)');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page, 'library with a routine of your own (dark)');
  await page.emulateMedia({ colorScheme: 'light' });

  // Export it: the file is the one an import reads.
  const downloaded = page.waitForEvent('download');
  await card.getByRole('button', { name: `Export to a file ${NAME}` }).press('Enter');
  const download = await downloaded;
  const file = fs.readFileSync((await download.path())!, 'utf8');
  expect(JSON.parse(file)).toMatchObject({
    format: 'unslouch-routines',
    version: 1,
    routines: [{ name: NAME, exercises: [{ id: 'shoulder-roll' }, { id: 'corner-stretch', seconds: 45 }] }],
  });

  // Importing it back adds a second routine under a free name; the first stays.
  await page.getByTestId('import-routines').setInputFiles({
    name: 'mine.json',
    mimeType: 'application/json',
    buffer: Buffer.from(file),
  });
  await expect(page.getByTestId('own-status')).toHaveText(
    `1 routine imported.“${NAME}” was imported as “${NAME} (2)”: you already have a routine with that name.`,
  );
  await expect(own.getByRole('heading', { level: 3 })).toHaveText([NAME, `${NAME} (2)`]);

  // An invalid file is refused, naming the field and quoting the value.
  const bad = JSON.parse(file);
  bad.routines[0].exercises[1].seconds = 5;
  await page.getByTestId('import-routines').setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(bad)),
  });
  await expect(own.getByRole('alert')).toHaveText(
    'bad.json was not imported:' +
      'Routine 1 in the file, exercise 2, seconds per hold: ‘5’ must be between 30 and 60.',
  );
  await expect(own.getByRole('heading', { level: 3 })).toHaveCount(2);
  await expectNoAxeViolations(page, 'library with a refused import');

  // It takes turns at breaks when chosen in the settings.
  await openView.settings(page);
  const rotation = page.getByRole('group', { name: 'Routines that take turns' });
  await rotation.getByRole('checkbox', { name: NAME, exact: true }).check();
  await expect(page.getByRole('status')).toHaveText('Saved.');
  await expectNoAxeViolations(page, 'settings with the rotation choice');
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('unslouch.settings') ?? '{}'));
  const ids = (stored.routines.custom as { id: string; name: string }[]).map((r) => r.id);
  expect(stored.breaks.rotation).toEqual([ids[0]]);
  // The break prompt now suggests it (the preview's engine applies the one rotation rule).
  await page.setViewportSize(SIZES.prompt);
  await page.goto('/index.html#/prompt');
  await expect(page.getByTestId('prompt-routine')).toHaveText(NAME);

  // Play it from the library like a shipped routine.
  await openView.routines(page);
  await page
    .getByTestId('own-routines')
    .getByRole('button', { name: `Start ${NAME}`, exact: true })
    .press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/routine/${ids[0]}\\?trigger=on-demand$`));
  await expect(page.getByRole('heading', { level: 1, name: NAME })).toBeVisible();
  await page.clock.runFor(5 * 60_000);
  await expect(page.getByRole('heading', { name: 'Well done' })).toBeVisible();
  await expect(page.getByTestId('saved-status')).toHaveText('Recorded in your history.');
  expect(problems).toEqual([]);
});

test('edit and delete ask first; the builder works at 200% zoom', async ({ page }) => {
  const problems = watchProblems(page);
  await openView.routines(page);
  await page.evaluate(() => {
    document.documentElement.style.zoom = '2';
  });
  await buildByKeyboard(page);
  const own = page.getByTestId('own-routines');
  // Nothing runs off the side at 200% zoom.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(1);

  await own.getByRole('button', { name: `Edit ${NAME}` }).press('Enter');
  const builder = page.getByRole('form', { name: `Edit “${NAME}”` });
  await builder.getByLabel('Name').fill('Desk reset');
  await builder.getByRole('button', { name: 'Save routine' }).press('Enter');
  await expect(own.getByRole('heading', { level: 3 })).toHaveText(['Desk reset']);

  await own.getByRole('button', { name: 'Delete Desk reset' }).press('Enter');
  await expect(own.getByText('Delete “Desk reset”? This cannot be undone.')).toBeVisible();
  await expect(own.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await expectNoAxeViolations(page, 'delete confirmation');
  await own.getByRole('button', { name: 'Delete it' }).press('Enter');
  await expect(page.getByTestId('own-status')).toHaveText('“Desk reset” was deleted.');
  await expect(own.getByText('You have no routines of your own yet.')).toBeVisible();
  expect(problems).toEqual([]);
});
