import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateField, dateFieldRule } from './DateField';

/**
 * The fields of a measure as the seed's table names them (the UI contract's labels): มาตรการ, the steps one
 * a line, ผู้รับผิดชอบหรือผู้ที่เกี่ยวข้อง, กำหนดแล้วเสร็จ (typed 15/02/2566 or picked), and the indicators it
 * targets. One piece for an LAO's own measure form and the province-wide composer, so both ask the same.
 */
export function MeasureFields({
  indicators,
  indicatorsLabel,
}: {
  indicators: readonly { code: string; nameTh: string }[];
  /** The indicators field's label (the province composer words it for every LAO). */
  indicatorsLabel?: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item
        label={t('measures.form.title')}
        name="title"
        rules={[{ required: true, whitespace: true, message: t('measures.form.titleRequired') }]}
      >
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} />
      </Form.Item>
      <Form.Item
        label={t('measures.form.steps')}
        name="steps"
        extra={t('measures.form.stepsHelp')}
        rules={[{ required: true, whitespace: true, message: t('measures.form.stepsRequired') }]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} />
      </Form.Item>
      <Form.Item
        label={t('measures.form.responsible')}
        name="responsible"
        rules={[{ required: true, whitespace: true, message: t('measures.form.responsibleRequired') }]}
      >
        <Input />
      </Form.Item>
      <Form.Item label={t('measures.form.dueDate')} name="dueDate" rules={[dateFieldRule(t, true)]}>
        <DateField />
      </Form.Item>
      <Form.Item label={indicatorsLabel ?? t('measures.form.indicators')} name="indicatorCodes">
        <Select
          mode="multiple"
          allowClear
          options={indicators.map((i) => ({ value: i.code, label: `${i.code}. ${i.nameTh}` }))}
        />
      </Form.Item>
    </>
  );
}
