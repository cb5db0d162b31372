import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A town or municipality of the county (configuration data), plus "outside the county". */
@Entity({ name: 'municipalities' })
export class Municipality {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'double precision', nullable: true })
  lat!: number | null;

  @Column({ type: 'double precision', nullable: true })
  lon!: number | null;

  @Column({ name: 'outside_county', type: 'boolean', default: false })
  outsideCounty!: boolean;
}
