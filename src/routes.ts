import type { Hono } from 'hono';
import type { AppEnv } from './env';
import { languageRoutes } from './i18n/routes';
import { statusRoutes } from './operations/status-route';
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
import { feedRoutes, funderAccountRoutes, funderRoutes } from './features/funder/routes';
import { projectManagementRoutes } from './features/project-management/routes';
import { projectUpdateRoutes, updateReviewRoutes } from './features/project-updates/routes';
import { projectRoutes } from './features/projects/routes';
import { snapshotRoutes } from './features/snapshots/routes';
import { openDataRoutes } from './features/open-data/routes';
import { monitorRoutes } from './features/monitor/routes';

/** Every feature's routes, mounted in one place. */
export function mountRoutes(app: Hono<AppEnv>) {
  app.route('/status', statusRoutes);
  app.route('/taal', languageRoutes);
  app.route('/inloggen', loginRoutes);
  app.route('/uitloggen', logoutRoutes);
  app.route('/wachtwoord-vergeten', forgotPasswordRoutes);
  app.route('/wachtwoord-herstellen', resetPasswordRoutes);
  app.route('/uitnodiging', invitationRoutes);
  app.route('/e-mailadres-bevestigen', verifyEmailRoutes);
  app.route('/account', accountRoutes);
  app.route('/registreren', registrationRoutes);
  app.route('/portaal/organisaties/:id{[0-9]+}/profiel', organisationProfileRoutes);
  app.route('/portaal/organisaties/:id{[0-9]+}/leden', memberRoutes);
  app.route('/portaal/organisaties/:id{[0-9]+}/activiteiten', organisationActivitiesRoutes);
  app.route('/beoordelen/organisaties', organisationReviewRoutes);
  app.route('/beheer', adminRoutes);
  app.route('/ontwikkeling/postvak', devMailboxRoutes);
  // Open data first: its `.ics`/`.csv` paths sit beside the public pages' own (`/activiteiten/:id`).
  app.route('/', openDataRoutes);
  app.route('/', homeRoutes);
  app.route('/activiteiten', activityRoutes);
  app.route('/partners', partnerRoutes);
  app.route('/wijken', neighbourhoodRoutes);
  app.route('/toegankelijkheid', accessibilityRoutes);
  app.route('/portaal', workspaceRoutes);
  app.route('/portaal/activiteiten', activityEditingRoutes);
  app.route('/beoordelen', reviewRoutes);
  // Projects: the more specific paths first, so `/projecten/:slug` and `/projectbeheer/:slug` never shadow them.
  app.route('/projecten', feedRoutes);
  app.route('/projecten', projectUpdateRoutes);
  app.route('/projecten', snapshotRoutes);
  app.route('/projecten', projectRoutes);
  app.route('/projectbeheer/financiers', funderAccountRoutes);
  app.route('/projectbeheer', projectManagementRoutes);
  app.route('/financier', funderRoutes);
  app.route('/beoordelen/voortgangsberichten', updateReviewRoutes);
  app.route('/monitor', monitorRoutes);
}
