import { beforeAll } from 'vitest';
import { seedOnce } from '../features/projects/support';
import { PROJECT_CASES } from './cases/projects';
import { faultSuite } from './run-case';

// Projects and the monitor need the pillars, funding programmes, buurten and indicators of the demo data.
beforeAll(() => seedOnce(), 60_000);

faultSuite('projects, funders and the monitor', PROJECT_CASES);
