import { t } from '../../../../electron/shared/i18n';
import type { DesktopOs } from './first-break';

/** The Unslouch tray icon, drawn small: the seated figure on its green plate (resources/tray/active.png). */
function Icon({ x, y }: { x: number; y: number }) {
  return (
    <g transform={`translate(${x} ${y})`} className="tray-pic-icon">
      <rect width="20" height="20" rx="4" className="tray-pic-plate" />
      <circle cx="10" cy="4.5" r="2.2" className="tray-pic-figure" />
      <path
        d="M10 7.5 V13 M10 9.5 L6.5 12 M10 9.5 L13.5 12 M10 13 L7 17.5 M10 13 L13 17.5"
        className="tray-pic-limbs"
      />
    </g>
  );
}

/** Where the icon sits on this desktop: a sketch of the menu bar, taskbar or top bar, the icon ringed. */
export function TrayPicture({ os }: { os: DesktopOs }) {
  const bottom = os === 'windows';
  const barY = bottom ? 100 : 16;
  const iconX = os === 'mac' ? 196 : os === 'windows' ? 226 : 214;
  const iconY = barY + 4;
  return (
    <svg
      className="tray-picture"
      viewBox="0 0 320 144"
      role="img"
      aria-label={t(`welcome.tray.picture.${os}`)}
      data-testid="tray-picture"
    >
      <rect x="1" y="1" width="318" height="142" rx="8" className="tray-pic-screen" />
      <rect x="0" y={barY} width="320" height="28" className="tray-pic-bar" />
      {/* other status icons and the clock */}
      <rect x={iconX + 28} y={iconY + 6} width="12" height="8" rx="2" className="tray-pic-other" />
      <rect x={iconX + 48} y={iconY + 5} width="36" height="10" rx="2" className="tray-pic-other" />
      {os === 'windows' ? (
        <path d={`M${iconX - 18} ${iconY + 13} l5 -6 l5 6`} className="tray-pic-arrow" />
      ) : null}
      {os === 'mac' ? (
        <rect x="10" y={barY + 7} width="14" height="14" rx="3" className="tray-pic-other" />
      ) : null}
      <Icon x={iconX} y={iconY} />
      <circle cx={iconX + 10} cy={iconY + 10} r="17" className="tray-pic-ring" />
      <path
        d={bottom ? `M${iconX + 10} ${iconY - 10} v-34` : `M${iconX + 10} ${iconY + 30} v34`}
        className="tray-pic-pointer"
      />
    </svg>
  );
}
