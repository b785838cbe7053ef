/**
 * "The screen is being shared", where a system says so. Pure.
 */
import { garbage, parsed, quote, type Parsed } from '../types';

interface PwObject {
  type?: string;
  info?: { state?: string; props?: Record<string, unknown> };
}

/**
 * Linux/PipeWire: `pw-dump` prints every object as JSON. A screen cast
 * (xdg-desktop-portal's ScreenCast, served by Mutter, KWin or wlroots) is a
 * `Video/Source` node that is not a camera (no `device.api`), and a session
 * that is being watched has it in state "running".
 */
export function parseScreenCastNodes(stdout: string): Parsed<string[]> {
  const text = stdout.trim();
  if (text === '') return parsed([]);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return garbage(`pw-dump output is not JSON: ${quote(text)}`);
  }
  if (!Array.isArray(json)) return garbage('pw-dump output is not a list');
  return parsed(
    (json as PwObject[])
      .filter(
        (o) =>
          o?.type === 'PipeWire:Interface:Node' &&
          o.info?.props?.['media.class'] === 'Video/Source' &&
          o.info.props['device.api'] === undefined &&
          o.info.state === 'running',
      )
      .map((o) => String(o.info?.props?.['node.name'] ?? 'screen cast')),
  );
}
