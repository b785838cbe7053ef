/**
 * The settings window: work hours (ranges per weekday, days off, a switch to
 * ignore them), a preview of the day's breaks from the real engine, break
 * timing, app behaviour, the check-in, and backup (export / import).
 *
 * Saving: as you go (see ./settings/useSettingsForm.ts). Every valid change is
 * saved on its own and "Saved." appears in the status line at the bottom; an
 * invalid value is shown next to its field and never saved.
 */
import { LANGUAGES, languageName, matchLanguage } from '../../../electron/shared/i18n/languages';
import { ROUTINES } from '../catalog';
import { t } from '../../../electron/shared/i18n';
import { chimeLevel } from '../../../electron/core/settings';
import { playChime } from '../player/sound';
import { BackupSection } from './settings/BackupSection';
import { BreaksPreview } from './settings/BreaksPreview';
import { BusySection } from './settings/BusySection';
import { DaysOffEditor } from './settings/DaysOffEditor';
import type { Unit } from './settings/draft';
import { NumberField, SwitchField, FieldProblems } from './settings/fields';
import { ShortcutRecorder } from './settings/ShortcutRecorder';
import { useSettingsForm } from './settings/useSettingsForm';
import { useState } from 'react';
import { WorkHoursEditor } from './settings/WorkHoursEditor';
import { RotationField } from './settings/RotationField';
import { ErrorList } from '../components/ErrorList';

const REDUCED_MOTION = ['system', 'always', 'never'] as const;
const THEMES = ['system', 'light', 'dark'] as const;

export function SettingsView() {
  const form = useSettingsForm();
  const { saved, draft, checked, loadError } = form;
  const [previewDate, setPreviewDate] = useState<string | null>(null);

  if (!saved || !draft) {
    return (
      <main className="page settings" aria-labelledby="settings-title">
        <h1 id="settings-title">{t('settings.heading')}</h1>
        {loadError.length > 0 ? <ErrorList errors={loadError} /> : <p>{t('app.loading')}</p>}
      </main>
    );
  }

  const number = (unit: Unit, id: string, value: string) => ({
    id,
    value,
    problems: form.problems(unit),
    onEdit: (v: string) => form.edit(unit, v, 'typed'),
    onCommit: () => form.commit(unit),
  });

  return (
    <main className="page settings" aria-labelledby="settings-title">
      {/* The form scrolls above a footer that stays in view without covering any control. */}
      <div className="settings-body">
        <h1 id="settings-title">{t('settings.heading')}</h1>
        <p className="lead">{t('settings.lead')}</p>

        <section className="settings-section" aria-labelledby="hours-title">
          <h2 id="hours-title">{t('settings.hours.heading')}</h2>
          <SwitchField
            id="work-hours-enabled"
            label={t('settings.hours.enabled')}
            help={
              draft.workHours.enabled ? t('settings.hours.enabledHelp') : t('settings.hours.disabledHelp')
            }
            checked={draft.workHours.enabled}
            problems={form.problems('workHours.enabled')}
            onChange={(v) => form.edit('workHours.enabled', v, 'now')}
          />
          <p className="help">{t('settings.hours.help')}</p>
          <WorkHoursEditor
            days={draft.workHours.days}
            problems={form.problems('workHours.days')}
            onChange={(days, mode) => form.edit('workHours.days', days, mode)}
            onCommit={() => form.commit('workHours.days')}
          />
          <DaysOffEditor
            daysOff={draft.workHours.daysOff}
            problems={form.problems('workHours.daysOff')}
            onChange={(list) => form.edit('workHours.daysOff', list, 'now')}
            onPreview={(date) => {
              setPreviewDate(date);
              document.getElementById('preview-title')?.scrollIntoView?.({ block: 'nearest' });
            }}
          />
        </section>

        <BreaksPreview
          settings={checked?.settings ?? null}
          date={previewDate}
          onDateChange={setPreviewDate}
        />

        <section className="settings-section" aria-labelledby="breaks-title">
          <h2 id="breaks-title">{t('settings.breaks.heading')}</h2>
          <div className="field-grid">
            <NumberField
              {...number('breaks.everyMinutes', 'every-minutes', draft.breaks.everyMinutes)}
              label={t('settings.everyMinutes')}
              min={5}
              max={240}
              help={
                <>
                  {t('settings.everyMinutesHelp')}{' '}
                  <span className="saved-value">
                    {t('settings.savedValue')}{' '}
                    <strong data-testid="current-interval">{saved.breaks.everyMinutes}</strong>
                  </span>
                </>
              }
            />
            <NumberField
              {...number('breaks.noticeSeconds', 'notice-seconds', draft.breaks.noticeSeconds)}
              label={t('settings.noticeSeconds')}
              min={0}
              max={300}
              help={t('settings.noticeSecondsHelp')}
            />
            <NumberField
              {...number('breaks.snoozeMinutes', 'snooze-minutes', draft.breaks.snoozeMinutes)}
              label={t('settings.snoozeMinutes')}
              min={1}
              max={60}
              help={t('settings.snoozeMinutesHelp')}
            />
            <NumberField
              {...number('breaks.maxSnoozes', 'max-snoozes', draft.breaks.maxSnoozes)}
              label={t('settings.maxSnoozes')}
              min={0}
              max={10}
              help={t('settings.maxSnoozesHelp')}
            />
            <NumberField
              {...number('idle.naturalBreakMinutes', 'natural-minutes', draft.idle.naturalBreakMinutes)}
              label={t('settings.naturalMinutes')}
              min={1}
              max={60}
              help={t('settings.naturalMinutesHelp')}
            />
            <NumberField
              {...number('app.dailyGoal', 'daily-goal', draft.app.dailyGoal)}
              label={t('settings.dailyGoal')}
              min={1}
              max={20}
              help={t('settings.dailyGoalHelp')}
            />
          </div>
          <div className="field">
            <label htmlFor="routine">{t('settings.routine')}</label>
            <select
              id="routine"
              value={draft.breaks.routine}
              aria-describedby={
                form.problems('breaks.routine').length ? 'routine-help routine-error' : 'routine-help'
              }
              onChange={(e) => form.edit('breaks.routine', e.target.value, 'now')}
            >
              <option value="rotate">{t('settings.routine.rotate')}</option>
              {draft.breaks.routine !== 'rotate' &&
              !ROUTINES.some((r) => r.id === draft.breaks.routine) &&
              !draft.routines.custom.some((r) => r.id === draft.breaks.routine) ? (
                <option value={draft.breaks.routine}>
                  {t('settings.routine.unknown', { id: draft.breaks.routine })}
                </option>
              ) : null}
              {ROUTINES.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.setting === 'floor' ? t('prompt.floorSuffix', { title: r.title }) : r.title}
                </option>
              ))}
              {draft.routines.custom.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </select>
            <p id="routine-help" className="help">
              {t('settings.routineHelp')}
            </p>
            <FieldProblems id="routine-error" problems={form.problems('breaks.routine')} />
          </div>
          {draft.breaks.routine === 'rotate' ? (
            <RotationField
              chosen={draft.breaks.rotation}
              own={draft.routines.custom}
              problems={form.problems('breaks.rotation')}
              onChange={(next) => form.edit('breaks.rotation', next, 'now')}
            />
          ) : null}
          <SwitchField
            id="include-floor"
            label={t('settings.includeFloor')}
            help={
              draft.breaks.routine === 'rotate'
                ? t('settings.includeFloorHelp')
                : t('settings.includeFloorHelpFixed')
            }
            checked={draft.breaks.includeFloor}
            problems={form.problems('breaks.includeFloor')}
            onChange={(v) => form.edit('breaks.includeFloor', v, 'now')}
          />
        </section>

        <section className="settings-section" aria-labelledby="app-title">
          <h2 id="app-title">{t('settings.app.heading')}</h2>
          <SwitchField
            id="sounds"
            label={t('settings.sounds')}
            help={t('settings.soundsHelp')}
            checked={draft.app.sounds}
            problems={form.problems('app.sounds')}
            onChange={(v) => form.edit('app.sounds', v, 'now')}
          />
          <SwitchField
            id="chime"
            label={t('settings.chime')}
            help={t('settings.chimeHelp')}
            checked={draft.app.chime}
            problems={form.problems('app.chime')}
            onChange={(v) => form.edit('app.chime', v, 'now')}
          />
          {draft.app.chime ? (
            <div className="inline chime-volume">
              <NumberField
                {...number('app.chimeVolume', 'chime-volume', draft.app.chimeVolume)}
                label={t('settings.chimeVolume')}
                min={0}
                max={100}
                help={t('settings.chimeVolumeHelp')}
              />
              <button
                type="button"
                className="secondary small"
                onClick={() => {
                  const level = chimeLevel(saved.app);
                  if (level !== null) playChime('break', level);
                }}
              >
                {t('settings.chimeTry')}
              </button>
            </div>
          ) : null}
          <SwitchField
            id="start-at-login"
            label={t('settings.startAtLogin')}
            checked={draft.app.startAtLogin}
            problems={form.problems('app.startAtLogin')}
            onChange={(v) => form.edit('app.startAtLogin', v, 'now')}
          />
          <ShortcutRecorder
            value={draft.app.globalShortcut}
            problems={form.problems('app.globalShortcut')}
            onChange={(v) => form.edit('app.globalShortcut', v, 'now')}
          />
          <fieldset className="field choices">
            <legend>{t('settings.reducedMotion')}</legend>
            {REDUCED_MOTION.map((value) => (
              <label key={value} className="choice">
                <input
                  type="radio"
                  name="reduced-motion"
                  value={value}
                  checked={draft.app.reducedMotion === value}
                  onChange={() => form.edit('app.reducedMotion', value, 'now')}
                />{' '}
                {t(`settings.reducedMotion.${value}`)}
              </label>
            ))}
            <FieldProblems id="reduced-motion-error" problems={form.problems('app.reducedMotion')} />
          </fieldset>
          <div className="field">
            <label htmlFor="language">{t('settings.language')}</label>
            <select
              id="language"
              value={draft.app.language}
              aria-describedby="language-help"
              onChange={(e) => form.edit('app.language', e.target.value as typeof draft.app.language, 'now')}
            >
              <option value="system">
                {t('settings.language.system', {
                  language: languageName(matchLanguage(navigator.languages)),
                })}
              </option>
              {LANGUAGES.map((l) => (
                <option key={l.tag} value={l.tag} lang={l.tag}>
                  {l.name}
                </option>
              ))}
            </select>
            <p id="language-help" className="help">
              {t('settings.languageHelp')}
            </p>
            <FieldProblems id="language-error" problems={form.problems('app.language')} />
          </div>
          <fieldset className="field choices">
            <legend>{t('theme.setting')}</legend>
            {THEMES.map((value) => (
              <label key={value} className="choice">
                <input
                  type="radio"
                  name="theme"
                  value={value}
                  checked={draft.app.theme === value}
                  onChange={() => form.edit('app.theme', value, 'now')}
                />{' '}
                {t(`theme.setting.${value}`)}
              </label>
            ))}
            <FieldProblems id="theme-error" problems={form.problems('app.theme')} />
          </fieldset>
          <SwitchField
            id="manual-advance"
            label={t('settings.manualAdvance')}
            help={t('settings.manualAdvanceHelp')}
            checked={draft.app.manualAdvance}
            problems={form.problems('app.manualAdvance')}
            onChange={(v) => form.edit('app.manualAdvance', v, 'now')}
          />
          <SwitchField
            id="letter-shortcuts"
            label={t('settings.letterShortcuts')}
            help={t('settings.letterShortcutsHelp')}
            checked={draft.app.letterShortcuts}
            problems={form.problems('app.letterShortcuts')}
            onChange={(v) => form.edit('app.letterShortcuts', v, 'now')}
          />
        </section>

        <section className="settings-section" aria-labelledby="checkin-settings-title">
          <h2 id="checkin-settings-title">{t('settings.checkIn.heading')}</h2>
          <SwitchField
            id="check-in"
            label={t('settings.checkIn')}
            help={t('settings.checkInHelp')}
            checked={draft.app.checkIn}
            problems={form.problems('app.checkIn')}
            onChange={(v) => form.edit('app.checkIn', v, 'now')}
          />
          <p>
            <a href="#/history">{t('settings.openHistory')}</a>
          </p>
        </section>

        <BusySection busy={(saved as { busy?: unknown }).busy} />
        <BackupSection saved={saved} onImported={(s, status) => form.replace(s, status)} />
      </div>

      <footer className="settings-footer">
        <p role="status" className="status" data-testid="settings-status">
          {form.status}
        </p>
        <nav className="footer-links" aria-label={t('settings.footerNav')}>
          <a href="#/history">{t('settings.historyLink')}</a>
          <a href="#/routines">{t('settings.routinesLink')}</a>
        </nav>
      </footer>
    </main>
  );
}
