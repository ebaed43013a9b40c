import { useI18n } from '@/lib/i18n';

/** A calm placeholder while a screen or a list loads; announced once to screen readers. */
export function Loading({ label, compact = false }: { label?: string; compact?: boolean }) {
  const { t } = useI18n();
  return (
    <div className={compact ? 'loading loading--compact' : 'loading'} role="status">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('loading')}
    </div>
  );
}
