import { ArgumentMetadata } from '@nestjs/common';
import {
  ArrayMaxSize,
  IsInt,
  IsNotEmpty,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import { BadInputError, ErrorReason } from '@prongsai/common';
import { createValidationPipe } from './validation.pipe';

class StepInput {
  @IsString() @IsNotEmpty() description: string;
}

class Input {
  @IsNotEmpty() @MaxLength(5) title: string;
  @ArrayMaxSize(2) tags: string[];
  @IsInt() @Min(0) @Max(10) count: number;
  @Min(0, { context: { reason: ErrorReason.SCORE_OUT_OF_RANGE } }) score: number;
  @ValidateNested() @Type(() => StepInput) step: StepInput;
}

const valid = { title: 'ok', tags: [], count: 1, score: 1, step: { description: 'x' } };
const metadata: ArgumentMetadata = { type: 'body', metatype: Input };

async function refusal(override: Record<string, unknown>): Promise<unknown> {
  try {
    await createValidationPipe().transform({ ...valid, ...override }, metadata);
  } catch (error) {
    return error;
  }
  throw new Error('expected the input to be refused');
}

describe('createValidationPipe', () => {
  it('accepts a valid input', async () => {
    await expect(createValidationPipe().transform(valid, metadata)).resolves.toMatchObject(valid);
  });

  it.each<[string, Record<string, unknown>, string, ErrorReason]>([
    ['an empty text', { title: '' }, 'title', ErrorReason.EMPTY_TEXT],
    ['a text over its limit', { title: 'abcdef' }, 'title', ErrorReason.TEXT_TOO_LONG],
    ['a list over its limit', { tags: ['a', 'b', 'c'] }, 'tags', ErrorReason.TOO_MANY_ITEMS],
    ['a count above its range', { count: 11 }, 'count', ErrorReason.OUT_OF_RANGE],
    ['a fraction for a whole number', { count: 1.5 }, 'count', ErrorReason.INVALID_VALUE],
    ['a reason named by the decorator', { score: -1 }, 'score', ErrorReason.SCORE_OUT_OF_RANGE],
    [
      'a nested field, by its path',
      { step: { description: '' } },
      'step.description',
      ErrorReason.EMPTY_TEXT,
    ],
  ])('refuses %s as BAD_USER_INPUT with field and reason', async (_scenario, override, field, reason) => {
    const error = await refusal(override);
    expect(error).toBeInstanceOf(BadInputError);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
  });
});
