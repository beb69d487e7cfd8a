import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, Card, Form, Input, Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { isBrokenLink, LinkStatusTag } from '../../../components/LinkStatusTag';
import type { EvidenceLinkStatusFragment, OitItemFieldsFragment, OitItemStatus } from '../../../gql/graphql';
import { fieldKey, problemMessage, problemsOf } from '../../../lib/api-problems';
import { UpdateOitItemDocument } from '../graphql/oit';

interface Values {
  status: OitItemStatus;
  urls: string;
  note: string;
}

const STATUSES: OitItemStatus[] = ['NOT_STARTED', 'DRAFT', 'PUBLISHED'];

/**
 * One OIT item: its answer (status, evidence links with what the checker found, note) and the province's
 * review of it.
 */
export function OitItemCard({
  item,
  links = [],
  organizationId,
  fiscalYear,
}: {
  item: OitItemFieldsFragment;
  links?: readonly EvidenceLinkStatusFragment[];
  organizationId: string;
  fiscalYear: number;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [update, { loading }] = useMutation(UpdateOitItemDocument);
  const returned = item.review === 'RETURNED';
  const idBase = `oit-${item.code}`;

  const submit = (values: Values) => {
    update({
      variables: {
        input: {
          organizationId,
          fiscalYear,
          itemCode: item.code,
          status: values.status,
          evidenceUrls: values.urls
            .split('\n')
            .map((u) => u.trim())
            .filter((u) => u !== ''),
          note: values.note ?? '',
        },
      },
    })
      .then(() => message.success(t('oit.saved', { code: item.code })))
      .catch((e: unknown) => {
        const problems = problemsOf(e);
        const name = (p: (typeof problems)[number]): keyof Values =>
          fieldKey(p.field) === 'note' ? 'note' : fieldKey(p.field) === 'evidenceUrls' ? 'urls' : 'status';
        form.setFields(problems.map((p) => ({ name: name(p), errors: [problemMessage(t, p)] })));
      });
  };

  return (
    <Card
      size="small"
      title={
        <h3 style={{ fontSize: 16, margin: 0, whiteSpace: 'normal' }}>
          {t('oit.item', { code: item.code, name: item.nameTh })}
        </h3>
      }
      extra={
        <>
          {links.some(isBrokenLink) && <Tag color="#a8071a">{t('linkStatus.itemBroken')}</Tag>}
          {item.review === 'ACCEPTED' ? (
            <Tag color="#237804">{t('oit.review.ACCEPTED')}</Tag>
          ) : returned ? (
            <Tag color="#c41d1d">{t('oit.review.RETURNED')}</Tag>
          ) : null}
        </>
      }
    >
      {returned && item.reviewComment && (
        <Alert
          type="warning"
          showIcon
          title={t('oit.reviewComment', { comment: item.reviewComment })}
          style={{ marginBottom: 12 }}
        />
      )}
      <Form<Values>
        form={form}
        name={idBase}
        layout="vertical"
        requiredMark={false}
        initialValues={{ status: item.status, urls: item.evidenceUrls.join('\n'), note: item.note ?? '' }}
        onFinish={submit}
      >
        <Form.Item name="status" label={t('oit.status')}>
          <Select
            style={{ maxWidth: 240 }}
            options={STATUSES.map((s) => ({ value: s, label: t(`oit.statuses.${s}`) }))}
          />
        </Form.Item>
        <Form.Item name="urls" label={t('oit.urls')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} />
        </Form.Item>
        {item.evidenceUrls.length > 0 && (
          <ul
            aria-label={t('oit.linkChecks', { code: item.code })}
            style={{ margin: '-8px 0 16px', paddingInlineStart: 20 }}
          >
            {item.evidenceUrls.map((url) => (
              <li key={url} style={{ overflowWrap: 'anywhere' }}>
                {/* Underlined: beside the tag's text a link must not be told apart by colour alone. */}
                <a
                  href={url}
                  target="_blank"
                  rel="noreferrer noopener"
                  style={{ textDecoration: 'underline' }}
                >
                  {url}
                </a>{' '}
                <LinkStatusTag link={links.find((l) => l.url === url)} />
              </li>
            ))}
          </ul>
        )}
        <Form.Item name="note" label={t('oit.note')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          loading={loading}
          aria-label={`${returned ? t('oit.resubmit') : t('oit.save')} ${item.code}`}
        >
          {returned ? t('oit.resubmit') : t('oit.save')}
        </Button>
      </Form>
    </Card>
  );
}
