import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The frame of the pages an emailed link opens (signed out): the app's name over one narrow panel. */
export function LinkPagePanel({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <main style={{ display: 'flex', justifyContent: 'center', padding: '48px 16px' }}>
      <div className="panel" style={{ width: '100%', maxWidth: 440 }}>
        <p style={{ fontSize: 22, fontWeight: 600, margin: '0 0 8px', color: '#1d4f91' }}>{t('app.name')}</p>
        <h1 style={{ fontSize: 24, margin: '0 0 12px' }}>{title}</h1>
        {children}
      </div>
    </main>
  );
}
