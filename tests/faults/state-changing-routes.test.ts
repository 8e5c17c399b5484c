import { ROUTE_CASES } from './cases';
import { faultSuite } from './run-case';

// The project and monitor cases run in project-routes.test.ts, a file of their own, so the two run side by side.
for (const [name, cases] of Object.entries(ROUTE_CASES)) if (name !== 'projects' && name !== 'plans') faultSuite(name, cases);
