import { Alert, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../../lib/api-problems';
import { describePath } from '../lib/framework-form';

/**
 * Every problem of a framework file or draft: where it is, in the page's words ("ตัวชี้วัด · แถวที่ 4 ·
 * น้ำหนัก"), and why, in Thai. The API's own message is English for logs and is not shown.
 */
export function FrameworkProblems({ problems }: { problems: readonly { path: string; reason: string }[] }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={t('frameworks.problems', { count: problems.length })}
      description={
        <List
          size="small"
          data-testid="framework-problems"
          dataSource={[...problems]}
          renderItem={(p) => (
            <List.Item style={{ display: 'block' }}>
              <Typography.Text strong>{describePath(t, p.path)}</Typography.Text>
              {': '}
              {problemMessage(t, { reason: p.reason })}
            </List.Item>
          )}
        />
      }
    />
  );
}
