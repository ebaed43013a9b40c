/** A calm placeholder while a screen or a list loads; announced once to screen readers. */
export function Loading({ label = 'Loading…', compact = false }: { label?: string; compact?: boolean }) {
  return (
    <div className={compact ? 'loading loading--compact' : 'loading'} role="status">
      <span className="spinner" aria-hidden="true" />
      {label}
    </div>
  );
}
