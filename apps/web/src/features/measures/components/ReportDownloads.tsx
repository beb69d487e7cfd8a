import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../../lib/error-messages';
import { downloadFile, FileRequestError } from '../../../lib/http-files';

/** "ดาวน์โหลดรายงาน": the LAO's measures report of the year, in the seed's format, as Word or PDF. */
export function ReportDownloads({
  organizationId,
  fiscalYear,
}: {
  organizationId: string;
  fiscalYear: number;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<'docx' | 'pdf' | null>(null);
  const download = async (format: 'docx' | 'pdf') => {
    setBusy(format);
    try {
      await downloadFile(
        `/reports/organizations/${encodeURIComponent(organizationId)}/measures-${fiscalYear}.${format}`,
        `measures-${fiscalYear}.${format}`,
      );
    } catch (e) {
      message.error(e instanceof FileRequestError ? problemMessage(t, e) : t('errors.unknown'));
    } finally {
      setBusy(null);
    }
  };
  return (
    <Space wrap>
      <Button loading={busy === 'docx'} onClick={() => void download('docx')}>
        {t('measuresFiles.downloadDocx')}
      </Button>
      <Button loading={busy === 'pdf'} onClick={() => void download('pdf')}>
        {t('measuresFiles.downloadPdf')}
      </Button>
    </Space>
  );
}
