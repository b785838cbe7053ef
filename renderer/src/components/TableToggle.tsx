import { useId, useState, type ReactNode } from 'react';

/**
 * The accessible alternative to a chart: a button that shows or hides the
 * same data as a table (rendered only while shown).
 */
export function TableToggle(props: { showLabel: string; hideLabel: string; children: () => ReactNode }) {
  const id = `${useId()}-table`;
  const [shown, setShown] = useState(false);
  return (
    <>
      <button
        type="button"
        className="link"
        aria-expanded={shown}
        aria-controls={id}
        onClick={() => setShown((v) => !v)}
      >
        {shown ? props.hideLabel : props.showLabel}
      </button>
      <div id={id}>{shown ? props.children() : null}</div>
    </>
  );
}
