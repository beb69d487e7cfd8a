import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { BadInputError, ErrorReason, findInvalidText } from '@prongsai/common';

/**
 * Refuses any handler argument (an HTTP route's body, query or params; GraphQL args, already checked by
 * invalidTextPlugin before the operation runs) that holds a NUL or a lone UTF-16 surrogate: BAD_USER_INPUT
 * INVALID_TEXT naming the field, before the handler and so before any SQL (PostgreSQL refuses both).
 */
@Injectable()
export class InvalidTextPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const field = findInvalidText(value, metadata.type === 'body' ? '' : (metadata.data ?? ''));
    if (field !== null) {
      throw new BadInputError(
        field || metadata.data || metadata.type,
        ErrorReason.INVALID_TEXT,
        'must not hold a NUL character or an unpaired surrogate',
      );
    }
    return value;
  }
}
