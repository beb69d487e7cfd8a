import { Alert, Button, Card, Descriptions, Progress, Space, Table, Typography } from 'antd';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { problemMessage } from '../../../lib/error-messages';
import { useMe } from '../../../lib/me';
import {
  confirmImport,
  ImportRequestError,
  importStatus,
  PeopleImport,
  previewImport,
} from '../lib/people-import-api';

/**
 * `/provinces/:code/people`: a province supervisor onboards the province's ITA leads (and staff) from the
 * list the province keeps — upload an .xlsx or .csv, read the preview's Thai row errors, confirm, and watch
 * the worker send the invitations. The same file again sends nothing twice (the server's import keys).
 */
export default function ProvincePeoplePage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const me = useMe();
  const fileInputId = useId();
  const province = me.data?.me.memberships.find((m) => m.province?.code === code)?.province;
  const [file, setFile] = useState<File | null>(null);
  const [view, setView] = useState<PeopleImport | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const fail = (error: unknown) => {
    if (error instanceof ImportRequestError) {
      // Files are refused with a Thai sentence of the server's; other refusals by their reason.
      const known = problemMessage(t, error);
      setFailure(known === t('errors.unknown') && error.message ? error.message : known);
    } else setFailure(t('errors.unknown'));
  };

  const upload = async () => {
    if (!file) {
      setFailure(t('people.import.chooseFile'));
      return;
    }
    setBusy(true);
    setFailure(null);
    setView(null);
    try {
      setView(await previewImport(code, file));
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  const confirm = async () => {
    if (!view) return;
    setBusy(true);
    setFailure(null);
    try {
      setView(await confirmImport(code, view.importId));
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  // While the worker sends, follow its progress once a second.
  const sending = view !== null && (view.status === 'QUEUED' || view.status === 'SENDING');
  useEffect(() => {
    if (!sending || !view) return;
    const timer = setInterval(() => {
      importStatus(code, view.importId).then(setView, fail);
    }, 1000);
    return () => clearInterval(timer);
  }, [sending, view?.importId, code]);

  const { progress } = view ?? { progress: { processed: 0, total: 0, invited: 0, skipped: 0 } };
  const percent = progress.total > 0 ? Math.round((progress.processed / progress.total) * 100) : 100;

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
        {t('people.import.title', { name: province?.nameTh ?? code })}
      </Typography.Title>
      <Card>
        <Typography.Paragraph>{t('people.import.intro')}</Typography.Paragraph>
        <Typography.Paragraph>{t('people.import.columns')}</Typography.Paragraph>
        <Space wrap align="center">
          <label htmlFor={fileInputId}>{t('people.import.fileLabel')}</label>
          <input
            id={fileInputId}
            type="file"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setView(null);
              setFailure(null);
            }}
          />
          <Button onClick={() => void upload()} loading={busy && !view}>
            {t('people.import.check')}
          </Button>
        </Space>
      </Card>
      {failure && <Alert type="error" showIcon role="alert" title={failure} />}
      {view && (
        <Card title={t('people.import.previewTitle', { file: view.fileName })}>
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2, md: 4 }}
            items={[
              { key: 'rows', label: t('people.import.rows'), children: view.rows },
              { key: 'valid', label: t('people.import.valid'), children: view.valid },
              { key: 'already', label: t('people.import.alreadyInvited'), children: view.alreadyInvited },
              { key: 'errors', label: t('people.import.errorCount'), children: view.errors.length },
            ]}
          />
          {view.errors.length > 0 && (
            <>
              <Alert
                type="warning"
                showIcon
                role="alert"
                title={t('people.import.hasErrors', { count: view.errors.length })}
                style={{ margin: '16px 0' }}
              />
              <Table
                rowKey={(e) => `${e.row}:${e.column}`}
                dataSource={view.errors}
                pagination={false}
                scroll={{ x: 'max-content' }}
                columns={[
                  { title: t('people.import.row'), dataIndex: 'row' },
                  { title: t('people.import.column'), dataIndex: 'column' },
                  { title: t('people.import.problem'), dataIndex: 'message' },
                ]}
              />
            </>
          )}
          {view.status === 'PREVIEW' && view.errors.length === 0 && (
            <Space orientation="vertical" style={{ marginTop: 16 }}>
              <Typography.Paragraph style={{ margin: 0 }}>
                {t('people.import.willSend', { count: view.valid - view.alreadyInvited })}
              </Typography.Paragraph>
              <Button type="primary" onClick={() => void confirm()} loading={busy}>
                {t('people.import.confirm')}
              </Button>
            </Space>
          )}
          {view.status !== 'PREVIEW' && (
            <div style={{ marginTop: 16 }} role="status" aria-live="polite">
              <Progress percent={percent} aria-label={t('people.import.progressLabel')} />
              <Typography.Paragraph style={{ margin: 0 }}>
                {view.status === 'DONE'
                  ? t('people.import.done', progress)
                  : t('people.import.sending', progress)}
              </Typography.Paragraph>
            </div>
          )}
        </Card>
      )}
    </Space>
  );
}
