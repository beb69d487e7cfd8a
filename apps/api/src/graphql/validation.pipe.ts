import { ValidationError, ValidationPipe } from '@nestjs/common';
import { BadInputError } from '@prongsai/common';

function firstError(errors: ValidationError[], prefix = ''): { field: string; message: string } | null {
  for (const e of errors) {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    if (e.constraints) return { field, message: Object.values(e.constraints)[0] };
    const nested = firstError(e.children ?? [], field);
    if (nested) return nested;
  }
  return null;
}

/** class-validator on every input; the first failure becomes BAD_USER_INPUT naming its field path. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => {
      const first = firstError(errors);
      return new BadInputError(first?.field ?? 'input', first?.message ?? 'invalid input');
    },
  });
}
