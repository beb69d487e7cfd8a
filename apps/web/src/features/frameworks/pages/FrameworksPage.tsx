import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  App,
  Breadcrumb,
  Button,
  Card,
  Checkbox,
  Form,
  InputNumber,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PageLoading } from '../../../components/PageLoading';
import { QueryError } from '../../../components/QueryError';
import { errorMessage, problemsOf } from '../../../lib/api-problems';
import { currentFiscalYear } from '../../../lib/fiscal-year';
import { formatDateTime, formatScore } from '../../../lib/format';
import type { FrameworkVersionsQuery } from '../../../gql/graphql';
import {
  CreateFrameworkDraftDocument,
  FrameworkVersionsDocument,
  ImportFrameworkDraftDocument,
  ValidateFrameworkFileDocument,
} from '../graphql/frameworks';
import { readFrameworkUpload, type FrameworkProblem } from '../lib/framework-form';
import { FrameworkProblems } from './FrameworkProblems';

type VersionRow = FrameworkVersionsQuery['frameworkVersions'][number];

// Solid tags in dark tones, as the measures' status tags: white on them passes WCAG AA (antd's presets do not).
const GREEN = '#237804';
const AMBER = '#874d00';
const BLUE = '#1d4f91';

/** The status of a version in words an admin reads at a glance. */
export function VersionTags({
  version,
}: {
  version: Pick<VersionRow, 'status' | 'current' | 'confirmedByNacc'>;
}) {
  const { t } = useTranslation();
  return (
    <Space size={4} wrap>
      {version.status === 'DRAFT' ? (
        <Tag color={BLUE}>{t('frameworks.status.DRAFT')}</Tag>
      ) : version.current ? (
        <Tag color={GREEN}>{t('frameworks.status.current')}</Tag>
      ) : (
        <Tag>{t('frameworks.status.superseded')}</Tag>
      )}
      {version.confirmedByNacc ? (
        <Tag color={GREEN}>{t('admin.frameworks.confirmed')}</Tag>
      ) : (
        <Tag color={AMBER}>{t('admin.frameworks.unconfirmed')}</Tag>
      )}
    </Space>
  );
}

/**
 * /admin/frameworks — every fiscal year's framework versions (drafts and published revisions, newest first).
 * An admin starts next year's framework here: as a copy of a published year, or from a JSON or Excel file
 * (checked first, every problem listed by where it is), then edits and publishes it on the version's page.
 */
export default function FrameworksPage() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(FrameworkVersionsDocument, { fetchPolicy: 'cache-and-network' });
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  if (loading && !data) return <PageLoading />;
  if (error && !data) {
    if (problemsOf(error).some((p) => p.code === 'FORBIDDEN'))
      return <Alert type="warning" showIcon role="alert" title={t('errors.reason.ROLE_REQUIRED')} />;
    return <QueryError error={error} />;
  }
  const versions = data?.frameworkVersions ?? [];
  const years = data?.frameworkYears ?? [];
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Breadcrumb
        items={[{ title: <Link to="/admin">{t('admin.title')}</Link> }, { title: t('frameworks.title') }]}
      />
      <Typography.Title level={1} style={{ fontSize: 28, margin: 0 }}>
        {t('frameworks.title')}
      </Typography.Title>
      <Typography.Paragraph style={{ margin: 0 }}>{t('frameworks.intro')}</Typography.Paragraph>
      <Space wrap>
        <Button type="primary" onClick={() => setCreating(true)}>
          {t('frameworks.create.open')}
        </Button>
        <Button onClick={() => setImporting(true)}>{t('frameworks.import.open')}</Button>
      </Space>
      <Card title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('frameworks.versions')}</h2>}>
        <Table<VersionRow>
          size="small"
          rowKey="id"
          dataSource={versions}
          pagination={false}
          scroll={{ x: 820 }}
          columns={[
            {
              title: t('admin.frameworks.year'),
              render: (_, v) => (
                <Link to={`/admin/frameworks/${v.id}`}>
                  {t('frameworks.versionName', { year: v.fiscalYear, revision: v.revision })}
                </Link>
              ),
            },
            { title: t('frameworks.col.status'), render: (_, v) => <VersionTags version={v} /> },
            { title: t('frameworks.col.source'), render: (_, v) => t(`frameworks.source.${v.source}`) },
            {
              title: t('admin.frameworks.indicators'),
              align: 'right',
              render: (_, v) => v.framework.indicators.length,
            },
            {
              title: t('admin.frameworks.oitItems'),
              align: 'right',
              render: (_, v) => v.framework.oitItems.length,
            },
            {
              title: t('admin.frameworks.passThreshold'),
              align: 'right',
              render: (_, v) => formatScore(v.framework.passThreshold),
            },
            {
              title: t('frameworks.col.when'),
              render: (_, v) => formatDateTime(v.publishedAt ?? v.updatedAt),
            },
          ]}
        />
      </Card>
      <CreateDraftDialog open={creating} onClose={() => setCreating(false)} years={years} />
      <ImportDialog open={importing} onClose={() => setImporting(false)} />
    </Space>
  );
}

function CreateDraftDialog({
  open,
  onClose,
  years,
}: {
  open: boolean;
  onClose: () => void;
  years: readonly number[];
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<{ fiscalYear: number; copyFromFiscalYear: number }>();
  const [create, { loading }] = useMutation(CreateFrameworkDraftDocument, {
    refetchQueries: [FrameworkVersionsDocument],
  });
  const [problem, setProblem] = useState<string | null>(null);
  const latest = years.length > 0 ? Math.max(...years) : currentFiscalYear();
  const submit = async (values: { fiscalYear: number; copyFromFiscalYear: number }) => {
    setProblem(null);
    try {
      const result = await create({ variables: { input: values } });
      const id = result.data?.createFrameworkDraft.id;
      onClose();
      if (id) void navigate(`/admin/frameworks/${id}`);
    } catch (e) {
      setProblem(errorMessage(t, e));
    }
  };
  return (
    <Modal
      open={open}
      title={t('frameworks.create.title')}
      onCancel={onClose}
      okText={t('frameworks.create.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ fiscalYear: latest + 1, copyFromFiscalYear: latest }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item
          name="fiscalYear"
          label={t('frameworks.create.fiscalYear')}
          rules={[{ required: true, message: t('frameworks.create.fiscalYearRequired') }]}
        >
          <InputNumber min={2500} max={2700} precision={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="copyFromFiscalYear" label={t('frameworks.create.copyFrom')}>
          <Select
            style={{ width: 160 }}
            options={[...years].reverse().map((y) => ({ value: y, label: String(y) }))}
          />
        </Form.Item>
        <Typography.Paragraph type="secondary">{t('frameworks.create.help')}</Typography.Paragraph>
        {problem && <Alert type="error" showIcon role="alert" title={problem} />}
      </Form>
    </Modal>
  );
}

function ImportDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [file, setFile] = useState<{ name: string; format: 'JSON' | 'XLSX'; content: string } | null>(null);
  const [problems, setProblems] = useState<readonly FrameworkProblem[] | null>(null);
  const [checking, setChecking] = useState(false);
  const [confirmed, setConfirmed] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [importDraft, { loading }] = useMutation(ImportFrameworkDraftDocument, {
    refetchQueries: [FrameworkVersionsDocument],
  });
  const reset = () => {
    setFile(null);
    setProblems(null);
    setConfirmed(false);
    setRefusal(null);
  };
  const check = async (chosen: File) => {
    reset();
    setChecking(true);
    try {
      const upload = await readFrameworkUpload(chosen);
      setFile({ name: chosen.name, ...upload });
      const result = await client.query({
        query: ValidateFrameworkFileDocument,
        variables: { input: upload },
        fetchPolicy: 'network-only',
      });
      setProblems(result.data?.validateFrameworkFile ?? []);
    } catch (e) {
      setRefusal(errorMessage(t, e));
    } finally {
      setChecking(false);
    }
  };
  const submit = async () => {
    if (!file) return;
    try {
      const result = await importDraft({
        variables: {
          input: { format: file.format, content: file.content, confirmedByNacc: confirmed },
        },
      });
      const draft = result.data?.importFrameworkDraft;
      void message.success(t('frameworks.import.done', { year: draft?.fiscalYear }));
      reset();
      onClose();
      if (draft) void navigate(`/admin/frameworks/${draft.id}`);
    } catch (e) {
      setRefusal(errorMessage(t, e));
    }
  };
  return (
    <Modal
      open={open}
      title={t('frameworks.import.title')}
      onCancel={() => {
        reset();
        onClose();
      }}
      okText={t('frameworks.import.submit')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: !file || problems === null || problems.length > 0 }}
      confirmLoading={loading}
      onOk={() => void submit()}
      width={760}
      destroyOnHidden
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Paragraph style={{ margin: 0 }}>{t('frameworks.import.help')}</Typography.Paragraph>
        <Upload
          accept=".json,.xlsx,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          maxCount={1}
          showUploadList={false}
          beforeUpload={(chosen) => {
            void check(chosen);
            return false;
          }}
        >
          <Button loading={checking}>{t('frameworks.import.choose')}</Button>
        </Upload>
        {file && <Typography.Text>{t('measuresFiles.chosen', { name: file.name })}</Typography.Text>}
        {problems && problems.length === 0 && (
          <Alert type="success" showIcon title={t('frameworks.import.valid')} />
        )}
        {problems && problems.length > 0 && <FrameworkProblems problems={problems} />}
        {problems && problems.length === 0 && (
          <Checkbox checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)}>
            {t('frameworks.confirmedByNacc')}
          </Checkbox>
        )}
        {refusal && <Alert type="error" showIcon role="alert" title={refusal} />}
      </Space>
    </Modal>
  );
}
