import { Hono } from 'hono';
import type { AppEnv } from './env';
import { languageRoutes } from './i18n/routes';
import { statusRoutes } from './operations/status-route';
import { privacyAccountRoutes, privacyAdminRoutes, privacyStatementRoutes } from './features/privacy/routes';
import { accountRoutes } from './features/accounts/account-routes';
import { forgotPasswordRoutes, invitationRoutes, resetPasswordRoutes, verifyEmailRoutes } from './features/accounts/link-routes';
import { loginRoutes, logoutRoutes } from './features/accounts/login-routes';
import { adminRoutes } from './features/admin/routes';
import { devMailboxRoutes } from './features/dev-mailbox/routes';
import { memberRoutes } from './features/members/routes';
import { organisationProfileRoutes, organisationReviewRoutes } from './features/organisations/routes';
import { registrationRoutes } from './features/registration/routes';
import { activityRoutes } from './features/activities/routes';
import { homeRoutes } from './features/home/routes';
import { partnerRoutes } from './features/partners/routes';
import { neighbourhoodRoutes } from './features/neighbourhoods/routes';
import { accessibilityRoutes } from './features/accessibility/routes';
import { organisationActivitiesRoutes, workspaceRoutes } from './features/workspace/routes';
import { activityEditingRoutes } from './features/activity-editing/routes';
import { reviewRoutes } from './features/review/routes';
import { feedRoutes, funderRoutes } from './features/funder/routes';
import { projectManagementRoutes } from './features/project-management/routes';
import { holidayRoutes } from './features/holidays/routes';
import { projectUpdateRoutes, updateReviewRoutes } from './features/project-updates/routes';
import { projectRoutes } from './features/projects/routes';
import { snapshotRoutes } from './features/snapshots/routes';
import { openDataRoutes } from './features/open-data/routes';
import { monitorRoutes } from './features/monitor/routes';
import { neighbourhoodPlanRoutes, programmeRoutes } from './features/plan/routes';
import { planEditingRoutes } from './features/plan-editing/routes';
import { agendaVersionRoutes, executionPlanVersionRoutes } from './features/plan-editing/version-routes';
import { mediaRoutes } from './media/routes';

/** `/projecten`: the public project pages and, under each project, its feed, progress updates and quarterly reports. */
const projects = new Hono<AppEnv>()
  .route('/:slug/voortgang.atom', feedRoutes)
  .route('/:slug/voortgang', projectUpdateRoutes)
  .route('/:slug/rapportages', snapshotRoutes)
  .route('/', projectRoutes);

/** `/beoordelen`: the programme team's review queue, with organisations and progress updates decided in their features. */
const review = new Hono<AppEnv>()
  .route('/organisaties', organisationReviewRoutes)
  .route('/voortgangsberichten', updateReviewRoutes)
  .route('/', reviewRoutes);

/** `/portaal`: the workspace and, under each organisation, its profile, members and activities. */
const portal = new Hono<AppEnv>()
  .route('/organisaties/:id{[0-9]+}/profiel', organisationProfileRoutes)
  .route('/organisaties/:id{[0-9]+}/leden', memberRoutes)
  .route('/organisaties/:id{[0-9]+}/activiteiten', organisationActivitiesRoutes)
  .route('/activiteiten', activityEditingRoutes)
  .route('/', workspaceRoutes);

/** Every feature's routes, mounted in one place as a tree: each address belongs to exactly one route. */
export function mountRoutes(app: Hono<AppEnv>) {
  app.route('/status', statusRoutes);
  app.route('/media', mediaRoutes);
  app.route('/taal', languageRoutes);
  app.route('/inloggen', loginRoutes);
  app.route('/uitloggen', logoutRoutes);
  app.route('/wachtwoord-vergeten', forgotPasswordRoutes);
  app.route('/wachtwoord-herstellen', resetPasswordRoutes);
  app.route('/uitnodiging', invitationRoutes);
  app.route('/e-mailadres-bevestigen', verifyEmailRoutes);
  app.route('/account', privacyAccountRoutes);
  app.route('/account', accountRoutes);
  app.route('/privacy', privacyStatementRoutes);
  app.route('/registreren', registrationRoutes);
  // Open data first: its `.ics`/`.csv` paths sit beside the public pages' own (`/activiteiten/:id`).
  app.route('/', openDataRoutes);
  app.route('/', homeRoutes);
  app.route('/activiteiten', activityRoutes);
  app.route('/partners', partnerRoutes);
  // Programme plan: the version histories (public) before the neighbourhood pages they sit under.
  app.route('/programma/versies', agendaVersionRoutes);
  app.route('/wijken/:slug/plan/versies', executionPlanVersionRoutes);
  app.route('/wijken/:slug/plan', neighbourhoodPlanRoutes);
  app.route('/wijken', neighbourhoodRoutes);
  app.route('/toegankelijkheid', accessibilityRoutes);
  app.route('/projecten', projects);
  app.route('/portaal', portal);
  app.route('/beoordelen', review);
  app.route('/projectbeheer', projectManagementRoutes);
  app.route('/vakanties', holidayRoutes);
  app.route('/financier', funderRoutes);
  app.route('/monitor', monitorRoutes);
  app.route('/programma', programmeRoutes);
  app.route('/plannen', planEditingRoutes);
  app.route('/beheer', privacyAdminRoutes);
  app.route('/beheer', adminRoutes);
  app.route('/ontwikkeling/postvak', devMailboxRoutes);
}
