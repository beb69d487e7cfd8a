import QRCode from 'qrcode';
import { SurveyTool } from '@prongsai/surveys';
import { POSTER_QR_ERROR_CORRECTION, POSTER_QR_QUIET_ZONE, qrSvg } from './qr-svg';
import {
  buildSurveyPosters,
  fiscalYearTh,
  renderSurveyPostersHtml,
  SurveyPosterSource,
  surveyPostersFileName,
} from './survey-posters';

const source = (targets: SurveyPosterSource['targets']): SurveyPosterSource => ({
  organizationNameTh: 'เทศบาลเมืองอโยธยา',
  districtNameTh: 'พระนครศรีอยุธยา',
  provinceNameTh: 'พระนครศรีอยุธยา',
  fiscalYear: 2566,
  targets,
});

describe('buildSurveyPosters', () => {
  it.each<[string, SurveyPosterSource['targets'], string[]]>([
    [
      'both tools with codes: IIT first, whatever the input order',
      [
        { tool: SurveyTool.EIT, accessCode: 'a7k2p9' },
        { tool: SurveyTool.IIT, accessCode: '15596d' },
      ],
      ['https://itas.nacc.go.th/go/iit/15596d', 'https://itas.nacc.go.th/go/eit/a7k2p9'],
    ],
    [
      'only EIT has a code',
      [
        { tool: SurveyTool.IIT, accessCode: null },
        { tool: SurveyTool.EIT, accessCode: 'a7k2p9' },
      ],
      ['https://itas.nacc.go.th/go/eit/a7k2p9'],
    ],
    ['no codes at all', [{ tool: SurveyTool.IIT, accessCode: null }], []],
    ['no targets', [], []],
  ])('%s', (_name, targets, urls) => {
    expect(buildSurveyPosters(source(targets)).map((p) => p.surveyUrl)).toEqual(urls);
  });

  it('invites staff of at least a year to the IIT and service users to the EIT, with the year in Thai', () => {
    const [iit, eit] = buildSurveyPosters(
      source([
        { tool: SurveyTool.IIT, accessCode: '15596d' },
        { tool: SurveyTool.EIT, accessCode: 'a7k2p9' },
      ]),
    );
    expect(iit.invitationLines[0]).toContain('ปฏิบัติงานในหน่วยงานมาแล้วไม่น้อยกว่า ๑ ปี');
    expect(iit.toolNameTh).toBe('แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)');
    expect(eit.invitationLines[0]).toContain('ผู้รับบริการ');
    expect(eit.toolNameTh).toBe('แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)');
    expect(iit.fiscalYearTh).toBe('ประจำปีงบประมาณ พ.ศ. ๒๕๖๖');
    expect(iit.placeTh).toBe('อำเภอพระนครศรีอยุธยา จังหวัดพระนครศรีอยุธยา');
    expect(iit.accessCode).toBe('15596d');
  });

  it('names the file in Thai with the year in Arabic digits', () => {
    expect(surveyPostersFileName('เทศบาลเมืองอโยธยา', 2566)).toBe(
      'โปสเตอร์แบบวัด ITA เทศบาลเมืองอโยธยา 2566.pdf',
    );
    expect(fiscalYearTh(2570)).toBe('ประจำปีงบประมาณ พ.ศ. ๒๕๗๐');
  });
});

describe('renderSurveyPostersHtml', () => {
  const pages = buildSurveyPosters({
    ...source([
      { tool: SurveyTool.IIT, accessCode: '15596d' },
      { tool: SurveyTool.EIT, accessCode: 'a7k2p9' },
    ]),
    organizationNameTh: 'อบต. <script>alert(1)</script> & "ทดสอบ"',
  });
  const html = renderSurveyPostersHtml(pages, '/* fonts */');

  it('is one A4 section per page, self-contained (no URL the browser would fetch)', () => {
    expect(html.match(/<section class="poster">/g)).toHaveLength(2);
    expect(html).toContain('@page { size: A4; margin: 0; }');
    expect(html).not.toMatch(/<(img|link|script)\b/);
    expect(html).not.toMatch(/src=|url\(http/);
  });

  it('escapes the names it prints', () => {
    expect(html).toContain('อบต. &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;ทดสอบ&quot;');
  });

  it('prints the scan call, the access code label and the code', () => {
    expect(html).toContain('สแกน QR Code เพื่อเข้าตอบแบบวัด');
    expect(html).toContain('รหัสสำหรับเข้าตอบแบบวัด');
    expect(html).toContain('<p class="code-value">15596d</p>');
    expect(html.match(/<svg /g)).toHaveLength(2);
  });
});

describe('qrSvg', () => {
  const url = 'https://itas.nacc.go.th/go/iit/15596d';

  it('draws exactly the dark modules of the Q-level code, inside a 4-module quiet zone', () => {
    const qr = QRCode.create(url, { errorCorrectionLevel: POSTER_QR_ERROR_CORRECTION });
    const n = qr.modules.size;
    const svg = qrSvg(url, '12cm');
    const side = n + 2 * POSTER_QR_QUIET_ZONE;
    expect(svg).toContain(`viewBox="0 0 ${side} ${side}"`);
    expect(svg).toContain('width="12cm" height="12cm"');
    // Re-rasterize the path's runs and compare module by module with the matrix.
    const dark = new Set<string>();
    for (const [, x, y, w] of svg.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
      for (let i = 0; i < Number(w); i++) dark.add(`${Number(x) + i - 4},${Number(y) - 4}`);
    }
    let expected = 0;
    for (let r = 0; r < n; r++)
      for (let c = 0; c < n; c++) {
        if (qr.modules.get(r, c)) {
          expected++;
          expect(dark.has(`${c},${r}`)).toBe(true);
        }
      }
    expect(dark.size).toBe(expected);
    expect(Math.min(...[...dark].map((k) => Number(k.split(',')[0])))).toBe(0);
  });

  it('uses error correction Q (at least M, as posters get creased and taped)', () => {
    expect(['M', 'Q', 'H']).toContain(POSTER_QR_ERROR_CORRECTION);
    expect(QRCode.create(url, { errorCorrectionLevel: 'Q' }).errorCorrectionLevel.bit).toBe(3);
  });
});
