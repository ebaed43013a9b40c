import type { ReactNode } from 'react';

export interface Count {
  value: ReactNode;
  label: string;
  /** "longest wait 48 min" rather than "8 waiting". */
  labelFirst?: boolean;
}

/** The figures beside a screen's heading ("8 waiting  2 in review"), each figure in bold; falsy items are left out. */
export function Counts({ items, label }: { items: (Count | false | null)[]; label?: string }) {
  return (
    <p className="counts" aria-label={label}>
      {items.map(
        (item) =>
          item && (
            <span key={item.label}>
              {item.labelFirst ? (
                <>
                  {item.label} <strong>{item.value}</strong>
                </>
              ) : (
                <>
                  <strong>{item.value}</strong> {item.label}
                </>
              )}
            </span>
          ),
      )}
    </p>
  );
}
