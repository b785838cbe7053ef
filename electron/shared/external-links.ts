/**
 * The only web pages Unslouch opens, in the person's browser (never inside
 * the app). The main process checks every request against this list with
 * `new URL()`; the renderer links to them by key.
 */
export const EXTERNAL_LINKS = {
  nhsBackPain: 'https://www.nhs.uk/conditions/back-pain/',
  nhsSittingExercises:
    'https://www.nhs.uk/live-well/exercise/strength-and-flexibility-exercises/sitting-exercises/',
  wcagTiming: 'https://www.w3.org/WAI/WCAG22/Understanding/timing-adjustable',
} as const;

/** True only for https URLs equal (after parsing) to one on the list. */
export function isAllowedExternalUrl(candidate: string): boolean {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username || url.password) return false;
  return Object.values(EXTERNAL_LINKS).some((allowed) => {
    const a = new URL(allowed);
    return a.origin === url.origin && a.pathname === url.pathname && url.search === '' && url.hash === '';
  });
}
