import { EntityManager } from 'typeorm';
import registry from '../data/ayutthaya-laos.json';
import { organizationTypeFromThai } from './organization-type-map';

/** One row of the DLA registry file (public data, copied from shared/domain). */
export interface RegistryLao {
  dla_code: string;
  name_th: string;
  type: string;
  district_code: string;
  district_th: string;
  province_code: string;
  province_th: string;
}

export const AYUTTHAYA_LAOS: readonly RegistryLao[] = registry;

/**
 * Loads provinces, districts and organizations from registry rows. Idempotent: keyed by province/district
 * geocode and DLA code, re-running updates names and types in place and never duplicates.
 * Returns how many organizations the registry holds.
 */
export async function seedReferenceData(
  em: EntityManager,
  rows: readonly RegistryLao[] = AYUTTHAYA_LAOS,
): Promise<number> {
  const provinces = new Map(rows.map((r) => [r.province_code, r.province_th]));
  const districts = new Map(
    rows.map((r) => [r.district_code, { province: r.province_code, name: r.district_th }]),
  );
  for (const [code, name] of provinces) {
    await em.query(
      `INSERT INTO provinces (code, name_th) VALUES ($1, $2) ON CONFLICT (code) DO UPDATE SET name_th = EXCLUDED.name_th`,
      [code, name],
    );
  }
  for (const [code, d] of districts) {
    await em.query(
      `INSERT INTO districts (code, province_code, name_th) VALUES ($1, $2, $3)
       ON CONFLICT (code) DO UPDATE SET province_code = EXCLUDED.province_code, name_th = EXCLUDED.name_th`,
      [code, d.province, d.name],
    );
  }
  // One statement for all organizations: unnest keeps it a single round trip whatever the province size.
  await em.query(
    `INSERT INTO organizations (code, name_th, type, province_code, district_code)
     SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::organization_type[], $4::varchar[], $5::varchar[])
     ON CONFLICT (code) DO UPDATE SET name_th = EXCLUDED.name_th, type = EXCLUDED.type,
       province_code = EXCLUDED.province_code, district_code = EXCLUDED.district_code`,
    [
      rows.map((r) => r.dla_code),
      rows.map((r) => r.name_th),
      rows.map((r) => organizationTypeFromThai(r.type)),
      rows.map((r) => r.province_code),
      rows.map((r) => r.district_code),
    ],
  );
  return rows.length;
}
