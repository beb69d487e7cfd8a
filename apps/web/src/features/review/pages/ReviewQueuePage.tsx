import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Empty, Input, List, Select, Space, Tag, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageLoading } from '../../../components/PageLoading';
import { QueryError } from '../../../components/QueryError';
import { errorMessage, problemsOf } from '../../../lib/api-problems';
import { formatDateTime } from '../../../lib/format';
import { districtsOf, useProvince } from '../../../lib/province-context';
import type { OitReviewQueueQuery } from '../../../gql/graphql';
import {
  OitReviewQueueDocument,
  ReviewEvidenceLinksDocument,
  ReviewQueueDecisionDocument,
} from '../graphql/review';

type Pending = OitReviewQueueQuery['oitReviewQueue']['items'][number];
const keyOf = (p: Pending) => `${p.organization.id}:${p.item.code}`;

/**
 * The province's OIT review queue: every published item not yet reviewed, oldest first. One item is open at
 * a time; after accepting or returning it the next one opens and the counts drop at once (the decided item
 * leaves the list locally while the queue is fetched again). Keys work on any keyboard layout (by key
 * position): A accept, R return (a reason is required), J/K next/previous.
 */
export default function ReviewQueuePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { provinceCode, fiscalYear, hasFramework, organizations } = useProvince();
  const [params, setParams] = useSearchParams();
  const districtCode = params.get('district') || null;
  const subIndicatorCode = params.get('sub') || null;
  const { data, loading, error, refetch } = useQuery(OitReviewQueueDocument, {
    variables: { provinceCode, fiscalYear, districtCode, subIndicatorCode },
    skip: !hasFramework,
    fetchPolicy: 'cache-and-network',
  });
  const [decided, setDecided] = useState<Set<string>>(new Set());
  const [index, setIndex] = useState(0);
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [decide, decision] = useMutation(ReviewQueueDecisionDocument);
  const heading = useRef<HTMLHeadingElement>(null);

  const items = (data?.oitReviewQueue.items ?? []).filter((p) => !decided.has(keyOf(p)));
  const total = Math.max(0, (data?.oitReviewQueue.total ?? 0) - (data ? countDecided(data, decided) : 0));
  const current: Pending | undefined = items[Math.min(index, items.length - 1)];

  const links = useQuery(ReviewEvidenceLinksDocument, {
    variables: { organizationId: current?.organization.id ?? '', fiscalYear },
    skip: !current,
  });

  const setFilter = (key: 'district' | 'sub', value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
    setIndex(0);
  };

  const submit = async (accept: boolean) => {
    if (!current || decision.loading) return;
    if (!accept && !reason.trim()) {
      setReasonError(t('review.reasonRequired'));
      return;
    }
    try {
      await decide({
        variables: {
          input: {
            organizationId: current.organization.id,
            fiscalYear,
            itemCode: current.item.code,
            decision: accept ? 'ACCEPTED' : 'RETURNED',
            comment: accept ? null : reason.trim(),
          },
        },
      });
      const what = { code: current.item.code, name: current.organization.nameTh };
      void message.success(accept ? t('review.accepted', what) : t('review.returned', what));
      setDecided((s) => new Set(s).add(keyOf(current)));
      setReturning(false);
      setReason('');
      setReasonError(null);
      heading.current?.focus();
      void refetch();
    } catch (e) {
      const problem = problemsOf(e)[0];
      if (problem?.field === 'comment') setReasonError(errorMessage(t, e));
      else void message.error(errorMessage(t, e));
    }
  };

  // Keys act on the open item unless the reader is typing (the reason box, a select).
  const submitRef = useRef(submit);
  submitRef.current = submit;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (target.closest('input, textarea, select, [role="combobox"], [contenteditable="true"]')) return;
      if (e.code === 'KeyA') {
        e.preventDefault();
        void submitRef.current(true);
      } else if (e.code === 'KeyR') {
        e.preventDefault();
        setReturning(true);
      } else if (e.code === 'KeyJ') setIndex((i) => i + 1);
      else if (e.code === 'KeyK') setIndex((i) => Math.max(0, i - 1));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (!hasFramework) return null;
  if (error && !data) {
    if (problemsOf(error).some((p) => p.code === 'FORBIDDEN'))
      return <Alert type="warning" showIcon role="alert" title={t('province.forbidden')} />;
    return <QueryError error={error} />;
  }
  if (!data) return <PageLoading />;
  const districts = districtsOf(organizations);
  const position = Math.min(index, items.length - 1);
  const linkOf = (url: string) =>
    links.data?.evidenceLinks.find((l) => l.url === url && l.itemCode === current?.item.code)?.lastCheck
      ?.outcome;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 28, margin: 0 }}>
        {t('review.title')}
      </Typography.Title>
      <Space wrap size={[16, 8]}>
        <Typography.Text strong role="status" aria-live="polite" data-testid="pending-count">
          {t('review.pending', { count: total })}
        </Typography.Text>
        <label style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
          <span>{t('province.district')}</span>
          <Select
            aria-label={t('province.district')}
            showSearch={{ optionFilterProp: 'label' }}
            style={{ width: 200 }}
            value={districtCode ?? ''}
            onChange={(v: string) => setFilter('district', v || undefined)}
            options={[
              { value: '', label: t('province.allDistricts') },
              ...districts.map((d) => ({ value: d.code, label: d.nameTh })),
            ]}
          />
        </label>
        <label style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
          <span>{t('review.subIndicator')}</span>
          <Select
            aria-label={t('review.subIndicator')}
            style={{ width: 280, maxWidth: '100%' }}
            value={subIndicatorCode ?? ''}
            onChange={(v: string) => setFilter('sub', v || undefined)}
            options={[
              { value: '', label: t('review.allSubIndicators') },
              ...data.framework.oitSubIndicators.map((s) => ({
                value: s.code,
                label: `${s.code} ${s.nameTh}`,
              })),
            ]}
          />
        </label>
      </Space>
      <Typography.Text type="secondary">{t('review.keyboard')}</Typography.Text>
      {loading && items.length === 0 && <PageLoading />}
      {!current ? (
        <Empty description={t('review.none')} />
      ) : (
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16, alignItems: 'flex-start' }}>
          <Card style={{ flex: '2 1 420px', minWidth: 0 }}>
            <Space orientation="vertical" style={{ width: '100%' }}>
              <Typography.Text type="secondary">
                {t('review.position', { n: position + 1, total: items.length })} ·{' '}
                {t('review.submittedAt', { when: formatDateTime(current.submittedAt) })}
              </Typography.Text>
              <h2
                ref={heading}
                tabIndex={-1}
                style={{ fontSize: 20, margin: 0 }}
                data-testid="review-current"
              >
                {current.item.code} {current.item.nameTh}
              </h2>
              <Typography.Text>
                <Link to={`/organizations/${current.organization.id}/oit?fiscalYear=${fiscalYear}`}>
                  {current.organization.nameTh}
                </Link>{' '}
                · {current.organization.district.nameTh} · {t('review.subIndicator')}{' '}
                {current.item.subIndicatorCode}
              </Typography.Text>
              <Typography.Text strong>{t('review.evidence')}</Typography.Text>
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {current.item.evidenceUrls.map((url) => {
                  const outcome = linkOf(url);
                  return (
                    <li key={url} style={{ overflowWrap: 'anywhere' }}>
                      <a href={url} target="_blank" rel="noreferrer noopener">
                        {url}
                      </a>{' '}
                      <Tag color={outcome === 'OK' ? 'green' : outcome ? 'red' : 'default'}>
                        {outcome === 'OK'
                          ? t('review.linkStatus.OK')
                          : outcome
                            ? t('review.linkStatus.BROKEN')
                            : t('review.linkStatus.UNCHECKED')}
                      </Tag>
                    </li>
                  );
                })}
              </ul>
              {current.item.note && (
                <Typography.Paragraph>
                  {t('review.note')}: {current.item.note}
                </Typography.Paragraph>
              )}
              {returning ? (
                <Space orientation="vertical" style={{ width: '100%' }}>
                  <label htmlFor="return-reason">{t('review.reason')}</label>
                  <Input.TextArea
                    id="return-reason"
                    autoFocus
                    rows={3}
                    value={reason}
                    status={reasonError ? 'error' : undefined}
                    aria-invalid={reasonError ? true : undefined}
                    aria-describedby={reasonError ? 'return-reason-error' : undefined}
                    onChange={(e) => setReason(e.target.value)}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void submit(false);
                      if (e.key === 'Escape') setReturning(false);
                    }}
                  />
                  {reasonError && (
                    <Typography.Text type="danger" id="return-reason-error" role="alert">
                      {reasonError}
                    </Typography.Text>
                  )}
                  <Space wrap>
                    <Button
                      danger
                      type="primary"
                      loading={decision.loading}
                      onClick={() => void submit(false)}
                    >
                      {t('review.confirmReturn')}
                    </Button>
                    <Button onClick={() => setReturning(false)}>{t('review.cancel')}</Button>
                  </Space>
                </Space>
              ) : (
                <Space wrap>
                  <Button type="primary" loading={decision.loading} onClick={() => void submit(true)}>
                    {t('review.accept')}
                  </Button>
                  <Button danger onClick={() => setReturning(true)}>
                    {t('review.return')}
                  </Button>
                  <Button disabled={position === 0} onClick={() => setIndex(Math.max(0, position - 1))}>
                    {t('review.previous')}
                  </Button>
                  <Button disabled={position >= items.length - 1} onClick={() => setIndex(position + 1)}>
                    {t('review.next')}
                  </Button>
                </Space>
              )}
            </Space>
          </Card>
          <Card style={{ flex: '1 1 280px', minWidth: 0 }} size="small">
            <List
              size="small"
              dataSource={items.slice(0, 50)}
              renderItem={(p, i) => (
                <List.Item style={{ background: i === position ? '#e6f4ff' : undefined }}>
                  <Button
                    type="link"
                    style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
                    onClick={() => setIndex(i)}
                  >
                    {p.item.code} · {p.organization.nameTh}
                  </Button>
                </List.Item>
              )}
            />
          </Card>
        </div>
      )}
    </Space>
  );
}

/** Decided items still in the fetched page (the refetch removes them from `total` on its own). */
function countDecided(data: OitReviewQueueQuery, decided: Set<string>): number {
  return data.oitReviewQueue.items.filter((p) => decided.has(keyOf(p))).length;
}
