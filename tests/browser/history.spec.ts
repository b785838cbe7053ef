/**
 * The history window in Chromium (preview mode): statistics, the week chart
 * and its table, the routines used, natural and missed breaks, CSV export,
 * the daily check-in with its doctor guidance, axe-core and screenshots.
 */
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, seedStorage, watchProblems } from './helpers';

const WINDOW = { width: 560, height: 680 };
/** Thursday 26 March 2026, 15:00 in Berlin. */
const NOW = new Date('2026-03-26T15:00:00+01:00');

test.use({ timezoneId: 'Europe/Berlin', locale: 'en-GB' });

interface Seed {
  id: string;
  endedAt: string;
  startedAt: string | null;
  outcome: string;
  trigger: string;
  routineId: string | null;
  snoozes: number;
  secondsMoved: number;
}

/** Two and a half weeks of work days; every day 4+ breaks taken, with each outcome somewhere. */
function history(): Seed[] {
  const out: Seed[] = [];
  const routines = ['upper-back-desk-reset', 'mid-back-seated', 'lower-back-desk'];
  let n = 0;
  for (let day = new Date('2026-03-09T12:00:00Z'); day <= NOW; day = new Date(day.getTime() + 86_400_000)) {
    const weekday = day.getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    const date = day.toISOString().slice(0, 10);
    const today = date === '2026-03-26';
    const plan: [string, string, number][] = today
      ? [
          ['completed', 'prompt', 160],
          ['natural', 'idle', 0],
          ['missed', 'prompt', 0],
        ]
      : [
          ['completed', 'prompt', 160],
          ['completed', 'prompt', 150],
          ['partial', 'prompt', 70],
          ['natural', 'idle', 0],
          ['skipped', 'prompt', 0],
          ['completed', 'on-demand', 170],
        ];
    plan.forEach(([outcome, trigger, seconds], i) => {
      const hour = String(9 + i).padStart(2, '0');
      const ran = outcome === 'completed' || outcome === 'partial';
      out.push({
        id: `seed-${++n}`,
        endedAt: `${date}T${hour}:35:00+01:00`,
        startedAt: ran ? `${date}T${hour}:32:00+01:00` : null,
        outcome,
        trigger,
        routineId: outcome === 'natural' ? null : routines[(n + i) % 3]!,
        snoozes: outcome === 'skipped' ? 1 : 0,
        secondsMoved: seconds,
      });
    });
  }
  return out;
}

/** Check-ins on most days of the last two weeks, discomfort not improving. */
function checkIns() {
  const out = [];
  const levels = [5, 6, 5, 6, 6, 5, 6, 6, 5, 6];
  const days = [13, 14, 15, 17, 18, 19, 21, 22, 24, 25];
  for (let i = 0; i < levels.length; i++) {
    const date = `2026-03-${days[i]}`;
    out.push({
      id: `c${i}`,
      date,
      at: `${date}T18:00:00+01:00`,
      discomfort: levels[i],
      warnings: { legs: false, bladderBowel: false, fever: false, lyingDown: false },
    });
  }
  return out;
}

async function open(page: Page, { checkIn }: { checkIn: boolean }) {
  await page.clock.setFixedTime(NOW);
  await page.setViewportSize(WINDOW);
  await seedStorage(page, {
    'unslouch.history': history(),
    'unslouch.checkins': checkIns(),
    'unslouch.settings': { app: { checkIn } },
  });
  await page.goto('/index.html#/history');
  await expect(page.getByRole('heading', { level: 1, name: 'Your breaks' })).toBeVisible();
  await expect(page.getByTestId('today-stats')).toBeVisible();
}

test('statistics, the week chart with its table, routines and recent breaks show what happened', async ({
  page,
}) => {
  const problems = watchProblems(page);
  await open(page, { checkIn: false });

  // Today: completed + natural taken; completed, natural and missed were prompted (idle counts as scheduled).
  await expect(page.getByTestId('today-taken')).toHaveText('2');
  await expect(page.getByTestId('today-prompted')).toHaveText('3');
  await expect(page.getByTestId('today-rate')).toHaveText('67%');
  await expect(page.getByTestId('today-stats')).toContainText('1 natural break');
  await expect(page.getByTestId('today-stats')).toContainText('1 missed');
  // This week: Mon–Wed 5 taken of 5 prompted each, plus today.
  await expect(page.getByTestId('week-taken')).toHaveText('17');
  await expect(page.getByTestId('week-prompted')).toHaveText('18');
  await expect(page.getByTestId('streak')).toContainText('13 work days');

  const chart = page.getByTestId('week-chart');
  await expect(chart).toHaveAttribute('role', 'img');
  await expect(page.getByRole('img', { name: /This week: breaks prompted and taken per day/ })).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(1); // only the recent breaks, until asked
  await page.getByRole('button', { name: 'Show the week as a table' }).click();
  const weekTable = page.getByRole('table', { name: 'This week' });
  await expect(weekTable.getByRole('row')).toHaveCount(8);
  // The week begins on the person's locale's first day, from Chromium's own CLDR data (getWeekInfo): the
  // browser is en-GB (English shown, British formats), so Monday 23 March; today is row 4.
  expect(await page.evaluate(() => typeof Intl.Locale.prototype.getWeekInfo)).toBe('function');
  await expect(weekTable.getByRole('rowheader').first()).toHaveText('Mon 23 Mar');
  await expect(chart.locator('.day-label').first()).toHaveText('Mon');
  await expect(weekTable.getByRole('row').nth(4)).toContainText('Thu 26 Mar');
  await expect(weekTable.getByRole('row').nth(4)).toContainText('2');
  await expectNoAxeViolations(page, 'history with the week table');

  await page.getByRole('button', { name: 'Previous week' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^Week of/ })).toBeVisible();
  await page.getByRole('button', { name: 'Next week' }).click();

  const breakdown = page.getByTestId('routine-breakdown');
  await expect(breakdown.getByRole('listitem')).toHaveCount(3);
  await expect(breakdown).toContainText('Mid-back mobility');

  const recent = page.getByTestId('history-table');
  await expect(recent.getByRole('row')).toHaveCount(13);
  await page.getByRole('button', { name: /^Show all \d+ breaks$/ }).click();
  await expect(recent.getByRole('row')).toHaveCount(1 + 3 + 6 * 9);
  await expect(recent).toContainText('Natural break');
  await expect(recent).toContainText('Missed');
  await expect(recent).toContainText('snoozed once');
  expect(problems).toEqual([]);
});

test('CSV export opens cleanly in a spreadsheet: one header, one row per break, CRLF', async ({ page }) => {
  await open(page, { checkIn: true });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export breaks (CSV)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^unslouch-history-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = fs.readFileSync((await download.path())!, 'utf8');
  const lines = csv.split('\r\n');
  expect(lines.at(-1)).toBe('');
  expect(lines[0]).toBe(
    'date,time,ended_at,started_at,outcome,trigger,routine,snoozes,seconds_moved,routine_title,outcome_shown,ended_local,started_local,held_seconds',
  );
  expect(lines.length - 2).toBe(history().length);
  expect(lines[1]).toBe(
    '2026-03-09,09:35:00,2026-03-09T09:35:00+01:00,2026-03-09T09:32:00+01:00,completed,prompt,mid-back-seated,0,160,' +
      'Mid-back mobility,Completed,2026-03-09T09:35:00+01:00,2026-03-09T09:32:00+01:00,0',
  );
  expect(csv).toContain(',natural,idle,,0,0,,Natural break,');
  expect(csv).toContain(',missed,prompt,');

  const [checks] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export check-ins (CSV)' }).click(),
  ]);
  const checkCsv = fs.readFileSync((await checks.path())!, 'utf8').split('\r\n');
  expect(checkCsv[0]).toBe('date,at,discomfort_0_none_10_worst,legs,bladder_bowel,fever,lying_down');
  expect(checkCsv.length - 2).toBe(checkIns().length);
});

test('check-in: a warning shows the doctor guidance at once; saved once a day; the trend suggests a doctor', async ({
  page,
}) => {
  // Three full axe runs and a reload: more than the default budget on a loaded machine.
  test.slow();
  const problems = watchProblems(page);
  await open(page, { checkIn: true });
  const form = page.getByTestId('checkin-due');
  await expect(form.getByRole('heading', { name: 'How is your back today?' })).toBeVisible();
  await expect(page.getByTestId('doctor-guidance')).toHaveCount(0);

  // Two weeks without improvement: the trend already suggests a doctor.
  await expect(page.getByTestId('trend-advice')).toContainText('has not improved over about two weeks');

  await form.getByRole('radio', { name: '4', exact: true }).check();
  await form.getByRole('checkbox', { name: 'A fever or a high temperature' }).check();
  const guidance = form.getByTestId('doctor-guidance');
  await expect(guidance).toBeVisible();
  await expect(guidance.getByRole('alert')).toContainText('Please contact a doctor.');
  await expect(guidance.getByTestId('doctor-panel')).toHaveAttribute('open', '');
  await expectNoAxeViolations(page, 'history with the check-in form and the doctor guidance');
  await page.screenshot({ path: test.info().outputPath('history-checkin.png') });

  await form.getByRole('button', { name: 'Save today’s check-in' }).click();
  // The answer and the advice stay where the form was, with focus, and offer to pause breaks.
  const today = form.getByTestId('checkin-today');
  await expect(today).toBeFocused();
  await expect(today).toContainText('Today’s check-in: discomfort 4 of 10.');
  await expect(today.getByTestId('doctor-guidance')).toBeVisible();
  await expect(page.getByTestId('checkin-today')).toHaveCount(1);
  await today.getByRole('button', { name: 'Pause breaks' }).click();
  await expect(today.getByRole('status')).toContainText('Breaks are paused.');

  await page.reload();
  await expect(page.getByTestId('checkin-today')).toContainText('discomfort 4 of 10');
  await expect(page.getByTestId('checkin-due')).toHaveCount(0);
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('unslouch.checkins')!));
  expect(stored.at(-1)).toMatchObject({ date: '2026-03-26', discomfort: 4, warnings: { fever: true } });

  await page.getByRole('button', { name: 'Show the check-ins as a table' }).click();
  await expect(
    page.getByRole('table', { name: 'Back discomfort, last 30 days' }).getByRole('row'),
  ).toHaveCount(12);
  await expectNoAxeViolations(page, 'history with the check-in trend table');
  expect(problems).toEqual([]);
});

test('axe-core finds nothing on the history window; screenshots', async ({ page }) => {
  const problems = watchProblems(page);
  await open(page, { checkIn: false });
  await expectNoAxeViolations(page, 'history');
  await page.screenshot({ path: test.info().outputPath('history.png') });
  await page.getByRole('heading', { name: 'At a glance' }).evaluate((h) => h.scrollIntoView());
  await page.screenshot({ path: test.info().outputPath('history-glance.png') });
  await page.screenshot({ path: test.info().outputPath('history-full.png'), fullPage: true });
  expect(problems).toEqual([]);
});
