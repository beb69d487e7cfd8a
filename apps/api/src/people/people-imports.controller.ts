import { Controller, Get, HttpCode, Param, Post, Req, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request } from 'express';
import { BadInputError, ErrorReason } from '@prongsai/common';
import { IMPORT_MAX_BYTES, PeopleImportsService, PeopleImportView } from '@prongsai/people';
import { ProvinceAccess } from '../auth/access-policy.decorator';
import { ActorContext } from '../auth/actor-context';

interface UploadedPart {
  buffer: Buffer;
  originalname: string;
}

/**
 * Bulk onboarding of a province's people (see README, "How a province onboards its leads"). The file is an
 * .xlsx (first sheet) or a UTF-8 .csv with the columns รหัส อปท. / ชื่อ-นามสกุล / อีเมล / บทบาท, sent as the
 * raw body or as the multipart field `file`. Province supervisors of that province and ADMIN only.
 */
@Controller('imports/provinces/:provinceCode/people')
export class PeopleImportsController {
  constructor(
    private readonly imports: PeopleImportsService,
    private readonly actorContext: ActorContext,
  ) {}

  /** The preview: row errors in Thai, what would be sent; nothing is sent. */
  @ProvinceAccess('provinceCode')
  @Post()
  @HttpCode(200)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: IMPORT_MAX_BYTES, files: 1 } }))
  async upload(
    @Param('provinceCode') provinceCode: string,
    @Req() req: Request,
    @UploadedFile() part?: UploadedPart,
  ): Promise<PeopleImportView> {
    const file = part?.buffer ?? (await rawBody(req));
    // Multer hands the multipart file name over as latin-1 (busboy's default): a Thai name needs decoding.
    const name = part
      ? Buffer.from(part.originalname, 'latin1').toString('utf8')
      : String(req.headers['x-file-name'] ?? 'people');
    return this.imports.preview(this.actorContext.actor, provinceCode, name, file);
  }

  /** Sends the invitations of a preview without errors, as a worker job; follow it with GET. */
  @ProvinceAccess('provinceCode')
  @Post(':importId/confirm')
  @HttpCode(202)
  confirm(
    @Param('provinceCode') provinceCode: string,
    @Param('importId') importId: string,
  ): Promise<PeopleImportView> {
    return this.imports.confirm(provinceCode, importId);
  }

  /** The preview again, with the job's progress (processed / invited / skipped of total). */
  @ProvinceAccess('provinceCode')
  @Get(':importId')
  status(
    @Param('provinceCode') provinceCode: string,
    @Param('importId') importId: string,
  ): Promise<PeopleImportView> {
    return this.imports.view(provinceCode, importId);
  }
}

/** The request body as bytes (any content type but JSON and multipart, which have parsers of their own). */
async function rawBody(req: Request): Promise<Buffer> {
  if (Buffer.isBuffer(req.body)) return req.body;
  if (req.readableEnded) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > IMPORT_MAX_BYTES) throw new BadInputError('file', ErrorReason.TEXT_TOO_LONG, 'ไฟล์ใหญ่เกิน 5 MB');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
