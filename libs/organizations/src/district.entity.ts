import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Province } from './province.entity';

/** Reference data: the 4-digit district geocode, e.g. "1401". */
@Entity('districts')
export class District {
  @PrimaryColumn({ type: 'varchar', length: 4 })
  code: string;

  @Index('IDX_districts_province_code')
  @Column({ name: 'province_code', type: 'varchar', length: 2 })
  provinceCode: string;

  @ManyToOne(() => Province, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'province_code', foreignKeyConstraintName: 'FK_districts_province' })
  province?: Province;

  @Column({ name: 'name_th', type: 'varchar', length: 200 })
  nameTh: string;
}
