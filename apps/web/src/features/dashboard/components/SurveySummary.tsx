import { App, Button, Card, Progress, Space, Typography } from 'antd';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../../lib/error-messages';
import { downloadFile, FileRequestError } from '../../../lib/http-files';
import { Link } from 'react-router';
import type { DashboardQuery } from '../../../gql/graphql';
import { formatDate } from '../../../lib/format';

type Window = DashboardQuery['surveyWindows'][number];

/** "เหลืออีก 12 วัน (ถึง 30 มิ.ย. 2570)", "เปิดให้ตอบ 1 มี.ค. 2570 (อีก 85 วัน)", "ปิดรับคำตอบแล้ว เมื่อ …". */
function windowText(t: TFunction, w: Window): string {
  const dates = { opens: formatDate(w.opensOn), closes: formatDate(w.closesOn) };
  if (w.phase === 'OPEN') return t('dashboard.window.open', { count: w.daysLeft ?? 0, ...dates });
  if (w.phase === 'NOT_OPEN') return t('dashboard.window.notOpen', { count: w.daysUntilOpen ?? 0, ...dates });
  return t('dashboard.window.closed', dates);
}

/**
 * Responses so far against the ITAS minimum, per survey, with the days left in the NACC's survey window
 * (the window an admin set for the year; nothing is said when none is set).
 */
export function SurveySummary({
  targets,
  windows,
  surveysLink,
  organizationId,
  fiscalYear,
}: {
  targets: DashboardQuery['surveyTargets'];
  windows: DashboardQuery['surveyWindows'];
  surveysLink: string;
  organizationId: string;
  fiscalYear: number;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const withCode = targets.some((s) => s.accessCode);
  // A poster page per survey that has its ITAS access code: the QR code of its link, the code in large type.
  const posters = async () => {
    setBusy(true);
    try {
      await downloadFile(
        `/posters/organizations/${encodeURIComponent(organizationId)}/surveys-${fiscalYear}.pdf`,
        `surveys-${fiscalYear}.pdf`,
      );
    } catch (e) {
      message.error(e instanceof FileRequestError ? e.message || problemMessage(t, e) : t('errors.unknown'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card
      title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('dashboard.surveys')}</h2>}
      extra={<Link to={surveysLink}>{t('dashboard.seeSurveys')}</Link>}
    >
      {targets.length === 0 && <Typography.Text>{t('dashboard.noSurveys')}</Typography.Text>}
      <Space orientation="vertical" style={{ width: '100%' }}>
        {windows.map((w) => (
          <Typography.Text
            key={w.tool}
            data-testid={`survey-window-${w.tool}`}
            strong={w.phase === 'OPEN'}
            type={w.phase === 'CLOSED' ? 'secondary' : undefined}
          >
            {w.tool}: {windowText(t, w)}
          </Typography.Text>
        ))}
        {targets.map((s) => {
          const text =
            s.minimumResponses !== null
              ? t('dashboard.surveyProgress', { tool: s.tool, so: s.responsesSoFar, min: s.minimumResponses })
              : t('dashboard.surveyNoMinimum', { tool: s.tool, so: s.responsesSoFar });
          return (
            <div key={s.id}>
              <Typography.Text>{text}</Typography.Text>
              {s.minimumResponses !== null && s.minimumResponses > 0 && (
                <Progress
                  aria-label={text}
                  percent={Math.min(100, Math.round((s.responsesSoFar / s.minimumResponses) * 100))}
                  status={s.responsesSoFar >= s.minimumResponses ? 'success' : 'active'}
                />
              )}
            </div>
          );
        })}
        {withCode ? (
          <Button loading={busy} onClick={() => void posters()}>
            {t('surveyPosters.download')}
          </Button>
        ) : (
          targets.length > 0 && (
            <Typography.Text type="secondary">{t('surveyPosters.needCode')}</Typography.Text>
          )
        )}
      </Space>
    </Card>
  );
}
