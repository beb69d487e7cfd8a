import ExcelJS from 'exceljs';
import { MEASURE_HEADERS } from './measures-sheet';

/**
 * The empty import template (GET /imports/templates/measures.xlsx): the seed's five columns with the seed's
 * first measure as an example row, and a notes sheet on what each column takes.
 */
export async function measuresTemplateXlsx(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Prongsai';
  const font = { name: 'TH Sarabun New', size: 16 };
  const ws = book.addWorksheet('มาตรการ', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [
    { header: MEASURE_HEADERS.title, width: 40 },
    { header: MEASURE_HEADERS.steps, width: 50 },
    { header: MEASURE_HEADERS.responsible, width: 30 },
    { header: MEASURE_HEADERS.dueDate, width: 18 },
    { header: MEASURE_HEADERS.result, width: 50 },
  ];
  ws.getRow(1).font = { ...font, bold: true };
  const example = ws.addRow([
    '- ให้ความรู้เรื่องการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ',
    '- จัดประชุมชี้แจงแนวทางการดำเนินงาน ITA แก่บุคลากร\n- เผยแพร่สรุปการประชุมทางเว็บไซต์',
    'สำนักปลัด',
    '๑๐ ก.พ. ๖๖',
    'ดำเนินการแล้วเสร็จ จัดประชุมเมื่อวันที่ ๑๐ กุมภาพันธ์ ๒๕๖๖',
  ]);
  example.font = font;
  example.alignment = { wrapText: true, vertical: 'top' };
  // Dates typed as text stay text: Excel must not turn ๑๐ ก.พ. ๖๖ or 10/02/2566 into a Gregorian date.
  ws.getColumn(4).numFmt = '@';

  const notes = book.addWorksheet('คำอธิบาย');
  notes.columns = [{ width: 32 }, { width: 90 }];
  const rows: [string, string][] = [
    ['คอลัมน์', 'สิ่งที่กรอก'],
    [
      MEASURE_HEADERS.title,
      'ชื่อมาตรการ หนึ่งแถวต่อหนึ่งมาตรการ (ขีด "- " นำหน้าได้; หลายบรรทัดในช่องเดียวยังเป็นมาตรการเดียว)',
    ],
    [MEASURE_HEADERS.steps, 'ขั้นตอน บรรทัดละหนึ่งขั้นตอน นำหน้าด้วย "- " ได้'],
    [MEASURE_HEADERS.responsible, 'ผู้รับผิดชอบหรือผู้ที่เกี่ยวข้อง'],
    [
      MEASURE_HEADERS.dueDate,
      'เช่น ๑๐ ก.พ. ๖๖, 10 ก.พ. 2566, 10/02/2566, 2023-02-10, วันที่ของ Excel หรือช่วงเดือน ม.ค. - มี.ค. ๖๖ (= วันสุดท้ายของเดือนสุดท้าย)',
    ],
    [
      MEASURE_HEADERS.result,
      'ไม่บังคับ ขึ้นต้นด้วย "ดำเนินการแล้วเสร็จ" (บันทึกเป็นดำเนินการแล้วเสร็จพร้อมผล), "อยู่ระหว่างดำเนินการ" หรือ "ยังไม่ได้ดำเนินการ"',
    ],
    ['', 'คอลัมน์เรียงลำดับใดก็ได้ ระบบหาคอลัมน์จากชื่อหัวคอลัมน์'],
    ['', 'นำเข้าไฟล์เดิมซ้ำไม่สร้างมาตรการซ้ำ: มาตรการชื่อเดียวกันในปีงบประมาณเดียวกันจะถูกปรับปรุงแทน'],
    ['', 'ถ้ามีข้อผิดพลาดแม้แถวเดียว จะไม่บันทึกข้อมูลใดเลย'],
  ];
  for (const r of rows) notes.addRow(r).font = font;
  notes.getRow(1).font = { ...font, bold: true };
  return Buffer.from(await book.xlsx.writeBuffer());
}
