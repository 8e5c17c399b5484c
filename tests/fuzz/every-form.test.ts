import { PROJECT_CASES } from '../faults/cases/projects';
import { FORM_CASES, fuzzForms } from './fuzz-forms';

// The project and monitor forms run in every-project-form.test.ts (with the demo data), side by side with this file.
fuzzForms(FORM_CASES.filter((c) => !PROJECT_CASES.includes(c)));
