import type { ReactNode, SyntheticEvent } from 'react';
import { LanguageSwitch } from '@/components/ui/language-switch';
import { useI18n } from '@/lib/i18n';

interface AuthCardProps {
  id: string;
  title: string;
  lead: ReactNode;
  /** Set while the form shows its error: read out with the form. */
  errorId: string | undefined;
  onSubmit: (e: SyntheticEvent) => Promise<void>;
  children: ReactNode;
}

/** The card every signed-out form sits in: the ClinicFlow mark and the language, a title and a line under it. */
export function AuthCard({ id, title, lead, errorId, onSubmit, children }: AuthCardProps) {
  const { t } = useI18n();
  return (
    <form
      className="card auth-card"
      onSubmit={(e) => void onSubmit(e)}
      noValidate
      aria-labelledby={`${id}-title`}
      aria-describedby={errorId}
    >
      <div className="auth-card__top">
        <div className="brand brand--large">
          <span className="brand__mark" aria-hidden="true">
            +
          </span>
          {t('app.name')}
        </div>
        <LanguageSwitch />
      </div>
      <h1 id={`${id}-title`}>{title}</h1>
      <p className="muted">{lead}</p>
      {children}
    </form>
  );
}
