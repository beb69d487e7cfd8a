import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional } from 'class-validator';
import { DateScalarType } from '../../graphql/date.scalar';

/**
 * Absent fields stay as they are. `dueDate` needs MANAGE (the lead plans); `done` alone needs CONTRIBUTE
 * (members report progress).
 */
@InputType()
export class UpdateMeasureStepInput {
  @Field(() => DateScalarType, {
    nullable: true,
    description: "The step's own deadline, on or before the measure's; null removes it",
  })
  dueDate?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Mark the step done (true) or still to do (false)' })
  @IsOptional()
  @IsBoolean()
  done?: boolean | null;
}
