import { CalendarOutlined } from '@ant-design/icons';
import { formatThaiDateInput, parseThaiDateInput } from '@prongsai/thai';
import { Button, Calendar, Input, Popover, Select, Space } from 'antd';
import type { Rule } from 'antd/es/form';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  id?: string;
  /** The text in the box, as typed: `15/02/2566`. The form converts it with `dateFieldToIso` on submit. */
  value?: string;
  onChange?: (text: string) => void;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

/**
 * A date typed as Thai forms write it (day/month/Buddhist year: `15/02/2566`, `15/2/66`, Thai digits) or
 * picked from a Buddhist-era calendar. Parsing is libs/thai's `parseThaiDateInput`, shared with the server's
 * tests; dayjs only draws the calendar (it can format BBBB but not parse it).
 */
export function DateField({ id, value, onChange, ...aria }: Props) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const parsed = value ? parseThaiDateInput(value) : null;
  const shown = dayjs(parsed?.ok ? parsed.value : undefined);
  const thai = !i18n.language.startsWith('en');
  const months = Array.from({ length: 12 }, (_, m) =>
    new Intl.DateTimeFormat(thai ? 'th-TH' : 'en-GB', { month: 'long', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2023, m, 1)),
    ),
  );

  const calendar = (
    <div style={{ width: 300 }}>
      <Calendar
        fullscreen={false}
        value={shown}
        onSelect={(d, info) => {
          if (info.source !== 'date') return;
          onChange?.(formatThaiDateInput(d.format('YYYY-MM-DD')));
          setOpen(false);
        }}
        headerRender={({ value: v, onChange: move }) => (
          <Space style={{ padding: 8 }}>
            <Select
              size="small"
              aria-label={t('dateField.month')}
              value={v.month()}
              style={{ width: 130 }}
              options={months.map((label, m) => ({ value: m, label }))}
              onChange={(m: number) => move(v.month(m))}
            />
            <Select
              size="small"
              aria-label={t('dateField.year')}
              value={v.year()}
              style={{ width: 100 }}
              options={Array.from({ length: 11 }, (_, i) => v.year() - 5 + i).map((y) => ({
                value: y,
                label: String(y + 543),
              }))}
              onChange={(y: number) => move(v.year(y))}
            />
          </Space>
        )}
      />
    </div>
  );

  return (
    <Space.Compact style={{ width: '100%', maxWidth: 320 }}>
      <Input
        id={id}
        value={value}
        inputMode="numeric"
        autoComplete="off"
        placeholder={t('dateField.placeholder')}
        onChange={(e) => onChange?.(e.target.value)}
        {...aria}
      />
      <Popover content={calendar} trigger="click" open={open} onOpenChange={setOpen} placement="bottomRight">
        <Button icon={<CalendarOutlined />} aria-label={t('dateField.openCalendar')} />
      </Popover>
    </Space.Compact>
  );
}

/** The form rule: empty when required, and any typed text that is not a date, in a Thai sentence. */
export function dateFieldRule(t: (key: string) => string, required: boolean): Rule {
  return {
    validator: async (_, text: string | undefined) => {
      if (!text || text.trim() === '') {
        if (required) throw new Error(t('dateField.invalid.EMPTY'));
        return;
      }
      const parsed = parseThaiDateInput(text);
      if (!parsed.ok) throw new Error(t(`dateField.invalid.${parsed.reason}`));
    },
  };
}

/** Typed text → 'YYYY-MM-DD' (after the rule passed), or null for an empty box. */
export function dateFieldToIso(text: string | undefined): string | null {
  if (!text || text.trim() === '') return null;
  const parsed = parseThaiDateInput(text);
  return parsed.ok ? parsed.value : null;
}

export { formatThaiDateInput as isoToDateField };
