import { EntityManager } from 'typeorm';
import { AccessLevel, AccessService } from '@prongsai/auth';
import { Actor, ErrorReason, NotFoundError, isUuid } from '@prongsai/common';
import { Measure } from './measure.entity';

/**
 * Loads a measure for a change, under row-level security, locked for the rest of the transaction (so two
 * concurrent changes cannot both pass a check made on the old row). A row the caller cannot see and a row
 * that does not exist both answer NOT_FOUND; a visible row the caller may not change answers FORBIDDEN.
 */
export async function lockMeasureForChange(
  em: EntityManager,
  access: AccessService,
  actor: Actor,
  id: string,
  level: AccessLevel,
): Promise<Measure> {
  const measure = isUuid(id)
    ? await em.findOne(Measure, { where: { id }, lock: { mode: 'pessimistic_write' } })
    : null;
  if (!measure) throw new NotFoundError(ErrorReason.MEASURE_NOT_FOUND, 'Measure');
  await access.assertOrganization(actor, measure.organizationId, level);
  return measure;
}
