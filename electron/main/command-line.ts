/** What a start that only says something does (bad arguments, --help): say it in the system's language, then exit. */
import { app } from 'electron';
import type { Launch } from '../core/cli';
import { renderText } from '../shared/i18n';
import { applyLanguage } from './language';

export function sayAndExit(say: Extract<Launch, { kind: 'say' }>, log: (message: string) => void): void {
  void applyLanguage('system', log).finally(() => {
    const words = renderText(say.text);
    if (say.to === 'stderr') console.error(`unslouch: ${words}`);
    else console.log(words);
    app.exit(say.exitCode);
  });
}
