import { cloneElement, type ReactElement } from "react";

type Props = {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  children: ReactElement<Record<string, unknown>>;
};

/** A labelled control whose error is announced and tied to it with aria-describedby. */
export function FormField({ name, label, hint, error, children }: Props) {
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  const control = cloneElement(children, {
    id: name,
    name,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": [hintId, errorId].filter(Boolean).join(" ") || undefined,
  });
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      {control}
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error" dir="auto">
          {error}
        </p>
      )}
    </div>
  );
}
