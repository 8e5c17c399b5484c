import { beforeAll } from 'vitest';
import { seedOnce } from '../features/projects/support';
import { PROJECT_CASES } from '../faults/cases/projects';
import { FORM_CASES, fuzzForms } from './fuzz-forms';

beforeAll(() => seedOnce(), 60_000);

fuzzForms(FORM_CASES.filter((c) => PROJECT_CASES.includes(c)));
