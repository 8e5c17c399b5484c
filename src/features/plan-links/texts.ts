import { defineTexts } from '../../i18n';

export const planLinkTexts = defineTexts(
  {
    servesHeading: 'Draagt bij aan',
    conceptPlan: 'concept — nog niet vastgesteld',
    activityGoalsHelp:
      'De doelen uit de plannen van het programma die bij de gekozen pijlers en wijken horen. Kies de doelen waaraan deze activiteit bijdraagt; het programmateam beoordeelt de keuze mee.',
    noGoalsOffered: 'Er zijn (nog) geen doelen bij de gekozen pijlers en wijken. Kies eerst pijlers en wijken, of laat dit leeg.',
    underParent: (parent: string) => `onder: ${parent}`,
  },
  {
    servesHeading: 'Contributes to',
    conceptPlan: 'draft — not adopted yet',
    activityGoalsHelp:
      "The goals in the programme's plans that belong to the chosen pillars and neighbourhoods. Choose the goals this activity contributes to; the programme team reviews the choice too.",
    noGoalsOffered:
      'There are no goals (yet) for the chosen pillars and neighbourhoods. Choose pillars and neighbourhoods first, or leave this empty.',
    underParent: (parent: string) => `under: ${parent}`,
  },
);
