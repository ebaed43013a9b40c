import { useI18n } from '@/lib/i18n';

/** Column headings of a list table; the last column holds each row's buttons and is named for screen readers only. */
export function TableHead({ columns }: { columns: string[] }) {
  const { t } = useI18n();
  return (
    <thead>
      <tr>
        {columns.map((c) => (
          <th key={c} scope="col">
            {c}
          </th>
        ))}
        <th scope="col">
          <span className="visually-hidden">{t('table.actions')}</span>
        </th>
      </tr>
    </thead>
  );
}
