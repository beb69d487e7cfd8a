import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MeasureStatus } from '../../../gql/graphql';

// Solid tags in dark tones: white text on them passes WCAG AA (antd's light presets do not).
const COLORS: Record<MeasureStatus, string | undefined> = {
  PLANNED: undefined,
  IN_PROGRESS: '#1d4f91',
  COMPLETED: '#237804',
  CANCELLED: '#595959',
  CARRIED_OVER: '#874d00',
};

export function MeasureStatusTag({ status }: { status: MeasureStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]}>{t(`measures.status.${status}`)}</Tag>;
}
