import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { setMessages } from '../../electron/shared/i18n';
import {
  checkInsToCsv,
  csvField,
  historyToCsv,
  toCsv,
  type BreakRecord,
  type CheckIn,
} from '../../electron/core/history';

/** A tiny strict RFC 4180 parser: CRLF records, quoted fields with doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  if (text === '') return rows;
  for (;;) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"' || text[i] === '\n') throw new Error(`bare ${JSON.stringify(text[i])} at ${i}`);
        field += text[i++];
      }
    }
    row.push(field);
    if (text[i] === ',') {
      i++;
      continue;
    }
    if (text.startsWith('\r\n', i)) {
      i += 2;
      rows.push(row);
      row = [];
      if (i === text.length) return rows;
      continue;
    }
    throw new Error(`expected , or CRLF at ${i}`);
  }
}

const rec = (over: Partial<BreakRecord> = {}): BreakRecord => ({
  id: 'r1',
  endedAt: '2026-03-29T09:32:00+02:00',
  startedAt: '2026-03-29T09:30:00+02:00',
  outcome: 'completed',
  trigger: 'prompt',
  routineId: 'shoulder-rolls',
  snoozes: 1,
  secondsMoved: 120,
  ...over,
});

describe('csvField', () => {
  it('quotes fields with commas, quotes and line breaks and doubles quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField(null)).toBe('');
    expect(csvField(true)).toBe('yes');
    expect(csvField(false)).toBe('no');
    expect(csvField(120)).toBe('120');
  });

  it('defuses formula injection with a leading apostrophe', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tcmd')).toBe("'\tcmd");
    expect(csvField('\r=1')).toBe('"\'\r=1"');
    expect(csvField('a=1')).toBe('a=1');
    expect(csvField("'quoted")).toBe("'quoted");
  });

  it('ends every row with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c', null],
      ]),
    ).toBe('a,b\r\nc,\r\n');
    expect(toCsv([])).toBe('');
  });
});

describe('historyToCsv', () => {
  it('says how long a break was held while the person was busy (R11), 0 when never held', () => {
    const rows = historyToCsv([rec({ heldSeconds: 420 }), rec({ id: 'r2' })], 'UTC').split('\r\n');
    expect(rows[0]!.split(',').at(-1)).toBe('held_seconds');
    expect(rows.slice(1, 3).map((row) => row.split(',').at(-1))).toEqual(['420', '0']);
  });

  it('writes a header, local date and time, instants and the fields, oldest first', () => {
    const csv = historyToCsv(
      [
        rec(),
        rec({
          id: 'r0',
          endedAt: '2026-03-28T23:30:00Z',
          startedAt: null,
          outcome: 'natural',
          trigger: 'idle',
          routineId: null,
          snoozes: 0,
          secondsMoved: 0,
        }),
      ],
      'Europe/Berlin',
    );
    expect(csv).toBe(
      'date,time,ended_at,started_at,outcome,trigger,routine,snoozes,seconds_moved,routine_title,outcome_shown,ended_local,started_local,held_seconds\r\n' +
        '2026-03-29,00:30:00,2026-03-28T23:30:00Z,,natural,idle,,0,0,,natural,2026-03-29T00:30:00+01:00,,0\r\n' +
        '2026-03-29,09:32:00,2026-03-29T09:32:00+02:00,2026-03-29T09:30:00+02:00,completed,prompt,shoulder-rolls,1,120,' +
        'shoulder-rolls,completed,2026-03-29T09:32:00+02:00,2026-03-29T09:30:00+02:00,0\r\n',
    );
    expect(historyToCsv([], 'UTC')).toBe(
      'date,time,ended_at,started_at,outcome,trigger,routine,snoozes,seconds_moved,routine_title,outcome_shown,ended_local,started_local,held_seconds\r\n',
    );
  });

  it('carries the routine title and the outcome as the window shows them, and local times with their offset', () => {
    const rows = parseCsv(
      historyToCsv(
        [rec({ endedAt: '2026-07-01T08:02:00Z', startedAt: '2026-07-01T08:00:00Z' })],
        'Europe/London',
        {
          routineTitle: (id) => (id === 'shoulder-rolls' ? 'Shoulder rolls, gently' : '?'),
          outcome: (o) => (o === 'completed' ? 'Completed' : o),
        },
      ),
    );
    expect(rows[1]!.slice(9)).toEqual([
      'Shoulder rolls, gently',
      'Completed',
      '2026-07-01T09:02:00+01:00',
      '2026-07-01T09:00:00+01:00',
      '0',
    ]);
  });

  it('uses the zone for the local columns', () => {
    const rows = parseCsv(historyToCsv([rec({ endedAt: '2026-10-25T00:30:00Z' })], 'America/New_York'));
    expect(rows[1]!.slice(0, 3)).toEqual(['2026-10-24', '20:30:00', '2026-10-25T00:30:00Z']);
  });

  it('survives hostile routine ids and round-trips through a parser', () => {
    const rows = parseCsv(
      historyToCsv([rec({ routineId: '=cmd|"/c calc"!A1,\r\nx' }), rec({ routineId: '@evil' })], 'UTC'),
    );
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.length === 14)).toBe(true);
    expect(rows[1]![6]).toBe('\'=cmd|"/c calc"!A1,\r\nx');
    expect(rows[2]![6]).toBe("'@evil");
  });

  it('round-trips any routine id (property)', () => {
    const id = fc.string({
      unit: fc.constantFrom('a', 'z', '-', ',', '"', '\r', '\n', '=', '+', '@', '\t', ' ', "'", 'é'),
      maxLength: 20,
    });
    fc.assert(
      fc.property(fc.array(id, { minLength: 1, maxLength: 5 }), (ids) => {
        const records = ids.map((routineId, i) =>
          rec({ id: `r${i}`, routineId, endedAt: `2026-03-23T10:${String(i).padStart(2, '0')}:00Z` }),
        );
        const rows = parseCsv(historyToCsv(records, 'UTC'));
        expect(rows).toHaveLength(ids.length + 1);
        rows.slice(1).forEach((row, i) => {
          const original = ids[i]!;
          expect(row[6]).toBe(/^[=+\-@\t\r]/.test(original) ? `'${original}` : original);
          expect(row[7]).toBe('1');
          expect(row[8]).toBe('120');
        });
      }),
      { numRuns: 200 },
    );
  });
});

describe('checkInsToCsv', () => {
  it('writes one row per check-in with yes/no warnings, oldest first', () => {
    const c = (date: string, discomfort: number, fever: boolean): CheckIn => ({
      id: date,
      date,
      at: `${date}T08:15:00+02:00`,
      discomfort,
      warnings: { legs: false, bladderBowel: false, fever, lyingDown: false },
    });
    const csv = checkInsToCsv([c('2026-04-14', 3, true), c('2026-04-13', 5, false)]);
    expect(csv).toBe(
      'date,at,discomfort_0_none_10_worst,legs,bladder_bowel,fever,lying_down\r\n' +
        '2026-04-13,2026-04-13T08:15:00+02:00,5,no,no,no,no\r\n' +
        '2026-04-14,2026-04-14T08:15:00+02:00,3,no,no,yes,no\r\n',
    );
    expect(parseCsv(csv)).toHaveLength(3);
  });
});

describe('CSV in any language', () => {
  it('keeps ISO instants and plain numbers whatever the formatting locale', () => {
    const records = [
      rec({ endedAt: '2026-03-26T09:30:00Z', startedAt: '2026-03-26T09:05:00Z', secondsMoved: 1500 }),
    ];
    const checkIns: CheckIn[] = [
      {
        id: 'c1',
        date: '2026-03-26',
        at: '2026-03-26T18:00:00Z',
        discomfort: 5,
        warnings: { legs: false, bladderBowel: false, fever: false, lyingDown: false },
      },
    ];
    const english = [historyToCsv(records, 'Europe/Berlin'), checkInsToCsv(checkIns)];
    try {
      for (const locale of ['de', 'ar-EG', 'fr']) {
        setMessages(locale, {});
        expect([historyToCsv(records, 'Europe/Berlin'), checkInsToCsv(checkIns)]).toEqual(english);
      }
    } finally {
      setMessages('en', {});
    }
    const row = parseCsv(english[0]!)[1]!;
    expect(row.slice(0, 4)).toEqual([
      '2026-03-26',
      '10:30:00',
      '2026-03-26T09:30:00Z',
      '2026-03-26T09:05:00Z',
    ]);
    expect(row[8]).toBe('1500');
    expect(row[11]).toBe('2026-03-26T10:30:00+01:00');
  });
});
