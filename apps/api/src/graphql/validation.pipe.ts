import { ValidationError, ValidationPipe } from '@nestjs/common';
import { BadInputError, ErrorReason } from '@prongsai/common';

/**
 * The reason of each class-validator constraint we use; the same reason a service gives for the same rule,
 * so a client sees one reason whichever layer refused the value. A decorator may name its own with
 * `{ context: { reason } }` (e.g. a score's 0–100 range); any other constraint is a bad value.
 */
const CONSTRAINT_REASONS: Readonly<Record<string, ErrorReason>> = {
  isNotEmpty: ErrorReason.EMPTY_TEXT,
  maxLength: ErrorReason.TEXT_TOO_LONG,
  arrayMaxSize: ErrorReason.TOO_MANY_ITEMS,
  min: ErrorReason.OUT_OF_RANGE,
  max: ErrorReason.OUT_OF_RANGE,
};

interface FirstError {
  field: string;
  message: string;
  reason: ErrorReason;
}

function firstError(errors: ValidationError[], prefix = ''): FirstError | null {
  for (const e of errors) {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    if (e.constraints) {
      const [constraint, message] = Object.entries(e.constraints)[0];
      const own = (e.contexts?.[constraint] as { reason?: ErrorReason } | undefined)?.reason;
      return { field, message, reason: own ?? CONSTRAINT_REASONS[constraint] ?? ErrorReason.INVALID_VALUE };
    }
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
      return new BadInputError(
        first?.field ?? 'input',
        first?.reason ?? ErrorReason.INVALID_VALUE,
        first?.message ?? 'invalid input',
      );
    },
  });
}
