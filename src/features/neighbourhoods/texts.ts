import { COUNT_CAP } from '../activities/count-cap';
import { defineTexts } from '../../i18n';

export const neighbourhoodTexts = defineTexts(
  {
    indexTitle: 'Wijken',
    indexIntro: 'Veerkrachtige Wijken richt zich op twee wijken in Maastricht: Pottenberg en Nazareth. Kies een wijk om te zien wat er gebeurt.',
    activityCount: (count: number) =>
      count === 0
        ? 'Nu geen activiteiten'
        : count === 1
          ? '1 activiteit'
          : count > COUNT_CAP
            ? `Meer dan ${COUNT_CAP} activiteiten`
            : `${count} activiteiten`,
    moreAbout: (name: string) => `Alles over ${name}`,
    cbsCode: 'CBS-code',
    activitiesHeading: (place: string) => `Activiteiten in ${place}`,
    byPillar: 'Per pijler',
    pillarLink: (pillar: string, count: number) =>
      `${pillar}: ${count === 1 ? '1 activiteit' : count > COUNT_CAP ? `meer dan ${COUNT_CAP} activiteiten` : `${count} activiteiten`}`,
    noneForPillar: (pillar: string) => `${pillar}: nu geen activiteiten`,
    noActivities: 'Op dit moment staan er geen activiteiten in deze wijk op het portaal.',
    seeAll: (count: number, place: string) =>
      count > COUNT_CAP ? `Bekijk alle activiteiten in ${place}` : `Bekijk alle ${count} activiteiten in ${place}`,
    allInNeighbourhood: (place: string) => `Alle activiteiten in ${place}`,
    planLink: (place: string) => `Het uitvoeringsplan van ${place}: doelen en voortgang`,
    projectsHeading: (place: string) => `Projecten in ${place}`,
    noProjects: 'Voor deze wijk staan nog geen projecten op het portaal.',
    backToIndex: 'Alle wijken',
  },
  {
    indexTitle: 'Neighbourhoods',
    indexIntro:
      'Veerkrachtige Wijken focuses on two neighbourhoods in Maastricht: Pottenberg and Nazareth. Choose a neighbourhood to see what is going on.',
    activityCount: (count: number) =>
      count === 0
        ? 'No activities at the moment'
        : count === 1
          ? '1 activity'
          : count > COUNT_CAP
            ? `More than ${COUNT_CAP} activities`
            : `${count} activities`,
    moreAbout: (name: string) => `All about ${name}`,
    cbsCode: 'CBS code',
    activitiesHeading: (place: string) => `Activities in ${place}`,
    byPillar: 'By pillar',
    pillarLink: (pillar: string, count: number) =>
      `${pillar}: ${count === 1 ? '1 activity' : count > COUNT_CAP ? `more than ${COUNT_CAP} activities` : `${count} activities`}`,
    noneForPillar: (pillar: string) => `${pillar}: no activities at the moment`,
    noActivities: 'There are no activities in this neighbourhood on the portal at the moment.',
    seeAll: (count: number, place: string) => (count > COUNT_CAP ? `See all activities in ${place}` : `See all ${count} activities in ${place}`),
    allInNeighbourhood: (place: string) => `All activities in ${place}`,
    planLink: (place: string) => `The execution plan of ${place}: goals and progress`,
    projectsHeading: (place: string) => `Projects in ${place}`,
    noProjects: 'There are no projects for this neighbourhood on the portal yet.',
    backToIndex: 'All neighbourhoods',
  },
);
