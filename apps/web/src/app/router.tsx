import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter } from 'react-router';
import { LoginPage } from '../features/auth/pages/LoginPage';
import { PageLoading } from '../components/PageLoading';
import { RequireAuth } from './RequireAuth';

// Signed-in pages (and their frame) load on demand, so the sign-in page stays small (bench:web measures it).
const AppLayout = lazy(() => import('./AppLayout'));
const OrganizationLayout = lazy(() => import('./OrganizationLayout'));
const NotFoundPage = lazy(() => import('./NotFoundPage'));
const ForgotPasswordPage = lazy(() => import('../features/auth/pages/ForgotPasswordPage'));
const EmailPreferencesPage = lazy(() => import('../features/auth/pages/EmailPreferencesPage'));
const HomePage = lazy(() => import('../features/dashboard/pages/HomePage'));
const DashboardPage = lazy(() => import('../features/dashboard/pages/DashboardPage'));
const MeasuresPage = lazy(() => import('../features/measures/pages/MeasuresPage'));
const MeasurePage = lazy(() => import('../features/measures/pages/MeasurePage'));
const MyTasksPage = lazy(() => import('../features/measures/pages/MyTasksPage'));
const OitPage = lazy(() => import('../features/oit/pages/OitPage'));
const SurveysPage = lazy(() => import('../features/surveys/pages/SurveysPage'));
// People (issue 12).
const PeoplePage = lazy(() => import('../features/people/pages/PeoplePage'));
const ProvincePeoplePage = lazy(() => import('../features/people/pages/ProvincePeoplePage'));
const ChangePasswordPage = lazy(() => import('../features/people/pages/ChangePasswordPage'));
const AcceptInvitationPage = lazy(() => import('../features/people/pages/AcceptInvitationPage'));
const ResetPasswordPage = lazy(() => import('../features/people/pages/ResetPasswordPage'));
// Province supervisor's and admin's pages (issue 11).
const ProvinceLayout = lazy(() => import('./ProvinceLayout'));
const ProvinceDashboardPage = lazy(() => import('../features/province/pages/ProvinceDashboardPage'));
const ReviewQueuePage = lazy(() => import('../features/review/pages/ReviewQueuePage'));
const ProvinceMeasurePage = lazy(() => import('../features/province/pages/ProvinceMeasurePage'));
const DigestPage = lazy(() => import('../features/province/pages/DigestPage'));
const AdminPage = lazy(() => import('../features/admin/pages/AdminPage'));

const page = (element: ReactNode) => <Suspense fallback={<PageLoading />}>{element}</Suspense>;

/** The routes of ../shared/ui/contract.md (the API's SPA fallback serves index.html for each). */
export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  { path: '/forgot-password', element: page(<ForgotPasswordPage />) },
  { path: '/invitations/:token', element: page(<AcceptInvitationPage />) },
  { path: '/reset-password/:token', element: page(<ResetPasswordPage />) },
  {
    element: <RequireAuth />,
    children: [
      {
        element: page(<AppLayout />),
        children: [
          { index: true, element: page(<HomePage />) },
          {
            path: 'organizations/:id',
            element: page(<OrganizationLayout />),
            children: [
              { index: true, element: page(<DashboardPage />) },
              { path: 'measures', element: page(<MeasuresPage />) },
              { path: 'oit', element: page(<OitPage />) },
              { path: 'surveys', element: page(<SurveysPage />) },
              { path: 'people', element: page(<PeoplePage />) },
            ],
          },
          {
            path: 'provinces/:code',
            element: page(<ProvinceLayout />),
            children: [
              { index: true, element: page(<ProvinceDashboardPage />) },
              { path: 'reviews', element: page(<ReviewQueuePage />) },
              { path: 'measures', element: page(<ProvinceMeasurePage />) },
              { path: 'digest', element: page(<DigestPage />) },
            ],
          },
          { path: 'admin', element: page(<AdminPage />) },
          { path: 'measures/:id', element: page(<MeasurePage />) },
          { path: 'my-tasks', element: page(<MyTasksPage />) },
          { path: 'settings/email', element: page(<EmailPreferencesPage />) },
          { path: 'settings/password', element: page(<ChangePasswordPage />) },
          { path: 'provinces/:code/people', element: page(<ProvincePeoplePage />) },
          { path: '*', element: page(<NotFoundPage />) },
        ],
      },
    ],
  },
]);
