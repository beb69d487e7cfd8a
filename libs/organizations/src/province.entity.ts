import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Reference data (not tenant-owned): the 2-digit province geocode, e.g. "14". */
@Entity('provinces')
export class Province {
  @PrimaryColumn({ type: 'varchar', length: 2 })
  code: string;

  @Column({ name: 'name_th', type: 'varchar', length: 200 })
  nameTh: string;
}
