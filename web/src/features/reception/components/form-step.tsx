import type { ReactNode } from 'react';

/** A numbered step of the form: its fields under one legend. */
export function FormStep({ number, title, children }: { number: number; title: string; children: ReactNode }) {
  return (
    <fieldset className="step">
      <legend className="step__title">
        <span className="step__number" aria-hidden="true">
          {number}
        </span>
        {title}
      </legend>
      {children}
    </fieldset>
  );
}
