import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Progress, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/api-problems';
import { problemMessage } from '../../../lib/error-messages';
import { downloadFile, FileRequestError } from '../../../lib/http-files';
import { ReportPackProgressDocument, RequestReportPackDocument } from '../graphql/province';

/**
 * The province's files: the roll-up workbook (one sheet per district, a row per LAO) at once, and the
 * report pack — every LAO's measures report and the workbook, zipped by the worker — with its progress.
 */
export function ProvinceFiles({ provinceCode, fiscalYear }: { provinceCode: string; fiscalYear: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [packId, setPackId] = useState<string | null>(null);
  const [busy, setBusy] = useState<'xlsx' | 'zip' | null>(null);
  const [request, requested] = useMutation(RequestReportPackDocument);
  const { data } = useQuery(ReportPackProgressDocument, {
    variables: { id: packId ?? '' },
    skip: !packId,
    pollInterval: 1500,
    fetchPolicy: 'network-only',
  });
  const pack = data?.reportPack;
  const running = pack?.status === 'QUEUED' || pack?.status === 'RUNNING';

  const download = async (kind: 'xlsx' | 'zip', path: string, fallback: string) => {
    setBusy(kind);
    try {
      await downloadFile(path, fallback);
    } catch (e) {
      message.error(e instanceof FileRequestError ? problemMessage(t, e) : t('errors.unknown'));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card size="small" title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('provinceFiles.title')}</h2>}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <Button
            loading={busy === 'xlsx'}
            onClick={() =>
              void download(
                'xlsx',
                `/reports/provinces/${encodeURIComponent(provinceCode)}/rollup-${fiscalYear}.xlsx`,
                `rollup-${fiscalYear}.xlsx`,
              )
            }
          >
            {t('provinceFiles.workbook')}
          </Button>
          <Button
            loading={requested.loading}
            disabled={running}
            onClick={() =>
              void request({ variables: { provinceCode, fiscalYear } })
                .then((r) => setPackId(r.data?.requestReportPack.id ?? null))
                .catch((e: unknown) => message.error(errorMessage(t, e)))
            }
          >
            {t('provinceFiles.makePack')}
          </Button>
        </Space>
        {pack && running && (
          <Progress
            aria-label={t('provinceFiles.progress', { done: pack.done, total: pack.total })}
            percent={pack.total ? Math.round((pack.done / pack.total) * 100) : 0}
            status="active"
          />
        )}
        {pack && running && (
          <Typography.Text>
            {t('provinceFiles.progress', { done: pack.done, total: pack.total })}
          </Typography.Text>
        )}
        {pack?.status === 'DONE' && pack.downloadUrl && (
          <Button
            type="primary"
            loading={busy === 'zip'}
            onClick={() => void download('zip', pack.downloadUrl!, `report-pack-${fiscalYear}.zip`)}
          >
            {t('provinceFiles.downloadPack')}
          </Button>
        )}
        {pack?.status === 'FAILED' && (
          <Typography.Text type="danger">{t('provinceFiles.failed')}</Typography.Text>
        )}
      </Space>
    </Card>
  );
}
