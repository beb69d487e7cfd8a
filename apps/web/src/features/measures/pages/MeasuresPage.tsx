import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Checkbox, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoading } from '../../../components/PageLoading';
import { QueryError } from '../../../components/QueryError';
import { ThaiDate } from '../../../components/ThaiDate';
import type { MeasureRowFragment, MeasureStatus } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/api-problems';
import { canManage, useMe } from '../../../lib/me';
import { useOrganization } from '../../../lib/organization-context';
import { CompleteMeasureDialog } from '../components/CompleteMeasureDialog';
import { ImportMeasuresDialog } from '../components/ImportMeasuresDialog';
import { MeasureFormDialog } from '../components/MeasureFormDialog';
import { MeasureStatusTag } from '../components/MeasureStatusText';
import { ReportDownloads } from '../components/ReportDownloads';
import { DeleteMeasureDocument, MeasuresTableDocument, UpdateMeasureDocument } from '../graphql/measures';

const STATUSES: MeasureStatus[] = ['PLANNED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED', 'CARRIED_OVER'];
const isOpen = (m: MeasureRowFragment) => m.status === 'PLANNED' || m.status === 'IN_PROGRESS';

/**
 * /organizations/:id/measures — the measures as the report the LAO publishes (OIT O42/O43): มาตรการ,
 * ขั้นตอนหรือวิธีการปฏิบัติ, ผู้รับผิดชอบหรือผู้ที่เกี่ยวข้อง, กำหนดแล้วเสร็จ, ผลการดำเนินการ.
 */
export default function MeasuresPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { organization, fiscalYear, hasFramework } = useOrganization();
  const me = useMe().data?.me;
  const manage = canManage(me, organization.id);
  const member = manage || (me?.memberships ?? []).some((m) => m.organization?.id === organization.id);
  const { data, loading, error, refetch } = useQuery(MeasuresTableDocument, {
    variables: { organizationId: organization.id, fiscalYear },
    skip: !hasFramework,
  });
  const [update] = useMutation(UpdateMeasureDocument);
  const [remove] = useMutation(DeleteMeasureDocument);
  const [status, setStatus] = useState<MeasureStatus | 'ALL'>('ALL');
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [indicator, setIndicator] = useState<string>('ALL');
  const [sort, setSort] = useState<'asc' | 'desc'>('asc');
  const [editing, setEditing] = useState<MeasureRowFragment | 'new' | null>(null);
  const [completing, setCompleting] = useState<MeasureRowFragment | null>(null);
  const [importing, setImporting] = useState(false);

  const indicators = useMemo(() => data?.framework.indicators ?? [], [data]);
  const rows = useMemo(() => {
    const filtered = (data?.measures ?? []).filter(
      (m) =>
        (status === 'ALL' || m.status === status) &&
        (!overdueOnly || m.isOverdue) &&
        (indicator === 'ALL' || m.indicatorCodes.includes(indicator)),
    );
    // The server orders by due date then title; descending is the same list reversed.
    return sort === 'asc' ? filtered : [...filtered].reverse();
  }, [data, status, overdueOnly, indicator, sort]);

  const title = (
    <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
      {t('measures.title', { year: fiscalYear })}
    </Typography.Title>
  );
  if (!hasFramework) return title;
  if (loading && !data) return <PageLoading />;
  if (error && !data) return <QueryError error={error} />;

  const act = (promise: Promise<unknown>, done: string) =>
    promise
      .then(() => {
        message.success(done);
        return refetch();
      })
      .catch((e: unknown) => message.error(errorMessage(t, e)));

  const columns: ColumnsType<MeasureRowFragment> = [
    {
      key: 'title',
      title: t('measures.columns.title'),
      width: 260,
      render: (_, m) => (
        <Space orientation="vertical" size={4}>
          <Link to={`/measures/${m.id}`}>{m.title}</Link>
          <span>
            <MeasureStatusTag status={m.status} />
            {m.isOverdue && <Tag color="#c41d1d">{t('measures.overdueTag')}</Tag>}
            {m.provinceMeasureId && <Tag color="#531dab">{t('measures.provinceWide')}</Tag>}
          </span>
        </Space>
      ),
    },
    {
      key: 'steps',
      title: t('measures.columns.steps'),
      width: 300,
      render: (_, m) => (
        <ol>
          {m.steps.map((s) => (
            <li key={s.id}>{s.description}</li>
          ))}
        </ol>
      ),
    },
    { key: 'responsible', title: t('measures.columns.responsible'), dataIndex: 'responsible', width: 180 },
    {
      key: 'dueDate',
      title: t('measures.columns.dueDate'),
      width: 130,
      render: (_, m) => <ThaiDate value={m.dueDate} />,
    },
    {
      key: 'result',
      title: t('measures.columns.result'),
      width: 280,
      render: (_, m) =>
        m.status === 'COMPLETED' ? (
          <span>
            <strong>{t('measures.status.COMPLETED')}</strong> <span className="pre-line">{m.result}</span>
          </span>
        ) : (
          t(`measures.status.${m.status}`)
        ),
    },
  ];
  if (member) {
    columns.push({
      key: 'actions',
      title: t('measures.columns.actions'),
      width: 170,
      render: (_, m) =>
        isOpen(m) ? (
          <Space orientation="vertical" size={4}>
            <Button size="small" type="primary" onClick={() => setCompleting(m)}>
              {t('measures.complete')}
            </Button>
            {m.status === 'PLANNED' && (
              <Button
                size="small"
                onClick={() =>
                  void act(
                    update({ variables: { id: m.id, input: { status: 'IN_PROGRESS' } } }),
                    t('common.saved'),
                  )
                }
              >
                {t('measures.start')}
              </Button>
            )}
            {manage && (
              <>
                <Button size="small" onClick={() => setEditing(m)}>
                  {t('measures.edit')}
                </Button>
                <Popconfirm
                  title={t('measures.confirmCancel', { title: m.title })}
                  okText={t('measures.confirmYes')}
                  cancelText={t('measures.confirmNo')}
                  onConfirm={() =>
                    void act(
                      update({ variables: { id: m.id, input: { status: 'CANCELLED' } } }),
                      t('measures.cancelled'),
                    )
                  }
                >
                  <Button size="small">{t('measures.cancel')}</Button>
                </Popconfirm>
                <Popconfirm
                  title={t('measures.confirmDelete', { title: m.title })}
                  okText={t('measures.confirmYes')}
                  cancelText={t('measures.confirmNo')}
                  okButtonProps={{ danger: true }}
                  onConfirm={() => void act(remove({ variables: { id: m.id } }), t('measures.deleted'))}
                >
                  <Button size="small" danger>
                    {t('measures.delete')}
                  </Button>
                </Popconfirm>
              </>
            )}
          </Space>
        ) : manage ? (
          <Popconfirm
            title={t('measures.confirmDelete', { title: m.title })}
            okText={t('measures.confirmYes')}
            cancelText={t('measures.confirmNo')}
            okButtonProps={{ danger: true }}
            onConfirm={() => void act(remove({ variables: { id: m.id } }), t('measures.deleted'))}
          >
            <Button size="small" danger>
              {t('measures.delete')}
            </Button>
          </Popconfirm>
        ) : null,
    });
  }

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <div
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          gap: 12,
          justifyContent: 'space-between',
          alignItems: 'center',
        }}
      >
        {title}
        <Space wrap>
          <ReportDownloads organizationId={organization.id} fiscalYear={fiscalYear} />
          {manage && (
            // The start of a year continues last year's unfinished measures (issue 15's carry-over page).
            <Link to={`/organizations/${organization.id}/carry-over?fiscalYear=${fiscalYear}`}>
              {t('carryOver.open', { previous: fiscalYear - 1 })}
            </Link>
          )}
          {manage && <Button onClick={() => setImporting(true)}>{t('measuresFiles.import')}</Button>}
          {manage && (
            <Button type="primary" onClick={() => setEditing('new')}>
              {t('measures.add')}
            </Button>
          )}
        </Space>
      </div>
      <section aria-label={t('measures.filters.label')}>
        <Space wrap>
          <Select
            aria-label={t('measures.filters.status')}
            value={status}
            style={{ width: 200 }}
            onChange={setStatus}
            options={[
              { value: 'ALL', label: t('measures.filters.allStatuses') },
              ...STATUSES.map((s) => ({ value: s, label: t(`measures.status.${s}`) })),
            ]}
          />
          <Select
            aria-label={t('measures.filters.indicator')}
            value={indicator}
            style={{ width: 240 }}
            onChange={setIndicator}
            options={[
              { value: 'ALL', label: t('measures.filters.allIndicators') },
              ...indicators.map((i) => ({ value: i.code, label: `${i.code}. ${i.nameTh}` })),
            ]}
          />
          <Select
            aria-label={t('measures.filters.sort')}
            value={sort}
            style={{ width: 240 }}
            onChange={setSort}
            options={[
              { value: 'asc', label: t('measures.filters.sortDueAsc') },
              { value: 'desc', label: t('measures.filters.sortDueDesc') },
            ]}
          />
          <Checkbox checked={overdueOnly} onChange={(e) => setOverdueOnly(e.target.checked)}>
            {t('measures.filters.overdueOnly')}
          </Checkbox>
        </Space>
      </section>
      <Typography.Text type="secondary">{t('measures.count', { count: rows.length })}</Typography.Text>
      <Table<MeasureRowFragment>
        className="measures-table"
        rowKey="id"
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 1100 }}
        locale={{
          emptyText: (data?.measures.length ?? 0) === 0 ? t('measures.empty') : t('measures.emptyFiltered'),
        }}
      />
      {editing !== null && (
        <MeasureFormDialog
          open
          organizationId={organization.id}
          fiscalYear={fiscalYear}
          indicators={indicators}
          measure={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            message.success(t('measures.form.saved'));
            void refetch();
          }}
        />
      )}
      <ImportMeasuresDialog
        open={importing}
        organizationId={organization.id}
        fiscalYear={fiscalYear}
        onClose={() => setImporting(false)}
        onImported={() => {
          setImporting(false);
          void refetch();
        }}
      />
      <CompleteMeasureDialog
        measure={completing}
        onClose={() => setCompleting(null)}
        onDone={() => {
          setCompleting(null);
          message.success(t('measures.completeDialog.done'));
          void refetch();
        }}
      />
    </Space>
  );
}
