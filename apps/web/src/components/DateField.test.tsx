import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Button, Form } from 'antd';
import { describe, expect, it, vi } from 'vitest';
import i18n from '../lib/i18n';
import { DateField, dateFieldRule, dateFieldToIso } from './DateField';

function DateForm({ onSubmit }: { onSubmit: (iso: string | null) => void }) {
  const [form] = Form.useForm<{ dueDate: string }>();
  return (
    <Form form={form} onFinish={(v) => onSubmit(dateFieldToIso(v.dueDate))}>
      <Form.Item label="กำหนดแล้วเสร็จ" name="dueDate" rules={[dateFieldRule(i18n.t, true)]}>
        <DateField />
      </Form.Item>
      <Button htmlType="submit">บันทึก</Button>
    </Form>
  );
}

describe('the date field', () => {
  it.each([
    ['15/02/2566', '2023-02-15'],
    ['15/2/2566', '2023-02-15'],
    ['๑๕/๐๒/๒๕๖๖', '2023-02-15'],
    ['15/2/66', '2023-02-15'],
  ])('reads %s as %s (libs/thai parseThaiDateInput)', async (typed, iso) => {
    const onSubmit = vi.fn();
    render(<DateForm onSubmit={onSubmit} />);
    await userEvent.type(screen.getByLabelText('กำหนดแล้วเสร็จ'), typed);
    await userEvent.click(screen.getByRole('button', { name: 'บันทึก' }));
    await vi.waitFor(() => expect(onSubmit).toHaveBeenCalledWith(iso));
  });

  it.each([
    ['15/02/2023', 'กรุณากรอกปีเป็นพุทธศักราช เช่น 2566 (ไม่ใช่ ค.ศ.)'],
    ['30/02/2566', 'วันที่นี้ไม่มีในเดือนนั้น'],
    ['15/13/2566', 'เดือนต้องอยู่ระหว่าง 1 ถึง 12'],
    ['พรุ่งนี้', 'กรุณากรอกวันที่เป็น วัน/เดือน/ปี พ.ศ. เช่น 15/02/2566'],
  ])('refuses %s in Thai: %s', async (typed, sentence) => {
    const onSubmit = vi.fn();
    render(<DateForm onSubmit={onSubmit} />);
    await userEvent.type(screen.getByLabelText('กำหนดแล้วเสร็จ'), typed);
    await userEvent.click(screen.getByRole('button', { name: 'บันทึก' }));
    expect(await screen.findByText(sentence)).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('asks for a date when the box is empty', async () => {
    render(<DateForm onSubmit={vi.fn()} />);
    await userEvent.click(screen.getByRole('button', { name: 'บันทึก' }));
    expect(await screen.findByText('กรุณากรอกวันที่')).toBeTruthy();
  });

  it('has a Buddhist-era calendar beside the box: picking a day fills it as day/month/BE year', async () => {
    render(<DateForm onSubmit={vi.fn()} />);
    const box = screen.getByLabelText('กำหนดแล้วเสร็จ');
    await userEvent.type(box, '01/02/2566');
    await userEvent.click(screen.getByRole('button', { name: 'เลือกวันที่จากปฏิทิน' }));
    expect(await screen.findByText('2566')).toBeTruthy();
    await userEvent.click(screen.getByTitle('2023-02-15'));
    expect((box as HTMLInputElement).value).toBe('15/02/2566');
  });
});
