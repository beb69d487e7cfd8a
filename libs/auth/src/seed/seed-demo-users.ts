import { EntityManager } from 'typeorm';
import { hashPassword } from '../password';

export const DEMO_ADMIN_EMAIL = 'admin@prongsai.example';
export const demoSupervisorEmail = (provinceCode: string) => `supervisor.${provinceCode}@prongsai.example`;
export const demoLeadEmail = (dlaCode: string) => `lead.${dlaCode}@prongsai.example`;

/**
 * Demo accounts: one ADMIN, one PROVINCE_SUPERVISOR per province present, one ORG_LEAD per organization.
 * Idempotent (existing users and memberships are left as they are). All share one password, hashed once:
 * argon2 is deliberately slow and 160 hashes would dominate `npm start`.
 */
export async function seedDemoUsers(em: EntityManager, password: string): Promise<{ users: number }> {
  const hash = await hashPassword(password);
  await em.query(
    `INSERT INTO users (email, display_name, password_hash) VALUES ($1, 'ผู้ดูแลระบบ Prongsai', $2)
     ON CONFLICT (email) DO NOTHING`,
    [DEMO_ADMIN_EMAIL, hash],
  );
  await em.query(
    `INSERT INTO memberships (user_id, role)
     SELECT u.id, 'ADMIN' FROM users u WHERE u.email = $1
       AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = u.id AND m.role = 'ADMIN')`,
    [DEMO_ADMIN_EMAIL],
  );
  await em.query(
    `INSERT INTO users (email, display_name, password_hash)
     SELECT 'supervisor.' || p.code || '@prongsai.example', 'ผู้กำกับดูแล ITA จังหวัด' || p.name_th, $1 FROM provinces p
     ON CONFLICT (email) DO NOTHING`,
    [hash],
  );
  await em.query(
    `INSERT INTO memberships (user_id, role, province_code)
     SELECT u.id, 'PROVINCE_SUPERVISOR', p.code FROM provinces p
       JOIN users u ON u.email = 'supervisor.' || p.code || '@prongsai.example'
     WHERE NOT EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = u.id AND m.province_code = p.code)`,
  );
  await em.query(
    `INSERT INTO users (email, display_name, password_hash)
     SELECT 'lead.' || o.code || '@prongsai.example', 'ผู้รับผิดชอบ ITA ' || o.name_th, $1 FROM organizations o
     ON CONFLICT (email) DO NOTHING`,
    [hash],
  );
  await em.query(
    `INSERT INTO memberships (user_id, role, organization_id)
     SELECT u.id, 'ORG_LEAD', o.id FROM organizations o
       JOIN users u ON u.email = 'lead.' || o.code || '@prongsai.example'
     WHERE NOT EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = u.id AND m.organization_id = o.id)`,
  );
  const [{ count }] = await em.query(
    `SELECT count(*)::int AS count FROM users WHERE email LIKE '%@prongsai.example'`,
  );
  return { users: count };
}
