import type { ComponentType } from 'react';
import { createBrowserRouter } from 'react-router';
import { LoginPage } from '../features/auth/pages/LoginPage';
import { PageLoading } from '../components/PageLoading';
import { RequireAuth } from './RequireAuth';

// Signed-in pages (and their frame) load on demand, so the sign-in page stays small (bench:web measures it).

/**
 * A route whose component loads on demand. React Router loads every route module a URL matches at once,
 * before rendering (no Suspense waterfall frame → LAO frame → page, and no fallback flashing between them).
 */
const lazyRoute = (load: () => Promise<{ default: ComponentType }>) => ({
  lazy: async () => ({ Component: (await load()).default }),
});

/** The routes of ../shared/ui/contract.md (the API's SPA fallback serves index.html for each). */
export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  { path: '/forgot-password', ...lazyRoute(() => import('../features/auth/pages/ForgotPasswordPage')) },
  {
    path: '/invitations/:token',
    ...lazyRoute(() => import('../features/people/pages/AcceptInvitationPage')),
  },
  {
    path: '/reset-password/:token',
    ...lazyRoute(() => import('../features/people/pages/ResetPasswordPage')),
  },
  {
    element: <RequireAuth />,
    HydrateFallback: PageLoading,
    children: [
      {
        ...lazyRoute(() => import('./AppLayout')),
        children: [
          { index: true, ...lazyRoute(() => import('../features/dashboard/pages/HomePage')) },
          {
            path: 'organizations/:id',
            ...lazyRoute(() => import('./OrganizationLayout')),
            children: [
              { index: true, ...lazyRoute(() => import('../features/dashboard/pages/DashboardPage')) },
              { path: 'measures', ...lazyRoute(() => import('../features/measures/pages/MeasuresPage')) },
              { path: 'oit', ...lazyRoute(() => import('../features/oit/pages/OitPage')) },
              { path: 'surveys', ...lazyRoute(() => import('../features/surveys/pages/SurveysPage')) },
              { path: 'people', ...lazyRoute(() => import('../features/people/pages/PeoplePage')) },
              {
                path: 'carry-over',
                ...lazyRoute(() => import('../features/carry-over/pages/CarryOverPage')),
              },
            ],
          },
          { path: 'measures/:id', ...lazyRoute(() => import('../features/measures/pages/MeasurePage')) },
          { path: 'my-tasks', ...lazyRoute(() => import('../features/measures/pages/MyTasksPage')) },
          {
            path: 'settings/email',
            ...lazyRoute(() => import('../features/auth/pages/EmailPreferencesPage')),
          },
          {
            path: 'settings/password',
            ...lazyRoute(() => import('../features/people/pages/ChangePasswordPage')),
          },
          { path: 'admin', ...lazyRoute(() => import('../features/admin/pages/AdminPage')) },
          {
            // The fiscal-year lifecycle (issue 15): each year's framework, edited as data by an admin.
            path: 'admin/frameworks',
            ...lazyRoute(() => import('../features/frameworks/pages/FrameworksPage')),
          },
          {
            path: 'admin/frameworks/:id',
            ...lazyRoute(() => import('../features/frameworks/pages/FrameworkVersionPage')),
          },
          {
            // The province supervisor's pages (issue 11).
            path: 'provinces/:code',
            ...lazyRoute(() => import('./ProvinceLayout')),
            children: [
              { index: true, ...lazyRoute(() => import('../features/province/pages/ProvinceDashboardPage')) },
              { path: 'reviews', ...lazyRoute(() => import('../features/review/pages/ReviewQueuePage')) },
              {
                path: 'measures',
                ...lazyRoute(() => import('../features/province/pages/ProvinceMeasurePage')),
              },
              { path: 'digest', ...lazyRoute(() => import('../features/province/pages/DigestPage')) },
            ],
          },
          {
            path: 'provinces/:code/people',
            ...lazyRoute(() => import('../features/people/pages/ProvincePeoplePage')),
          },
          { path: '*', ...lazyRoute(() => import('./NotFoundPage')) },
        ],
      },
    ],
  },
]);
