import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { User } from '@prongsai/auth';
import { SurveyTool } from './survey-tool';

/**
 * When ITAS takes answers to one survey in one fiscal year, as the NACC announces it (the same for every
 * LAO). Reference data: everyone reads it, only an admin sets it. Dates are Bangkok calendar days.
 */
@Entity('survey_windows')
@Check('CHK_survey_windows_order', `"closes_on" >= "opens_on"`)
export class SurveyWindow {
  @PrimaryColumn({ name: 'fiscal_year', type: 'int', primaryKeyConstraintName: 'PK_survey_windows' })
  fiscalYear: number;

  @PrimaryColumn({
    type: 'enum',
    enum: SurveyTool,
    enumName: 'survey_tool',
    primaryKeyConstraintName: 'PK_survey_windows',
  })
  tool: SurveyTool;

  /** 'YYYY-MM-DD' */
  @Column({ name: 'opens_on', type: 'date' })
  opensOn: string;

  /** 'YYYY-MM-DD', inclusive */
  @Column({ name: 'closes_on', type: 'date' })
  closesOn: string;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by', foreignKeyConstraintName: 'FK_survey_windows_updated_by' })
  updater?: User | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
