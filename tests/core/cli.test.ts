import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../electron/core/cli';

describe('command line', () => {
  it.each([
    [
      ['--start-routine', 'upper-back-desk-reset'],
      [{ kind: 'start-routine', routineId: 'upper-back-desk-reset' }],
    ],
    [['--start-routine=mid-back-seated'], [{ kind: 'start-routine', routineId: 'mid-back-seated' }]],
    [['--pause', '30'], [{ kind: 'pause', minutes: 30 }]],
    [['--pause', 'tomorrow'], [{ kind: 'pause', until: 'tomorrow' }]],
    [['--resume'], [{ kind: 'resume' }]],
    [['--skip'], [{ kind: 'skip' }]],
    [['--settings'], [{ kind: 'settings' }]],
    [['--help'], [{ kind: 'help' }]],
    [[], []],
  ])('parses %j', (args, expected) => {
    expect(parseCommandLine(args)).toEqual({ ok: true, value: expected });
  });

  it('ignores the app path and switches Chromium or Playwright add', () => {
    expect(
      parseCommandLine(['.', '--inspect=0', '--remote-debugging-port=0', '--no-sandbox', '--resume']),
    ).toEqual({
      ok: true,
      value: [{ kind: 'resume' }],
    });
  });

  it.each([
    [['--frobnicate'], 'unknown option "--frobnicate"'],
    [['--pause'], '--pause needs a number of minutes'],
    [['--pause', '0'], '--pause: "0" is not a number of minutes from 1 to 1440'],
    [['--pause', 'soon'], '--pause: "soon" is not a number'],
    [['--pause', '1441'], '"1441" is not a number of minutes'],
    [['--start-routine'], '--start-routine needs a routine id'],
    [['--start-routine', 'Bad Id'], '"Bad Id" is not a routine id'],
    [['--resume=now'], '--resume takes no value'],
  ])('rejects %j with a clear message', (args, message) => {
    const result = parseCommandLine(args);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(message);
  });
});
