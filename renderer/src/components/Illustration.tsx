import { useEffect, useRef, useState } from 'react';
import type { Exercise } from '../catalog';
import { illustrationUrl, loadMotion, type Motion } from '../catalog';

interface Props {
  exercise: Exercise;
  /**
   * The key pose to show (pose i of the illustration): for "follow" motion and
   * phased holds, the pose the player is in; null lets the poses loop.
   */
  current: number | null;
  /** Reduced motion: no movement at all — the key poses side by side, numbered 1 → 2. */
  reduced: boolean;
  /** The player is paused: the movement stops too (WCAG 2.2.2). */
  paused: boolean;
  /** The right side of a sided exercise: the picture is mirrored. */
  mirrored?: boolean;
  /** The other direction of a circling movement: the loop runs backwards. */
  reverse?: boolean;
}

/**
 * The exercise's picture. Still SVG files paint first; for exercises with a
 * movement (`illustration.motion`), the key frames are loaded lazily and drawn
 * inline, moving smoothly: "loop" with the Web Animations API (backwards for
 * the other direction), "follow" with a CSS transition of the paths' `d` when
 * the player changes pose. Paused with the player. Under reduced motion
 * nothing moves and the key poses stand side by side, numbered.
 */
export function Illustration({
  exercise,
  current,
  reduced,
  paused,
  mirrored = false,
  reverse = false,
}: Props) {
  const urls = exercise.illustration.poses.map(illustrationUrl).filter((u): u is string => Boolean(u));
  const alt = exercise.illustration.alt;
  const n = urls.length;
  const motionKind = exercise.illustration.motion;
  const motion = useMotion(reduced || !motionKind ? null : exercise.id);
  const mirror = mirrored ? ' is-mirrored' : '';

  if (n === 0) {
    return (
      <div className="poses missing" role="img" aria-label={alt} data-testid="illustration">
        <span aria-hidden="true">◯</span>
      </div>
    );
  }

  if (reduced && n > 1) {
    const at = current === null ? null : current % n;
    return (
      <ol className={`poses row numbered row-${Math.min(n, 4)}${mirror}`} data-testid="illustration">
        {urls.map((url, i) => (
          <li key={url} className={at === i ? 'key-pose is-current' : 'key-pose'}>
            <img src={url} alt={i === 0 ? alt : ''} width={160} height={160} draggable={false} />
            <span className="pose-number" aria-hidden="true">
              {i + 1}
            </span>
          </li>
        ))}
      </ol>
    );
  }

  if (motion && motionKind && !reduced) {
    return (
      <MovingPoses
        motion={motion}
        kind={motionKind}
        pose={current ?? 0}
        paused={paused}
        reverse={reverse}
        alt={alt}
        className={`poses moving${mirror}`}
      />
    );
  }

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
  // The first shown image carries the text alternative; the others repeat it visually only.
  const altAt = urls.findIndex((_, i) => shown(i));
  return (
    <div className={classes.join(' ') + mirror} data-testid="illustration">
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

/** The exercise's motion frames, loaded on first use (null until then, and for none). */
function useMotion(exerciseId: string | null): Motion | null {
  const [loaded, setLoaded] = useState<{ id: string; motion: Motion } | null>(null);
  useEffect(() => {
    if (!exerciseId) return;
    let live = true;
    void loadMotion(exerciseId).then((motion) => {
      if (live && motion) setLoaded({ id: exerciseId, motion });
    });
    return () => {
      live = false;
    };
  }, [exerciseId]);
  return loaded && loaded.id === exerciseId ? loaded.motion : null;
}

const svgPath = (d: string) => `path("${d}")`;

function MovingPoses(props: {
  motion: Motion;
  kind: 'loop' | 'follow';
  pose: number;
  paused: boolean;
  reverse: boolean;
  alt: string;
  className: string;
}) {
  const { motion, kind, pose, paused, reverse, alt, className } = props;
  const svg = useRef<SVGSVGElement>(null);
  const frames = motion.frames;
  const shown = kind === 'follow' ? frames[Math.min(pose, frames.length - 1)]! : frames[0]!;

  // The loop: every path that changes runs through the key frames and back to the first.
  useEffect(() => {
    const root = svg.current;
    if (kind !== 'loop' || !root || typeof root.animate !== 'function') return;
    const paths = [...root.querySelectorAll<SVGPathElement>('path[data-part]')];
    const running = paths.flatMap((el) => {
      const i = Number(el.dataset.part);
      const ds = frames.map((f) => f[i]!.d);
      if (ds.every((d) => d === ds[0])) return [];
      return [
        el.animate(
          [...ds, ds[0]!].map((d) => ({ d: svgPath(d) })),
          {
            duration: motion.periodMs,
            iterations: Infinity,
            easing: 'linear',
            direction: reverse ? 'reverse' : 'normal',
          },
        ),
      ];
    });
    return () => running.forEach((a) => a.cancel());
  }, [kind, frames, motion.periodMs, reverse]);

  // Pausing the player pauses every movement in the picture (loop and transitions alike).
  useEffect(() => {
    const root = svg.current;
    if (!root || typeof root.getAnimations !== 'function') return;
    for (const a of root.getAnimations({ subtree: true })) {
      if (paused) a.pause();
      else if (a.playState === 'paused') a.play();
    }
  }, [paused, pose, kind, reverse]);

  return (
    <div className={`${className}${paused ? ' paused' : ''}`} data-testid="illustration" data-motion={kind}>
      <svg ref={svg} viewBox="0 0 160 160" width={160} height={160} role="img" aria-label={alt}>
        <rect width="160" height="160" rx="12" fill="#ffffff" />
        <g transform={motion.transform}>
          {shown.map((part, i) => (
            <path
              key={i}
              data-part={i}
              d={part.d}
              fill={part.fill ?? 'none'}
              stroke={part.stroke ?? 'none'}
              strokeWidth={part.width}
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          ))}
        </g>
      </svg>
    </div>
  );
}
