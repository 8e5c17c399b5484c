import { beforeAll } from 'vitest';
import { seedOnce } from '../features/projects/support';
import { PLAN_CASES } from './cases/plans';
import { faultSuite } from './run-case';

// Goals name pillars and the CSV import refers to them: the reference rows of the demo data.
beforeAll(() => seedOnce(), 60_000);

faultSuite('the programme plan', PLAN_CASES);
