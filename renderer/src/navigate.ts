/** Moves to another view of this window (hash routes: #/prompt, #/routine/<id>, …). */
export function navigate(hash: string): void {
  window.location.hash = hash;
}
