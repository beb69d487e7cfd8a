import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SimulateScoreDocument, SimulatorItemsDocument } from '../graphql/dashboard';
import { Simulator } from './Simulator';

const ORG = '7d0c1a52-1111-4e5b-9a43-0c2e7d9b1a77';
const estimate = (totalScore: number, grade: string, passing: boolean) => ({
  __typename: 'ScoreEstimate' as const,
  totalScore,
  grade,
  gapToPass: passing ? 0 : Math.round((85 - totalScore) * 100) / 100,
  passing,
  toolScores: [],
});
const before = estimate(84.5, 'B', false);

/** The server's answers: the simulator computes nothing itself, it shows what simulateScore says. */
function mocks(seen: unknown[]): MockLink.MockedResponse[] {
  const simulation = (after: ReturnType<typeof estimate>, delta: number) => ({
    data: { simulateScore: { __typename: 'ScoreSimulation', before, after, delta } },
  });
  return [
    {
      request: { query: SimulatorItemsDocument, variables: { organizationId: ORG, fiscalYear: 2566 } },
      result: {
        data: {
          oitItems: [
            { __typename: 'OitItem', code: 'O1', nameTh: 'โครงสร้าง', met: true, order: 1 },
            { __typename: 'OitItem', code: 'O2', nameTh: 'ข้อมูลผู้บริหาร', met: false, order: 2 },
          ],
        },
      },
      maxUsageCount: 10,
    },
    {
      request: {
        query: SimulateScoreDocument,
        variables: (v: Record<string, unknown>) => {
          seen.push(v);
          return v.indicatorScores === null && v.metOitItems === null;
        },
      },
      result: simulation(before, 0),
      maxUsageCount: 10,
    },
    {
      request: {
        query: SimulateScoreDocument,
        variables: (v: Record<string, unknown>) =>
          JSON.stringify(v.indicatorScores) === JSON.stringify([{ indicatorCode: '1', score: 81 }]),
      },
      result: simulation(estimate(84.8, 'B', false), 0.3),
    },
    {
      request: {
        query: SimulateScoreDocument,
        variables: (v: Record<string, unknown>) =>
          JSON.stringify(v.metOitItems) === JSON.stringify(['O1', 'O2']),
      },
      result: simulation(estimate(86.1, 'A', true), 1.6),
    },
  ];
}

describe('the what-if simulator', () => {
  it('shows the estimate now, then the server’s answer for a moved slider and a ticked OIT item', async () => {
    const seen: unknown[] = [];
    render(
      <MockedProvider mocks={mocks(seen)}>
        <Simulator
          organizationId={ORG}
          fiscalYear={2566}
          debounceMs={0}
          indicators={[{ indicatorCode: '1', nameTh: 'การปฏิบัติหน้าที่', score: 80 }]}
        />
      </MockedProvider>,
    );
    expect((await screen.findAllByText('84.50')).length).toBe(2);
    expect(seen[0]).toEqual({
      organizationId: ORG,
      fiscalYear: 2566,
      indicatorScores: null,
      metOitItems: null,
    });

    const slider = screen.getByRole('slider', { name: 'คะแนนตัวชี้วัดที่ 1' });
    fireEvent.keyDown(slider, { key: 'ArrowRight', keyCode: 39 });
    expect(await screen.findByText('84.80')).toBeTruthy();
    expect(screen.getByTestId('simulation-delta').textContent).toBe('เปลี่ยนไป +0.30 คะแนน');

    await userEvent.click(screen.getByRole('button', { name: 'ล้างค่าที่ทดลอง' }));
    await userEvent.click(await screen.findByRole('button', { name: /ข้อ OIT ที่ผ่าน \(1 จาก 2 ข้อ\)/ }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'O2 ข้อมูลผู้บริหาร' }));
    expect(await screen.findByText('86.10')).toBeTruthy();
    expect(screen.getByText('ระดับ A')).toBeTruthy();
  });
});
