import QRCode from 'qrcode';

/**
 * Error correction of every poster QR code: Q restores up to 25% of the modules, so a code that is taped
 * over, creased or faded on an office wall still scans (M, 15%, is the least the brief allows).
 */
export const POSTER_QR_ERROR_CORRECTION = 'Q' as const;

/** Light modules around the code, in modules: the 4 the QR standard requires for a reliable scan. */
export const POSTER_QR_QUIET_ZONE = 4;

/**
 * `text` as an inline SVG QR code (the `qrcode` package builds the matrix; the SVG is one path of unit
 * squares, so it scales to any print size without blurring). The quiet zone is part of the SVG's white
 * background. `sizeCss` is the printed width and height, e.g. `12cm`.
 */
export function qrSvg(text: string, sizeCss: string): string {
  const qr = QRCode.create(text, { errorCorrectionLevel: POSTER_QR_ERROR_CORRECTION });
  const n = qr.modules.size;
  const q = POSTER_QR_QUIET_ZONE;
  const dark: string[] = [];
  for (let row = 0; row < n; row++) {
    for (let col = 0; col < n; col++) {
      // Adjacent dark modules of a row become one run: a shorter path, and no hairline seams in print.
      if (!qr.modules.get(row, col)) continue;
      let run = 1;
      while (col + run < n && qr.modules.get(row, col + run)) run++;
      dark.push(`M${col + q} ${row + q}h${run}v1h-${run}z`);
      col += run - 1;
    }
  }
  const side = n + 2 * q;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" width="${sizeCss}" height="${sizeCss}" ` +
    `shape-rendering="crispEdges" role="img" aria-label="QR Code">` +
    `<rect width="${side}" height="${side}" fill="#fff"/><path fill="#000" d="${dark.join('')}"/></svg>`
  );
}
