/**
 * macOS call: whether another app is using the camera or microphone is known
 * only to CoreMediaIO / CoreAudio ("device is running somewhere"), C APIs no
 * system tool prints and a pure-JS app cannot call without a native addon, so
 * this is not possible here: the settings window says so.
 */
import { unknown, type Reading } from '../types';

export async function readDarwinCall(): Promise<Reading<boolean>> {
  return unknown('unsupported', 'macOS offers no tool that tells whether the camera or microphone is in use');
}
