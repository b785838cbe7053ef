import { useEffect, useReducer, useState, type ComponentType } from 'react';
import { useSettings } from './hooks/useSettings';
import { useReducedMotion } from './hooks/useReducedMotion';
import { onLanguageChange, t, type MessageKey } from '../../electron/shared/i18n';
import { loadViewWords } from '../../electron/shared/i18n/load';
import { chosenLanguage, showLanguage } from './language';
import { findRoutine } from './catalog';
import type { Settings } from '../../electron/core/settings/schema';
import { LibraryView } from './views/LibraryView';
import { PlayerView } from './views/PlayerView';
import { PromptView } from './views/PromptView';

/**
 * The settings and history windows use the settings schema (zod), the break
 * engine and Temporal; they load as their own chunks so the prompt and the
 * player, which must paint fast, never download or parse them. (A plain
 * effect rather than React.lazy: Suspense reveals content on a timer, which a
 * paused test clock would hold back.)
 */
const withWords = <T,>(view: Promise<T>) => Promise.all([view, loadViewWords()]).then(([m]) => m);
const loadSettingsView = () => withWords(import('./views/SettingsView')).then((m) => m.SettingsView);
const loadHistoryView = () => withWords(import('./views/HistoryView')).then((m) => m.HistoryView);
const loadWelcomeView = () => withWords(import('./views/WelcomeView')).then((m) => m.WelcomeView);

function Deferred({ load }: { load: () => Promise<ComponentType> }) {
  const [View, setView] = useState<ComponentType | null>(null);
  useEffect(() => {
    let live = true;
    void load().then((component) => {
      if (live) setView(() => component);
    });
    return () => {
      live = false;
    };
  }, [load]);
  if (View) return <View />;
  return (
    <main className="page">
      <p>{t('app.loading')}</p>
    </main>
  );
}

export type Route =
  | { view: 'prompt' }
  | { view: 'routine'; id: string; trigger: 'prompt' | 'on-demand' }
  | { view: 'routines' }
  | { view: 'settings' }
  | { view: 'history' }
  | { view: 'welcome' }
  | { view: 'not-found'; path: string };

/** `#/routine/<id>?trigger=prompt` → a route; an empty hash is the settings view. */
export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/settings';
  const [path = '', query = ''] = raw.split('?');
  const parts = path.split('/').filter(Boolean);
  const params = new URLSearchParams(query);
  if (parts.length === 1) {
    if (parts[0] === 'prompt') return { view: 'prompt' };
    if (parts[0] === 'routines') return { view: 'routines' };
    if (parts[0] === 'settings') return { view: 'settings' };
    if (parts[0] === 'history') return { view: 'history' };
    if (parts[0] === 'welcome') return { view: 'welcome' };
  }
  if (parts.length === 2 && parts[0] === 'routine') {
    const trigger = params.get('trigger') === 'prompt' ? 'prompt' : 'on-demand';
    return { view: 'routine', id: decodeURIComponent(parts[1]!), trigger };
  }
  return { view: 'not-found', path: raw };
}

const TITLES: Record<Exclude<Route['view'], 'routine' | 'not-found'>, MessageKey> = {
  prompt: 'prompt.windowTitle',
  routines: 'library.windowTitle',
  settings: 'settings.windowTitle',
  history: 'history.windowTitle',
  welcome: 'welcome.windowTitle',
};

function titleOf(route: Route, settings: Settings | null): string {
  if (route.view === 'routine') {
    const routine = findRoutine(route.id, settings?.routines.custom)?.routine;
    return routine ? t('player.windowTitle', { title: routine.title }) : t('app.name');
  }
  if (route.view === 'not-found') return t('app.name');
  return t(TITLES[route.view]);
}

export function App() {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onHash = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const settings = useSettings();
  const reduced = useReducedMotion(settings?.app.reducedMotion);
  // No motion at all until the settings say whether motion is welcome.
  const loaded = settings !== null;
  useEffect(() => {
    document.documentElement.classList.toggle('motion-reduce', !loaded || reduced);
    document.documentElement.classList.toggle('motion-full', loaded && !reduced);
  }, [loaded, reduced]);
  // A forced theme (app.theme); 'system' leaves it to prefers-color-scheme, which
  // Electron's nativeTheme.themeSource also drives in the app's windows.
  const theme = settings?.app.theme ?? 'system';
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  // The language follows the settings at once; every view redraws in it (no remount: a routine keeps going).
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  useEffect(() => onLanguageChange(redraw), []);
  const language = loaded ? chosenLanguage(settings.app.language) : null;
  const languageKey = language ? `${language.tag}|${language.locale}` : null;
  useEffect(() => {
    if (language) void showLanguage(language);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key says when the language changed
  }, [languageKey]);

  const title = titleOf(route, settings);
  useEffect(() => {
    document.title = title;
  }, [title]);

  switch (route.view) {
    case 'prompt':
      return <PromptView />;
    case 'routine':
      return <PlayerView key={`${route.id}?${route.trigger}`} routineId={route.id} />;
    case 'routines':
      return <LibraryView />;
    case 'settings':
      return <Deferred key="settings" load={loadSettingsView} />;
    case 'history':
      return <Deferred key="history" load={loadHistoryView} />;
    case 'welcome':
      return <Deferred key="welcome" load={loadWelcomeView} />;
    case 'not-found':
      return (
        <main className="page">
          <h1>{t('app.notFound.title')}</h1>
          <p>
            {t('app.notFound.body', { route: route.path })} <a href="#/routines">{t('app.notFound.link')}</a>
          </p>
        </main>
      );
  }
}
