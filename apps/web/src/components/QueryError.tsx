import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/api-problems';

/** A failed load, in a sentence of the reader's language. */
export function QueryError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={t('errors.loadFailed')}
      description={errorMessage(t, error)}
    />
  );
}
