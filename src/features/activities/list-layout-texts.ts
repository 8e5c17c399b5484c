import { defineTexts } from '../../i18n';

/** Texts of the list's layout (search row, filter disclosure), kept apart from the schedule and card wording. */
export const listLayoutTexts = defineTexts(
  {
    searchButton: 'Zoeken',
    filtersSummary: (active: number) => (active === 0 ? 'Filters' : `Filters (${active} actief)`),
    fromHint: 'Eerste dag, bijvoorbeeld 14-03-2026',
    untilHint: 'Laatste dag, bijvoorbeeld 21-03-2026',
    partnerContentDutch: 'De activiteiten komen van partners en zijn in het Nederlands.',
  },
  {
    searchButton: 'Search',
    filtersSummary: (active: number) => (active === 0 ? 'Filters' : `Filters (${active} active)`),
    fromHint: 'First day, for example 14-03-2026',
    untilHint: 'Last day, for example 21-03-2026',
    partnerContentDutch: 'The activities come from partners and are in Dutch.',
  },
);
