import { renderText } from '../../electron/shared/i18n';
import { describe, expect, it } from 'vitest';
import { CLI_USAGE, launchOf, parseCommandLine, secondInstanceCommands } from '../../electron/core/cli';

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
    [['--resume=now'], '--resume takes no value (got "now")'],
    [['--pause', 'x'.repeat(100_000)], '--pause: "xxxxxxxx'],
  ])('rejects %j with a clear message', (args, message) => {
    const result = parseCommandLine(args);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(renderText(result.error)).toContain(message);
  });

  it('quotes an oversized bad value truncated', () => {
    const result = parseCommandLine(['--pause', 'x'.repeat(100_000)]);
    expect(!result.ok && renderText(result.error).length).toBeLessThan(200);
  });
});

describe('commands from a second instance', () => {
  it("takes forwarded commands that pass the parser's own schema", () => {
    expect(
      secondInstanceCommands({ commands: [{ kind: 'pause', minutes: 30 }, { kind: 'skip' }] }, []),
    ).toEqual({
      ok: true,
      value: [{ kind: 'pause', minutes: 30 }, { kind: 'skip' }],
    });
  });

  it.each([
    [{ commands: [{ kind: 'pause', minutes: 'abc' }] }, /commands\[0\]/],
    [{ commands: [{ kind: 'pause', minutes: 1e12 }] }, /commands\[0\]/],
    [
      { commands: [{ kind: 'start-routine', routineId: '../../etc' }] },
      /commands\[0\]\.routineId: ‘..\/..\/etc’ must be a routine id \(lower-case words joined by "-"\)\./,
    ],
    [{ commands: [{ kind: 'format-disk' }] }, /commands\[0\]/],
    [{ commands: 'resume' }, /commands: ‘resume’ must be a list/],
    [{ commands: Array.from({ length: 1000 }, () => ({ kind: 'skip' })) }, /too many commands/],
    [{ commands: [], extra: 1 }, /unknown field "extra"/],
    ['text', /not valid/],
  ])('refuses %j, saying why in one line', (data, message) => {
    const result = secondInstanceCommands(data, ['/usr/bin/unslouch']);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(renderText(result.error)).toMatch(message);
      expect(renderText(result.error)).not.toMatch(/\n/);
      expect(renderText(result.error).length).toBeLessThan(300);
    }
  });

  it('without forwarded data, parses argv; invalid arguments are an error, not "open Settings"', () => {
    expect(secondInstanceCommands(null, ['/usr/bin/unslouch', '--resume'])).toEqual({
      ok: true,
      value: [{ kind: 'resume' }],
    });
    expect(secondInstanceCommands(undefined, ['/usr/bin/unslouch'])).toEqual({ ok: true, value: [] });
    expect(secondInstanceCommands(null, ['/usr/bin/unslouch', '--pause', 'abc'])).toMatchObject({
      ok: false,
    });
  });
});

describe('what a start does with its arguments', () => {
  it('bad arguments: the problem on stderr and exit 2', () => {
    const launch = launchOf(['--pause', 'soon']);
    expect(launch).toMatchObject({ kind: 'say', to: 'stderr', exitCode: 2 });
    if (launch.kind === 'say') expect(renderText(launch.text)).toMatch(/--pause/);
  });

  it('--help: the usage on stdout and exit 0, even with other commands', () => {
    expect(launchOf(['--settings', '--help'])).toEqual({
      kind: 'say',
      text: CLI_USAGE,
      to: 'stdout',
      exitCode: 0,
    });
  });

  it('otherwise runs, with the commands for the running app', () => {
    expect(launchOf(['.', '--skip'])).toEqual({ kind: 'run', commands: [{ kind: 'skip' }] });
    expect(launchOf([])).toEqual({ kind: 'run', commands: [] });
  });
});
