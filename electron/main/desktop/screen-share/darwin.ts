/**
 * macOS screen sharing: the menu-bar capture indicator is drawn by the system
 * and no public API or tool reports it (ScreenCaptureKit tells an app only
 * about its own captures), so this is not possible: the settings window says so.
 */
import { unknown, type Reading } from '../types';

export async function readDarwinScreenShare(): Promise<Reading<boolean>> {
  return unknown('unsupported', 'macOS does not tell other apps that the screen is being recorded');
}
