import globalSetup from '../../setup/global-setup';
import globalTeardown from '../../setup/global-teardown';
import { leadEmail, SUPERVISOR_14, TestApp } from '../../setup/test-app';
import { recordScores } from '../../ita/ita-fixtures';
import { WEB_CODE } from '../web-fixtures';

/**
 * The real API on a fresh database (as the browser tests boot it), with an LAO that looks lived in for
 * FY2566: scores short of 85, measures worded like the province's published report, survey targets. For
 * the screenshots and bench:web, which run outside jest (`node -r test/setup/ts-register.js …`).
 */
export async function bootDemo(): Promise<{ t: TestApp; orgId: string; stop: () => Promise<void> }> {
  await globalSetup();
  const t = await TestApp.create();
  const orgId = await t.orgId(WEB_CODE);
  const lead = await t.token(leadEmail(WEB_CODE));
  // prettier-ignore
  await recordScores(t, await t.token(SUPERVISOR_14), orgId, 2566, 'OFFICIAL', { '1': 82.1, '2': 80.4, '3': 85.6, '4': 78.9, '5': 83.2, '6': 80.5, '7': 77.8, '8': 82.6, '9': 70, '10': 75 });
  await recordScores(t, lead, orgId, 2566, 'SELF_ASSESSMENT', { '9': 78.5, '10': 80 });
  const measures: [string, string[], string, string, string | null][] = [
    [
      'ให้ความรู้เรื่องการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ',
      ['จัดประชุมชี้แจงบุคลากรทุกกองเพื่อให้ผ่านเกณฑ์ประเมิน ITA (85 คะแนน)', 'สรุปผลการประชุมเสนอผู้บริหาร'],
      'สำนักปลัด',
      '2023-02-10',
      'นายกเทศมนตรีเป็นประธานการประชุมชี้แจงแนวทางการยกระดับผลการประเมิน ITA เมื่อวันที่ 10 กุมภาพันธ์ 2566 ผู้เข้าร่วม 120 คน',
    ],
    [
      'การเปิดเผยข้อมูลข้อเท็จจริงแก่ผู้มาใช้บริการอย่างถูกต้องตรงไปตรงมา',
      ['จัดทำประกาศเจตนารมณ์ไม่เรียกรับผลประโยชน์ (No Gift Policy)', 'เผยแพร่ประกาศบนเว็บไซต์และบอร์ดประชาสัมพันธ์'],
      'สำนักปลัด และกองคลัง',
      '2022-12-27',
      null,
    ],
    [
      'การเผยแพร่ข้อมูลต่อสาธารณะและการจัดการเรื่องร้องเรียนการทุจริต',
      ['เพิ่มช่องทางให้ประชาชนมีส่วนร่วม ทั้งเว็บไซต์ เฟซบุ๊ก และไลน์'],
      'กองยุทธศาสตร์และงบประมาณ',
      '2023-03-31',
      null,
    ],
    [
      'จัดทำคู่มือการร้องเรียนเจ้าหน้าที่ในหน่วยงานให้มีกระบวนการที่ชัดเจน',
      ['ร่างคู่มือการร้องเรียน', 'เผยแพร่คู่มือให้บุคลากรและประชาชนรับทราบ'],
      'งานนิติการ สำนักปลัด',
      '2023-09-15',
      null,
    ],
  ];
  for (const [title, steps, responsible, dueDate, result] of measures) {
    const created = await t.gql<{ createMeasure: { id: string } }>(
      `mutation($input: CreateMeasureInput!) { createMeasure(input: $input) { id } }`,
      {
        input: {
          organizationId: orgId,
          fiscalYear: 2566,
          title,
          steps,
          responsible,
          dueDate,
          indicatorCodes: ['9', '10'],
        },
      },
      lead,
    );
    const id = created.data!.createMeasure.id;
    if (result) {
      await t.gql(
        `mutation($id: ID!, $r: String!) { completeMeasure(id: $id, result: $r) { id } }`,
        { id, r: result },
        lead,
      );
    }
  }
  for (const [tool, min, so, code] of [
    ['IIT', 32, 27, '15596d'],
    ['EIT', 100, 112, '7c2a9e'],
  ] as const) {
    await t.gql(
      `mutation($input: SetSurveyTargetInput!) { setSurveyTarget(input: $input) { id } }`,
      {
        input: {
          organizationId: orgId,
          fiscalYear: 2566,
          tool,
          minimumResponses: min,
          responsesSoFar: so,
          accessCode: code,
        },
      },
      lead,
    );
  }
  return {
    t,
    orgId,
    stop: async () => {
      await t.close();
      await globalTeardown();
    },
  };
}
