/**
 * Routine catalog types. The data lives in resources/routines/ and is
 * validated by ./schema.ts; schema.ts checks at compile time that its inferred
 * types and these stay in step (edit both together).
 */
export type BodyArea = 'upper-back' | 'mid-back' | 'lower-back' | 'neck' | 'hips' | 'legs';
export type Position = 'seated' | 'standing' | 'floor';
export type Equipment = 'wall' | 'corner' | 'doorway' | 'towel' | 'chair' | 'desk' | 'step';
export type Setting = 'desk' | 'floor';

/**
 * How much of an exercise to do. Exactly one kind.
 *
 * - `sides`: done once on the left and once on the right (all reps of one side,
 *   then "now the other side").
 * - `directions`: done this many times in different directions (e.g. 2: circle
 *   one way, then the other).
 * - `upToSeconds` / `upToReps`: the top of the source's range ("hold 15–30 s",
 *   "10–15 reps"). The player times the range at the person's level (./levels.ts):
 *   gentle = `seconds` / `reps`, longer = the top, standard in between.
 * - `buildsUp` (holds): `reps`…`upToReps` is the source's progression ("3 reps,
 *   building up to 10"), not a free range: the player starts at `reps` and adds
 *   one only when the person asks.
 * - `directionNames`: what each direction is called ("Forward", "Backward").
 *
 * Timing (see exerciseSeconds): holds are separated by HOLD_REST_SECONDS of
 * relaxing; reps and durations run back to back.
 */
export type Dose =
  | {
      kind: 'hold';
      /** Length of one hold. */
      seconds: number;
      upToSeconds?: number;
      /** Holds per side. */
      reps: number;
      upToReps?: number;
      buildsUp?: true;
      sides?: boolean;
      /**
       * Positions held in turn, one per rep (rep i is phases[i % phases.length]),
       * e.g. ["Round your back", "Lift your chest"] for cat-cow. Pose i of the
       * illustration shows phase i.
       */
      phases?: string[];
    }
  | {
      kind: 'reps';
      /** Reps per side and direction. */
      reps: number;
      upToReps?: number;
      secondsPerRep: number;
      sides?: boolean;
      directions?: number;
      directionNames?: string[];
    }
  | { kind: 'duration'; seconds: number; directions?: number; directionNames?: string[] };

export interface Exercise {
  id: string;
  title: string;
  bodyAreas: BodyArea[];
  position: Position;
  needs: Equipment[];
  /** How to get into position, said in the get-ready step: "Face a corner or a doorway, about 60 cm back." */
  setup: string;
  /** 1–4 short instructions, in our own words. */
  steps: string[];
  dose: Dose;
  /** "<Condition>: what to do", e.g. "Osteoporosis: skip this one; knee-to-chest stretches are best avoided." */
  cautions: string[];
  /** Where the exercise and its dose come from (article, evidence-notes source). */
  source: string;
  /**
   * Pose files in resources/illustrations (names only), 1–4, in movement order.
   * `otherSide: "mirror"` (required for sided doses): the poses show the first
   * (left) side; the player mirrors them for the right.
   * `motion`: "loop" — the movement plays in a smooth loop through its key
   * frames (resources/illustrations/motion/<id>.json); "follow" — the picture
   * moves to pose 2 for each hold and back to pose 1 to relax (phased holds:
   * to the phase's pose). Without it, the poses are shown as they are.
   */
  illustration: { poses: string[]; alt: string; otherSide?: 'mirror'; motion?: 'loop' | 'follow' };
}

export interface Routine {
  id: string;
  title: string;
  summary: string;
  bodyArea: BodyArea;
  /** desk: every exercise seated or standing; floor: needs room on the floor. */
  setting: Setting;
  exerciseIds: string[];
}

export interface Catalog {
  exercises: Exercise[];
  routines: Routine[];
}

/** A statement and where it comes from. */
export interface SourcedText {
  text: string;
  source: string;
}

/** One group of the "When to see a doctor" panel, most urgent first. */
export interface DoctorGroup {
  id: 'emergency' | 'now' | 'soon';
  /** What to do, as the group's heading: "Call an ambulance or go to A&E". */
  title: string;
  signs: SourcedText[];
}

export interface Precaution extends SourcedText {
  /** Which routines it is worth showing before. */
  appliesTo: Setting[];
}

/** A yes/no warning question the check-in asks; "yes" points to a doctor group. */
export interface CheckInQuestion {
  id: string;
  question: string;
  /** The doctor group to show when the answer is yes. */
  group: DoctorGroup['id'];
  source: string;
}

export interface Safety {
  /** The one line always visible in the player. */
  notice: string;
  /** A longer disclaimer (first run, about box, doctor panel footer). */
  disclaimer: SourcedText;
  doctor: { title: string; intro: SourcedText; groups: DoctorGroup[] };
  /** The source article's exercise precautions. */
  precautions: Precaution[];
  /** When to stop an exercise. */
  stopRules: SourcedText[];
  checkInQuestions: CheckInQuestion[];
}
