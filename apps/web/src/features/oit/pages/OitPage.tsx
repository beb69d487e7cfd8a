import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Collapse, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageLoading } from '../../../components/PageLoading';
import { QueryError } from '../../../components/QueryError';
import { useOrganization } from '../../../lib/organization-context';
import { isBrokenLink } from '../../../components/LinkStatusTag';
import { errorMessage } from '../../../lib/api-problems';
import { canManage, useMe } from '../../../lib/me';
import { OitItemCard } from '../components/OitItemCard';
import { CheckEvidenceLinksDocument, OitChecklistDocument, OitEvidenceLinksDocument } from '../graphql/oit';

/**
 * /organizations/:id/oit — the year's OIT items grouped by sub-indicator, answered and re-submitted here,
 * each evidence link with what the link checker last found (an assessor opens every one: a dead link costs
 * the item), broken ones counted at the top and their groups opened.
 */
export default function OitPage() {
  const { t } = useTranslation();
  const { organization, fiscalYear, hasFramework } = useOrganization();
  const { data, loading, error } = useQuery(OitChecklistDocument, {
    variables: { organizationId: organization.id, fiscalYear },
    skip: !hasFramework,
  });
  const { message } = App.useApp();
  const manage = canManage(useMe().data?.me, organization.id);
  // Beside the checklist, not inside it: the checklist shows at once and the statuses follow.
  const links = useQuery(OitEvidenceLinksDocument, {
    variables: { organizationId: organization.id, fiscalYear },
    skip: !hasFramework,
    errorPolicy: 'all',
  }).data?.evidenceLinks;
  const [checkNow, checking] = useMutation(CheckEvidenceLinksDocument);
  const title = (
    <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
      {t('oit.title', { year: fiscalYear })}
    </Typography.Title>
  );
  if (!hasFramework) return title;
  if (loading && !data) return <PageLoading />;
  if (error && !data) return <QueryError error={error} />;
  const items = data?.oitItems ?? [];
  const groups = (data?.framework.oitSubIndicators ?? []).map((sub) => ({
    sub,
    items: items.filter((i) => i.subIndicatorCode === sub.code).sort((a, b) => a.order - b.order),
  }));
  const itemLinks = (code: string) => (links ?? []).filter((l) => l.itemCode === code);
  const broken = (links ?? []).filter((l) => l.itemCode && isBrokenLink(l));
  const brokenItems = new Set(broken.map((l) => l.itemCode));

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {title}
      <Typography.Paragraph>{t('oit.intro')}</Typography.Paragraph>
      <Typography.Text strong>
        {t('oit.summary', {
          published: items.filter((i) => i.status === 'PUBLISHED').length,
          met: items.filter((i) => i.met).length,
          total: items.length,
        })}
      </Typography.Text>
      {broken.length > 0 && (
        <Alert
          type="error"
          showIcon
          data-testid="broken-links"
          title={t('linkStatus.summary', { links: broken.length, items: brokenItems.size })}
          action={
            manage ? (
              <Button
                size="small"
                loading={checking.loading}
                onClick={() =>
                  void checkNow({ variables: { organizationId: organization.id, fiscalYear } })
                    .then(() => message.success(t('linkStatus.queued')))
                    .catch((e: unknown) => message.error(errorMessage(t, e)))
                }
              >
                {t('linkStatus.checkNow')}
              </Button>
            ) : undefined
          }
        />
      )}
      <Collapse
        // Keyed by what is open by default: the broken links arrive after the checklist.
        key={brokenItems.size}
        defaultActiveKey={groups
          .filter((g) => g.items.some((i) => i.review === 'RETURNED' || brokenItems.has(i.code)))
          .map((g) => g.sub.code)}
        items={groups.map(({ sub, items: subItems }) => ({
          key: sub.code,
          label: (
            <h2 style={{ fontSize: 16, margin: 0 }}>
              {sub.code} {sub.nameTh} ({subItems.filter((i) => i.met).length}/{subItems.length})
            </h2>
          ),
          children: (
            <Space orientation="vertical" style={{ width: '100%' }}>
              {subItems.map((item) => (
                <OitItemCard
                  key={item.code}
                  item={item}
                  links={itemLinks(item.code)}
                  organizationId={organization.id}
                  fiscalYear={fiscalYear}
                />
              ))}
            </Space>
          ),
        }))}
      />
    </Space>
  );
}
