import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import type { EvidenceLinkStatusFragment } from '../gql/graphql';
import { formatDateTime } from '../lib/format';

/** What the nightly link checker (libs/link-check) last found for one evidence URL. */
export const EvidenceLinkStatusFragmentDoc = graphql(`
  fragment EvidenceLinkStatus on EvidenceLink {
    url
    itemCode
    measureId
    brokenSince
    changedSinceAccepted
    lastCheck {
      outcome
      httpStatus
      checkedAt
    }
  }
`);

// Solid dark tones: white text on them passes WCAG AA.
const RED = '#a8071a';
const GREEN = '#237804';
const AMBER = '#874d00';

/** Whether the link would cost the item with an assessor: an error page or no answer at all. */
export const isBrokenLink = (link: EvidenceLinkStatusFragment | undefined) =>
  link?.lastCheck?.outcome === 'BROKEN' || link?.lastCheck?.outcome === 'UNREACHABLE';

/**
 * The link's state in Thai beside the URL: works, broken (with the HTTP status and since when), not checked
 * (an internal address the checker refuses to open), or not yet checked; and whether the page has changed
 * since the province accepted it. The time of the check is in the tooltip.
 */
export function LinkStatusTag({ link }: { link: EvidenceLinkStatusFragment | undefined }) {
  const { t } = useTranslation();
  const check = link?.lastCheck;
  if (!check) return <Tag>{t('linkStatus.unchecked')}</Tag>;
  const when = t('linkStatus.checkedAt', { when: formatDateTime(check.checkedAt) });
  const tag =
    check.outcome === 'OK' ? (
      <Tag color={GREEN}>{t('linkStatus.ok')}</Tag>
    ) : check.outcome === 'REFUSED' ? (
      <Tag color={AMBER}>{t('linkStatus.refused')}</Tag>
    ) : (
      <Tag color={RED}>
        {check.httpStatus
          ? t('linkStatus.brokenStatus', { status: check.httpStatus })
          : t('linkStatus.unreachable')}
        {link.brokenSince ? ` ${t('linkStatus.since', { when: formatDateTime(link.brokenSince) })}` : ''}
      </Tag>
    );
  return (
    <>
      <Tooltip title={when}>{tag}</Tooltip>
      {link.changedSinceAccepted && <Tag color={AMBER}>{t('linkStatus.changed')}</Tag>}
    </>
  );
}
