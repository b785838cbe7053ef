/**
 * A button that opens the system's file chooser for one JSON file (a settings
 * backup, exported routines). The chooser's input is hidden; it is emptied
 * after each choice, so choosing the same file again (after fixing it) is a
 * new choice.
 */
import { useRef } from 'react';

export interface JsonFileButtonProps {
  /** The button's words. */
  label: string;
  /** The input's accessible name (tests and assistive technology reach it by this). */
  inputLabel: string;
  testId: string;
  onFile(file: File): Promise<void>;
  disabled?: boolean;
  describedBy?: string;
}

export function JsonFileButton({
  label,
  inputLabel,
  testId,
  onFile,
  disabled,
  describedBy,
}: JsonFileButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className="secondary"
        aria-describedby={describedBy}
        disabled={disabled}
        onClick={() => input.current?.click()}
      >
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        hidden
        data-testid={testId}
        aria-label={inputLabel}
        onChange={(e) => {
          const target = e.currentTarget;
          const file = target.files?.[0];
          if (file)
            void onFile(file).finally(() => {
              target.value = '';
            });
        }}
      />
    </>
  );
}
