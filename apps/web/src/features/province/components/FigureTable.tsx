import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { formatScore } from '../../../lib/format';
import type { ProvinceDashboardQuery } from '../../../gql/graphql';

type Rollup = ProvinceDashboardQuery['provinceRollup'];
type Group = Rollup['byDistrict'][number] | Rollup['byType'][number];

export interface GroupRow {
  key: string;
  name: string;
  group: Group;
}

const change = (now: number | null, before: number | null) =>
  now === null || before === null ? null : Math.round((now - before) * 100) / 100;

const surveyText = (g: Group) =>
  g.surveys
    .map((s) => `${s.tool} ${s.responses.toLocaleString()}/${s.minimumResponses.toLocaleString()}`)
    .join(' · ');

/**
 * A group table (by district or by type): the columns of the issue with the previous fiscal year and the
 * change, every column sortable. It scrolls sideways inside itself on a phone; the page never does.
 */
export function GroupTable({
  rows,
  nameTitle,
  caption,
}: {
  rows: GroupRow[];
  nameTitle: string;
  caption: string;
}) {
  const { t } = useTranslation();
  const columns: ColumnsType<GroupRow> = [
    {
      title: nameTitle,
      dataIndex: 'name',
      fixed: 'left',
      sorter: (a, b) => a.name.localeCompare(b.name, 'th'),
    },
    {
      title: t('province.col.laos'),
      align: 'right',
      render: (_, r) => r.group.organizationCount.toLocaleString(),
      sorter: (a, b) => a.group.organizationCount - b.group.organizationCount,
    },
    {
      title: t('province.col.passing'),
      align: 'right',
      render: (_, r) => r.group.passingCount.toLocaleString(),
      sorter: (a, b) => a.group.passingCount - b.group.passingCount,
      defaultSortOrder: undefined,
    },
    {
      title: t('province.col.average'),
      align: 'right',
      render: (_, r) => formatScore(r.group.averageScore),
      sorter: (a, b) => (a.group.averageScore ?? -1) - (b.group.averageScore ?? -1),
    },
    {
      title: t('province.col.overdue'),
      align: 'right',
      render: (_, r) => r.group.measuresOverdue.toLocaleString(),
      sorter: (a, b) => a.group.measuresOverdue - b.group.measuresOverdue,
    },
    {
      title: t('province.col.oit'),
      align: 'right',
      render: (_, r) => formatScore(r.group.oitItems.acceptedPercent),
      sorter: (a, b) => (a.group.oitItems.acceptedPercent ?? -1) - (b.group.oitItems.acceptedPercent ?? -1),
    },
    {
      title: t('province.col.surveys'),
      render: (_, r) => surveyText(r.group),
    },
    {
      title: t('province.col.previous'),
      align: 'right',
      render: (_, r) =>
        `${r.group.previousYear.passingCount.toLocaleString()} / ${formatScore(r.group.previousYear.averageScore)}`,
      sorter: (a, b) => a.group.previousYear.passingCount - b.group.previousYear.passingCount,
    },
    {
      title: t('province.col.change'),
      align: 'right',
      render: (_, r) => {
        const d = change(r.group.averageScore, r.group.previousYear.averageScore);
        if (d === null) return '–';
        return (
          <Typography.Text type={d < 0 ? 'danger' : d > 0 ? 'success' : undefined}>
            {d > 0 ? '+' : ''}
            {formatScore(d)}
          </Typography.Text>
        );
      },
      sorter: (a, b) =>
        (change(a.group.averageScore, a.group.previousYear.averageScore) ?? -999) -
        (change(b.group.averageScore, b.group.previousYear.averageScore) ?? -999),
    },
  ];
  return (
    <Table<GroupRow>
      size="small"
      rowKey="key"
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 960 }}
      title={() => <span className="visually-hidden">{caption}</span>}
    />
  );
}
