import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  App,
  Breadcrumb,
  Button,
  Card,
  Checkbox,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Typography,
} from 'antd';
import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { PageLoading } from '../../../components/PageLoading';
import { QueryError } from '../../../components/QueryError';
import { errorMessage, problemsOf } from '../../../lib/api-problems';
import { formatDateTime } from '../../../lib/format';
import { saveBlob } from '../../../lib/http-files';
import type { FrameworkVersionQuery } from '../../../gql/graphql';
import {
  CreateFrameworkDraftDocument,
  DiscardFrameworkDraftDocument,
  FrameworkFileDocument,
  FrameworkVersionDocument,
  FrameworkVersionsDocument,
  PublishFrameworkDraftDocument,
  UpdateFrameworkDraftDocument,
  ValidateFrameworkFileDocument,
} from '../graphql/frameworks';
import {
  type FrameworkProblem,
  definitionJson,
  frameworkFileBlob,
  problemCell,
  toDefinitionInput,
  toFormValues,
  type FrameworkFormValues,
} from '../lib/framework-form';
import { FrameworkProblems } from './FrameworkProblems';
import { VersionTags } from './FrameworksPage';

type Version = FrameworkVersionQuery['frameworkVersion'];
type ListName = 'tools' | 'indicators' | 'oitSubIndicators' | 'oitItems' | 'gradeBands';

/**
 * /admin/frameworks/:id — one framework version. A DRAFT is edited here as the tables an admin knows from the
 * NACC's manual (tools, indicators, OIT sub-indicators and items, grade bands), checked against every rule
 * (each problem named by table, row and column), saved, and published as its year's next revision. A
 * published revision never changes: it is read-only, and "แก้ไขเป็นฉบับใหม่" starts a draft from it.
 */
export default function FrameworkVersionPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(FrameworkVersionDocument, { variables: { id } });
  if (loading && !data) return <PageLoading />;
  if (error && !data) {
    const problems = problemsOf(error);
    if (problems.some((p) => p.code === 'FORBIDDEN'))
      return <Alert type="warning" showIcon role="alert" title={t('errors.reason.ROLE_REQUIRED')} />;
    if (problems.some((p) => p.code === 'NOT_FOUND'))
      return (
        <Alert type="warning" showIcon role="alert" title={t('errors.reason.FRAMEWORK_VERSION_NOT_FOUND')} />
      );
    return <QueryError error={error} />;
  }
  if (!data) return null;
  // Keyed by the version's last change: after a save the form starts again from what the server kept.
  return (
    <VersionEditor
      key={`${data.frameworkVersion.id}:${data.frameworkVersion.updatedAt}`}
      version={data.frameworkVersion}
    />
  );
}

function VersionEditor({ version }: { version: Version }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const client = useApolloClient();
  const editable = version.status === 'DRAFT';
  const initial = useMemo(() => toFormValues(version.framework), [version.framework]);
  const [form] = Form.useForm<FrameworkFormValues & { note: string }>();
  const [problems, setProblems] = useState<readonly FrameworkProblem[] | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const [publishing, setPublishing] = useState(false);
  const refetch = { refetchQueries: [FrameworkVersionsDocument] };
  // The saved version comes back whole (FrameworkVersionDetail): its new updatedAt remounts the form on
  // what the server kept.
  const [update, updating] = useMutation(UpdateFrameworkDraftDocument, refetch);
  const [discard] = useMutation(DiscardFrameworkDraftDocument, refetch);
  const [createDraft, creating] = useMutation(CreateFrameworkDraftDocument, refetch);

  /** Everything the form holds, hidden fields (assumptions) included, as the API's definition. */
  const definition = () => {
    const { note: _note, ...values } = form.getFieldsValue(true) as FrameworkFormValues & { note: string };
    return toDefinitionInput({ ...initial, ...values });
  };

  const check = async (): Promise<readonly FrameworkProblem[]> => {
    setChecking(true);
    setRefusal(null);
    try {
      const result = await client.query({
        query: ValidateFrameworkFileDocument,
        variables: { input: { format: 'JSON', content: definitionJson(definition()) } },
        fetchPolicy: 'network-only',
      });
      const found = result.data?.validateFrameworkFile ?? [];
      setProblems(found);
      return found;
    } catch (e) {
      setRefusal(errorMessage(t, e));
      return [{ path: '', reason: problemsOf(e)[0]?.reason ?? 'INTERNAL', message: '' }];
    } finally {
      setChecking(false);
    }
  };

  const save = async (): Promise<boolean> => {
    const found = await check();
    if (found.length > 0) return false;
    try {
      await update({
        variables: {
          id: version.id,
          input: { definition: definition(), note: (form.getFieldValue('note') as string | undefined) ?? '' },
        },
      });
      void message.success(t('frameworks.saved'));
      return true;
    } catch (e) {
      setRefusal(errorMessage(t, e));
      return false;
    }
  };

  const download = async (format: 'JSON' | 'XLSX') => {
    try {
      const result = await client.query({
        query: FrameworkFileDocument,
        variables: { id: version.id, format },
        fetchPolicy: 'network-only',
      });
      const content = result.data?.frameworkFile ?? '';
      const name = `framework-${version.fiscalYear}-r${version.revision}${version.status === 'DRAFT' ? '-draft' : ''}.${format.toLowerCase()}`;
      saveBlob(frameworkFileBlob(format, content), name);
    } catch (e) {
      void message.error(errorMessage(t, e));
    }
  };

  const startNewRevision = async () => {
    try {
      const result = await createDraft({
        variables: { input: { fiscalYear: version.fiscalYear, copyFromFiscalYear: version.fiscalYear } },
      });
      const id = result.data?.createFrameworkDraft.id;
      if (id) void navigate(`/admin/frameworks/${id}`);
    } catch (e) {
      setRefusal(errorMessage(t, e));
    }
  };

  const cellStatus = (list: ListName, row: number, field: string) =>
    problems?.some((p) => {
      const cell = problemCell(p.path);
      return cell?.list === list && cell.row === row && cell.field === field;
    })
      ? ('error' as const)
      : undefined;

  const title = t('frameworks.versionName', { year: version.fiscalYear, revision: version.revision });
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Breadcrumb
        items={[
          { title: <Link to="/admin">{t('admin.title')}</Link> },
          { title: <Link to="/admin/frameworks">{t('frameworks.title')}</Link> },
          { title },
        ]}
      />
      <Typography.Title level={1} style={{ fontSize: 28, margin: 0 }}>
        {title}
      </Typography.Title>
      <Space wrap>
        <VersionTags version={version} />
        <Typography.Text type="secondary">
          {version.publishedAt
            ? t('frameworks.publishedAt', { when: formatDateTime(version.publishedAt) })
            : t('frameworks.updatedAt', { when: formatDateTime(version.updatedAt) })}
        </Typography.Text>
      </Space>
      {version.framework.noticeTh && (
        <Alert
          type="warning"
          showIcon
          title={version.framework.noticeTh}
          description={t('frameworks.noticeHelp')}
        />
      )}
      {editable && version.inUse && (
        <Alert type="info" showIcon title={t('frameworks.inUse', { year: version.fiscalYear })} />
      )}
      <Space wrap>
        {editable ? (
          <>
            <Button type="primary" loading={updating.loading} onClick={() => void save()}>
              {t('frameworks.save')}
            </Button>
            <Button loading={checking} onClick={() => void check()}>
              {t('frameworks.check')}
            </Button>
            <Button
              onClick={() =>
                void check().then((found) => {
                  if (found.length === 0) setPublishing(true);
                })
              }
            >
              {t('frameworks.publish.open')}
            </Button>
            <Popconfirm
              title={t('frameworks.discard.confirm')}
              okText={t('frameworks.discard.ok')}
              cancelText={t('common.cancel')}
              onConfirm={() =>
                void discard({ variables: { id: version.id } })
                  .then(() => navigate('/admin/frameworks'))
                  .catch((e: unknown) => setRefusal(errorMessage(t, e)))
              }
            >
              <Button danger>{t('frameworks.discard.open')}</Button>
            </Popconfirm>
          </>
        ) : (
          version.current && (
            <Button type="primary" loading={creating.loading} onClick={() => void startNewRevision()}>
              {t('frameworks.newRevision')}
            </Button>
          )
        )}
        <Button onClick={() => void download('XLSX')}>{t('frameworks.download.xlsx')}</Button>
        <Button onClick={() => void download('JSON')}>{t('frameworks.download.json')}</Button>
      </Space>
      {refusal && <Alert type="error" showIcon role="alert" title={refusal} />}
      {problems && problems.length === 0 && (
        <Alert type="success" showIcon role="status" title={t('frameworks.valid')} />
      )}
      {problems && problems.length > 0 && <FrameworkProblems problems={problems} />}
      <Form
        form={form}
        layout="vertical"
        disabled={!editable}
        initialValues={{ ...initial, note: version.note ?? '' }}
        onValuesChange={() => problems && setProblems(null)}
      >
        <Card title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('frameworks.section.general')}</h2>}>
          <Space wrap align="start" size="large">
            <Form.Item
              name="passThreshold"
              label={t('frameworks.field.passThreshold')}
              style={{ marginBottom: 0 }}
            >
              <InputNumber min={0} max={100} step={0.5} style={{ width: 140 }} />
            </Form.Item>
          </Space>
          <Form.Item
            name="note"
            label={t('frameworks.field.note')}
            style={{ marginTop: 16, marginBottom: 0 }}
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
          </Form.Item>
        </Card>
        <EditableTable
          form={form}
          list="tools"
          editable={editable}
          cellStatus={cellStatus}
          blank={{ code: '', nameTh: '', weight: 0 }}
          columns={[
            { field: 'code', width: 110, input: (_, label) => <Input aria-label={label} maxLength={20} /> },
            { field: 'nameTh', input: (_, label) => <Input aria-label={label} maxLength={300} /> },
            { field: 'weight', width: 140, input: (_, label) => <Percent aria-label={label} required /> },
          ]}
        />
        <EditableTable
          form={form}
          list="indicators"
          editable={editable}
          cellStatus={cellStatus}
          blank={{ code: '', nameTh: '', tool: 'OIT' }}
          columns={[
            { field: 'code', width: 100, input: (_, label) => <Input aria-label={label} maxLength={20} /> },
            { field: 'nameTh', input: (_, label) => <Input aria-label={label} maxLength={300} /> },
            {
              field: 'tool',
              width: 130,
              input: (values, label) => (
                <Select
                  aria-label={label}
                  options={(values.tools ?? []).map((x) => ({ value: x.code, label: x.code }))}
                />
              ),
            },
            { field: 'weight', width: 140, input: (_, label) => <Percent aria-label={label} /> },
          ]}
        />
        <EditableTable
          form={form}
          list="oitSubIndicators"
          editable={editable}
          cellStatus={cellStatus}
          blank={{ code: '', nameTh: '', indicatorCode: '' }}
          columns={[
            { field: 'code', width: 100, input: (_, label) => <Input aria-label={label} maxLength={20} /> },
            { field: 'nameTh', input: (_, label) => <Input aria-label={label} maxLength={300} /> },
            {
              field: 'indicatorCode',
              width: 130,
              input: (values, label) => (
                <Select
                  aria-label={label}
                  options={(values.indicators ?? [])
                    .filter((i) => i.tool === 'OIT')
                    .map((i) => ({ value: i.code, label: i.code }))}
                />
              ),
            },
            { field: 'weight', width: 140, input: (_, label) => <Percent aria-label={label} /> },
          ]}
        />
        <EditableTable
          form={form}
          list="oitItems"
          editable={editable}
          cellStatus={cellStatus}
          blank={(values) => ({
            code: '',
            nameTh: '',
            order: Math.max(0, ...(values.oitItems ?? []).map((o) => o.order ?? 0)) + 1,
            subIndicatorCode: '',
          })}
          columns={[
            {
              field: 'order',
              width: 90,
              input: (_, label) => (
                <InputNumber aria-label={label} min={1} precision={0} style={{ width: '100%' }} />
              ),
            },
            { field: 'code', width: 100, input: (_, label) => <Input aria-label={label} maxLength={20} /> },
            {
              field: 'nameTh',
              input: (_, label) => (
                <Input.TextArea aria-label={label} autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} />
              ),
            },
            {
              field: 'subIndicatorCode',
              width: 140,
              input: (values, label) => (
                <Select
                  aria-label={label}
                  options={(values.oitSubIndicators ?? []).map((s) => ({ value: s.code, label: s.code }))}
                />
              ),
            },
          ]}
        />
        <EditableTable
          form={form}
          list="gradeBands"
          editable={editable}
          cellStatus={cellStatus}
          blank={{ grade: '', min: 0 }}
          columns={[
            { field: 'grade', width: 120, input: (_, label) => <Input aria-label={label} maxLength={5} /> },
            {
              field: 'min',
              input: (_, label) => (
                <InputNumber aria-label={label} min={0} max={100} step={0.01} style={{ width: 140 }} />
              ),
            },
          ]}
          footer={t('frameworks.gradeBandsHelp')}
        />
      </Form>
      <PublishDialog
        open={publishing}
        version={version}
        onClose={() => setPublishing(false)}
        beforePublish={save}
      />
    </Space>
  );
}

/** A weight in percent; empty means "the level counts its members equally" unless `required`. */
function Percent({ required, ...rest }: { required?: boolean } & Record<string, unknown>) {
  const { t } = useTranslation();
  return (
    <InputNumber
      {...rest}
      min={0}
      max={100}
      step={1}
      suffix="%"
      placeholder={required ? undefined : t('frameworks.equalShare')}
      style={{ width: '100%' }}
    />
  );
}

interface Column {
  field: string;
  width?: number;
  /** The cell's input, named for screen readers and tests ("ตัวชี้วัด แถวที่ 4 น้ำหนัก (%)"). */
  input: (values: Partial<FrameworkFormValues>, label: string) => ReactNode;
}

/**
 * One of the framework's lists as a table whose cells are form fields (`<list>.<row>.<field>`, the paths
 * the API names in its problems, so a problem lights up its own cell). Rows are added at the end and
 * removed by their own button; the server's rules, not the form, decide what is valid.
 */
function EditableTable({
  form,
  list,
  columns,
  editable,
  cellStatus,
  blank,
  footer,
}: {
  form: FormInstance;
  list: ListName;
  columns: Column[];
  editable: boolean;
  cellStatus: (list: ListName, row: number, field: string) => 'error' | undefined;
  blank: object | ((values: Partial<FrameworkFormValues>) => object);
  footer?: string;
}) {
  const { t } = useTranslation();
  const heading = t(`frameworks.section.${list}`);
  return (
    <Card
      title={<h2 style={{ fontSize: 18, margin: 0 }}>{heading}</h2>}
      style={{ marginTop: 16 }}
      data-testid={`framework-${list}`}
    >
      <Form.List name={list}>
        {(fields, { add, remove }) => (
          <>
            <Form.Item noStyle shouldUpdate>
              {() => {
                const values = form.getFieldsValue(true) as Partial<FrameworkFormValues>;
                return (
                  <Table
                    size="small"
                    rowKey="key"
                    dataSource={fields}
                    pagination={false}
                    scroll={{ x: 640 }}
                    columns={[
                      ...columns.map((c) => ({
                        title: t(`frameworks.field.${c.field}`),
                        width: c.width,
                        render: (_: unknown, field: { name: number }) =>
                          editable ? (
                            <Form.Item
                              name={[field.name, c.field]}
                              validateStatus={cellStatus(list, field.name, c.field)}
                              style={{ margin: 0 }}
                            >
                              {c.input(values, rowLabel(t, heading, field.name, c.field))}
                            </Form.Item>
                          ) : (
                            // A published revision reads as text, not as greyed-out inputs.
                            shown(
                              t,
                              c.field,
                              (values[list]?.[field.name] as Record<string, unknown>)?.[c.field],
                            )
                          ),
                      })),
                      ...(editable
                        ? [
                            {
                              title: '',
                              width: 70,
                              render: (_: unknown, field: { name: number }) => (
                                <Button
                                  size="small"
                                  type="text"
                                  danger
                                  aria-label={t('frameworks.removeRow', {
                                    row: field.name + 1,
                                    table: heading,
                                  })}
                                  onClick={() => remove(field.name)}
                                >
                                  {t('frameworks.remove')}
                                </Button>
                              ),
                            },
                          ]
                        : []),
                    ]}
                  />
                );
              }}
            </Form.Item>
            {editable && (
              <Button
                style={{ marginTop: 8 }}
                onClick={() =>
                  add(
                    typeof blank === 'function'
                      ? blank(form.getFieldsValue(true) as Partial<FrameworkFormValues>)
                      : { ...blank },
                  )
                }
              >
                {t('frameworks.addRow', { table: heading })}
              </Button>
            )}
          </>
        )}
      </Form.List>
      {footer && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {footer}
        </Typography.Paragraph>
      )}
    </Card>
  );
}

/** "ตัวชี้วัด แถวที่ 4 น้ำหนัก (%)": each cell's input is named for screen readers and tests. */
function rowLabel(t: TFunction, table: string, row: number, field: string): string {
  return `${table} ${t('frameworks.path.row', { row: row + 1 })} ${t(`frameworks.field.${field}`)}`;
}

/** A read-only cell: a weight as "30%" (or "เท่ากัน" when the level counts equally), the rest as it is. */
function shown(t: TFunction, field: string, value: unknown): string {
  const text = typeof value === 'number' || typeof value === 'string' ? String(value) : null;
  if (field === 'weight') return text === null ? t('frameworks.equalShare') : `${text}%`;
  return text ?? '';
}

function PublishDialog({
  open,
  version,
  onClose,
  beforePublish,
}: {
  open: boolean;
  version: Version;
  onClose: () => void;
  beforePublish: () => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [confirmed, setConfirmed] = useState(version.confirmedByNacc);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [publish, { loading }] = useMutation(PublishFrameworkDraftDocument, {
    refetchQueries: [FrameworkVersionsDocument],
  });
  const submit = async () => {
    setRefusal(null);
    // What is on the screen is what gets published: the form is saved (and checked) first.
    if (!(await beforePublish())) {
      onClose();
      return;
    }
    try {
      const result = await publish({ variables: { id: version.id, confirmedByNacc: confirmed } });
      const published = result.data?.publishFrameworkDraft;
      void message.success(
        t('frameworks.publish.done', { year: published?.fiscalYear, revision: published?.revision }),
      );
      onClose();
      if (published) void navigate(`/admin/frameworks/${published.id}`);
    } catch (e) {
      setRefusal(errorMessage(t, e));
    }
  };
  return (
    <Modal
      open={open}
      title={t('frameworks.publish.title', { year: version.fiscalYear })}
      okText={t('frameworks.publish.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      onCancel={onClose}
      onOk={() => void submit()}
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph style={{ margin: 0 }}>
          {version.inUse
            ? t('frameworks.publish.inUse', { year: version.fiscalYear })
            : t('frameworks.publish.help', { year: version.fiscalYear })}
        </Typography.Paragraph>
        <Checkbox checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)}>
          {t('frameworks.confirmedByNacc')}
        </Checkbox>
        {!confirmed && <Alert type="warning" showIcon title={t('frameworks.publish.unconfirmed')} />}
        {refusal && <Alert type="error" showIcon role="alert" title={refusal} />}
      </Space>
    </Modal>
  );
}
