import { Alert, App, Button, Modal, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../../lib/error-messages';
import { downloadFile, FileRequestError } from '../../../lib/http-files';
import { importMeasures, MeasuresImportResult } from '../lib/measures-import-api';

interface Props {
  open: boolean;
  organizationId: string;
  fiscalYear: number;
  onClose: () => void;
  onImported: (result: MeasuresImportResult) => void;
}

/**
 * The import wizard: choose the spreadsheet (the seed's five columns) → the server checks it without writing
 * (a dry run) and lists each row's problem by the sheet's own row number and header → confirm, and every row
 * is written in one go (any error → none).
 */
export function ImportMeasuresDialog({ open, organizationId, fiscalYear, onClose, onImported }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<MeasuresImportResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const reset = () => {
    setFile(null);
    setPreview(null);
    setProblem(null);
  };
  const refused = (e: unknown) =>
    setProblem(e instanceof FileRequestError ? e.message || problemMessage(t, e) : t('errors.unknown'));

  const check = async (chosen: File) => {
    reset();
    setFile(chosen);
    setBusy(true);
    try {
      setPreview(await importMeasures(organizationId, fiscalYear, chosen, true));
    } catch (e) {
      refused(e);
    } finally {
      setBusy(false);
    }
  };

  const confirm = async () => {
    if (!file) return;
    setBusy(true);
    try {
      const result = await importMeasures(organizationId, fiscalYear, file, false);
      if (result.errors.length) setPreview(result);
      else {
        message.success(
          t('measuresFiles.imported', { created: result.created, updated: result.updated ?? 0 }),
        );
        reset();
        onImported(result);
      }
    } catch (e) {
      refused(e);
    } finally {
      setBusy(false);
    }
  };

  const ready = preview !== null && preview.errors.length === 0;
  return (
    <Modal
      open={open}
      title={t('measuresFiles.importTitle', { year: fiscalYear })}
      onCancel={() => {
        reset();
        onClose();
      }}
      footer={[
        <Button key="close" onClick={() => (reset(), onClose())}>
          {t('measuresFiles.close')}
        </Button>,
        <Button
          key="confirm"
          type="primary"
          disabled={!ready}
          loading={busy && ready}
          onClick={() => void confirm()}
        >
          {t('measuresFiles.confirmImport')}
        </Button>,
      ]}
      width={760}
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Paragraph style={{ margin: 0 }}>
          {t('measuresFiles.importHelp')}{' '}
          <Button
            type="link"
            style={{ padding: 0 }}
            onClick={() =>
              void downloadFile('/imports/templates/measures.xlsx', 'measures-template.xlsx').catch(refused)
            }
          >
            {t('measuresFiles.template')}
          </Button>
        </Typography.Paragraph>
        <Upload
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          maxCount={1}
          showUploadList={false}
          beforeUpload={(chosen) => {
            void check(chosen);
            return false;
          }}
        >
          <Button loading={busy && !ready}>{t('measuresFiles.chooseFile')}</Button>
        </Upload>
        {file && <Typography.Text>{t('measuresFiles.chosen', { name: file.name })}</Typography.Text>}
        {problem && <Alert type="error" showIcon message={problem} />}
        {preview && preview.errors.length === 0 && (
          <Alert
            type="success"
            showIcon
            message={t('measuresFiles.previewOk', {
              rows: preview.rows,
              created: preview.created,
              updated: preview.updated ?? 0,
              unchanged: preview.unchanged ?? 0,
            })}
          />
        )}
        {preview && preview.errors.length > 0 && (
          <>
            <Alert
              type="warning"
              showIcon
              message={t('measuresFiles.previewErrors', { count: preview.errors.length })}
            />
            <Table
              size="small"
              rowKey={(e) => `${e.row}-${e.column}-${e.message}`}
              pagination={false}
              scroll={{ x: 600, y: 320 }}
              dataSource={preview.errors}
              columns={[
                { key: 'row', title: t('measuresFiles.errorRow'), dataIndex: 'row', width: 80 },
                { key: 'column', title: t('measuresFiles.errorColumn'), dataIndex: 'column', width: 200 },
                { key: 'message', title: t('measuresFiles.errorMessage'), dataIndex: 'message' },
              ]}
            />
          </>
        )}
      </Space>
    </Modal>
  );
}
