import { Controller, Get, INestApplication, Module, Param, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { AccessLevel } from '@prongsai/auth';
import { BadInputError, ErrorReason } from '@prongsai/common';
import { API_FEATURES } from '../../apps/api/src/api-features';
import {
  ACCESS_POLICY,
  AccessPolicy,
  OrganizationAccess,
  ProvinceAccess,
} from '../../apps/api/src/auth/access-policy.decorator';
import { ActorContext } from '../../apps/api/src/auth/actor-context';
import { ItaWorld, itaWorld } from '../ita/ita-fixtures';
import { TestApp } from '../setup/test-app';

interface HttpRoute {
  route: string;
  handler: string;
  policy: AccessPolicy | undefined;
}

const asList = (path: string | string[] | undefined): string[] => (Array.isArray(path) ? path : [path ?? '']);

/** Every route of every controller Nest registered, with the access policy the guard will read for it. */
function httpRoutes(app: INestApplication): HttpRoute[] {
  const scanner = app.get(MetadataScanner);
  const routes: HttpRoute[] = [];
  for (const wrapper of app.get(DiscoveryService).getControllers()) {
    const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
    if (!controller) continue;
    const proto = controller.prototype as Record<string, object>;
    for (const method of scanner.getAllMethodNames(proto)) {
      const fn = proto[method];
      const paths = Reflect.getMetadata(PATH_METADATA, fn) as string | string[] | undefined;
      if (paths === undefined) continue;
      const verb = RequestMethod[Reflect.getMetadata(METHOD_METADATA, fn) as RequestMethod];
      const policy = (Reflect.getMetadata(ACCESS_POLICY, fn) ??
        Reflect.getMetadata(ACCESS_POLICY, controller)) as AccessPolicy | undefined;
      for (const prefix of asList(Reflect.getMetadata(PATH_METADATA, controller) as string | undefined)) {
        for (const path of asList(paths)) {
          const route = `/${[prefix, path].join('/')}`.replace(/\/+/g, '/').replace(/(.)\/$/, '$1');
          routes.push({ route: `${verb} ${route}`, handler: `${controller.name}.${method}`, policy });
        }
      }
    }
  }
  return routes;
}

/** Policies the guard cannot satisfy on HTTP: an organization or province arg that is not a route param. */
function argNotInPath(r: HttpRoute): boolean {
  if (r.policy?.kind !== 'organization' && r.policy?.kind !== 'province') return false;
  return !new RegExp(`:${r.policy.arg}(?![\\w$])`).test(r.route);
}

// Test-only routes, mounted in this file's app alone. Their paths follow ../shared/api/files.md.
@Controller('test-files')
class GuardedFilesController {
  constructor(private readonly actorContext: ActorContext) {}

  @OrganizationAccess('organizationId', AccessLevel.READ)
  @Get('organizations/:organizationId/measures-:fiscalYear.txt')
  measures(@Param('organizationId') organizationId: string, @Param('fiscalYear') fiscalYear: string) {
    if (!/^\d{4}$/.test(fiscalYear)) {
      throw new BadInputError('fiscalYear', ErrorReason.INVALID_VALUE, 'must be a Buddhist-era year');
    }
    return { organizationId, fiscalYear: Number(fiscalYear), userId: this.actorContext.actor.userId };
  }

  @ProvinceAccess('provinceCode')
  @Get('provinces/:provinceCode/rollup.txt')
  rollup(@Param('provinceCode') provinceCode: string) {
    return { provinceCode };
  }

  /** Misconfigured on purpose: the policy names a param the path does not have. */
  @OrganizationAccess('organizationId')
  @Get('misnamed/:orgId')
  misnamed() {
    return { leaked: true };
  }
}

@Controller('test-files')
class UnguardedFilesController {
  @Get('unguarded')
  open() {
    return { leaked: true };
  }
}

@Module({ controllers: [GuardedFilesController, UnguardedFilesController] })
class HttpAccessTestModule {}

describe('HTTP routes share the access policies (deny by default)', () => {
  let t: TestApp;
  let w: ItaWorld;

  beforeAll(async () => {
    t = await TestApp.create({}, [...API_FEATURES, HttpAccessTestModule]);
    w = await itaWorld(t);
  });
  afterAll(() => t?.close());

  const get = async (path: string, token?: string) => {
    const res = await fetch(`${t.url}${path}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    const type = res.headers.get('content-type') ?? '';
    return { status: res.status, type, body: type.includes('json') ? await res.json() : await res.text() };
  };
  const measures = (orgId: string, year = '2566') =>
    `/test-files/organizations/${orgId}/measures-${year}.txt`;

  it('walks every controller route and names those without a policy, or whose policy names no route param', () => {
    const routes = httpRoutes(t.app);
    // The walk sees the real routes and the test-only ones, so the checks below are not vacuous.
    expect(routes).toEqual(
      expect.arrayContaining([
        { route: 'GET /health', handler: 'HealthController.check', policy: { kind: 'public' } },
        expect.objectContaining({
          route: 'GET /test-files/organizations/:organizationId/measures-:fiscalYear.txt',
          policy: { kind: 'organization', arg: 'organizationId', level: AccessLevel.READ },
        }),
      ]),
    );
    expect(routes.filter((r) => !r.policy).map((r) => `${r.route} (${r.handler})`)).toEqual([
      'GET /test-files/unguarded (UnguardedFilesController.open)',
    ]);
    expect(routes.filter(argNotInPath).map((r) => `${r.route} (${r.handler})`)).toEqual([
      'GET /test-files/misnamed/:orgId (GuardedFilesController.misnamed)',
    ]);
  });

  it('answers 401 without a token, 403 to the lead of another LAO, 200 to the lead of that LAO', async () => {
    expect(await get(measures(w.orgId))).toEqual({
      status: 401,
      type: expect.stringContaining('application/json'),
      body: {
        statusCode: 401,
        code: 'UNAUTHENTICATED',
        reason: ErrorReason.UNAUTHENTICATED,
        message: 'Authentication required',
      },
    });
    expect((await get(measures(w.orgId), 'not-a-token')).body).toMatchObject({
      statusCode: 401,
      code: 'UNAUTHENTICATED',
    });
    expect(await get(measures(w.orgId), w.tokens.stranger)).toEqual({
      status: 403,
      type: expect.stringContaining('application/json'),
      body: {
        statusCode: 403,
        code: 'FORBIDDEN',
        reason: ErrorReason.FORBIDDEN,
        // What READ on an organization needs; the same for an id that does not exist.
        requiredRoles: ['ORG_MEMBER', 'ORG_LEAD', 'PROVINCE_SUPERVISOR', 'ADMIN'],
        message: expect.any(String),
      },
    });
    const lead = await get(measures(w.orgId), w.tokens.lead);
    expect(lead.status).toBe(200);
    // The guard put the caller into the request's context, as for GraphQL.
    expect(lead.body).toEqual({ organizationId: w.orgId, fiscalYear: 2566, userId: expect.any(String) });
    expect((await get(measures(w.orgId), w.tokens.supervisor)).status).toBe(200);
    expect((await get(measures(w.orgId), w.tokens.outsider)).status).toBe(403);
  });

  it('answers 400 naming the param for a malformed id, and maps errors a handler throws the same way', async () => {
    expect(await get(measures('not-a-uuid'), w.tokens.lead)).toEqual({
      status: 400,
      type: expect.stringContaining('application/json'),
      body: {
        statusCode: 400,
        code: 'BAD_USER_INPUT',
        reason: ErrorReason.INVALID_ID,
        field: 'organizationId',
        message: 'must be a valid organization ID',
      },
    });
    expect((await get(measures(w.orgId, 'next'), w.tokens.lead)).body).toEqual({
      statusCode: 400,
      code: 'BAD_USER_INPUT',
      reason: ErrorReason.INVALID_VALUE,
      field: 'fiscalYear',
      message: 'must be a Buddhist-era year',
    });
  });

  it('checks province routes by their route param', async () => {
    expect(await get('/test-files/provinces/14/rollup.txt', w.tokens.supervisor)).toMatchObject({
      status: 200,
      body: { provinceCode: '14' },
    });
    expect((await get('/test-files/provinces/14/rollup.txt', w.tokens.outsider)).status).toBe(403);
    expect((await get('/test-files/provinces/140/rollup.txt', w.tokens.supervisor)).body).toMatchObject({
      statusCode: 400,
      field: 'provinceCode',
      reason: ErrorReason.INVALID_PROVINCE_CODE,
    });
  });

  it('does not let the query string stand in for the route param', async () => {
    // Own LAO in the query, another's in the path: the path's is checked (and is the one a handler reads).
    expect((await get(`${measures(w.otherOrgId)}?organizationId=${w.orgId}`, w.tokens.lead)).status).toBe(
      403,
    );
    // A policy naming a param the path lacks never passes, whatever the query says.
    expect(
      await get(`/test-files/misnamed/${w.orgId}?organizationId=${w.orgId}`, w.tokens.lead),
    ).toMatchObject({ status: 400, body: { field: 'organizationId', reason: ErrorReason.INVALID_ID } });
  });

  it('refuses a route without a policy (403), even to an admin', async () => {
    for (const token of [undefined, w.tokens.admin]) {
      expect(await get('/test-files/unguarded', token)).toEqual({
        status: 403,
        type: expect.stringContaining('application/json'),
        body: {
          statusCode: 403,
          code: 'FORBIDDEN',
          reason: ErrorReason.NO_ACCESS_POLICY,
          message: expect.any(String),
        },
      });
    }
  });

  it('keeps /health public and the GraphQL error shape unchanged', async () => {
    expect((await get('/health')).status).toBe(200);
    const res = await t.gql(
      `query($o: ID!) { auditLog(organizationId: $o) { id } }`,
      { o: w.otherOrgId },
      w.tokens.lead,
    );
    // The HTTP filter leaves GraphQL errors to the GraphQL formatter.
    expect(res.errors?.[0].extensions).toEqual({
      code: 'FORBIDDEN',
      reason: ErrorReason.FORBIDDEN,
      requiredRoles: ['ORG_MEMBER', 'ORG_LEAD', 'PROVINCE_SUPERVISOR', 'ADMIN'],
    });
  });
});
