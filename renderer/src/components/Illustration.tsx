import type { Exercise } from '../catalog';
import { illustrationUrl } from '../catalog';

interface Props {
  exercise: Exercise;
  /**
   * The pose to show, for exercises held in phases (cat-cow: pose i is phase i);
   * null lets the key poses cross-fade in a slow loop.
   */
  current: number | null;
  /** Reduced motion: no cross-fade, no loop — still images only. */
  reduced: boolean;
  /** The player is paused: the loop stops too (WCAG 2.2.2). */
  paused: boolean;
}

/**
 * The exercise's key poses. With motion: a gentle cross-fade between them
 * (CSS, ≥2.5 s a pose, nothing flashes). With reduced motion: the current
 * pose, or all poses side by side, without animation.
 */
export function Illustration({ exercise, current, reduced, paused }: Props) {
  const urls = exercise.illustration.poses.map(illustrationUrl).filter((u): u is string => Boolean(u));
  const alt = exercise.illustration.alt;
  const n = urls.length;
  const classes = ['poses'];
  let shown: (i: number) => boolean = () => true;
  if (n <= 1) classes.push('single');
  else if (current !== null) {
    const at = current % n;
    classes.push('phased');
    shown = (i) => i === at;
  } else if (reduced) classes.push('row', `row-${Math.min(n, 4)}`);
  else classes.push('loop', `loop-${Math.min(n, 4)}`);
  if (paused) classes.push('paused');
  if (reduced) classes.push('still');

  if (n === 0) {
    return (
      <div className="poses missing" role="img" aria-label={alt} data-testid="illustration">
        <span aria-hidden="true">◯</span>
      </div>
    );
  }
  // The first shown image carries the text alternative; the others repeat it visually only.
  const altAt = urls.findIndex((_, i) => shown(i));
  return (
    <div className={classes.join(' ')} data-testid="illustration">
      {urls.map((url, i) => (
        <img
          key={url}
          src={url}
          alt={i === altAt ? alt : ''}
          className={shown(i) ? 'pose is-current' : 'pose'}
          width={160}
          height={160}
          draggable={false}
        />
      ))}
    </div>
  );
}
