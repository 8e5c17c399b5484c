import { COUNT_CAP } from '../activities/count-cap';
import { defineTexts } from '../../i18n';

export const neighbourhoodTexts = defineTexts(
  {
    indexTitle: 'Wijken',
    indexIntro: 'Veerkrachtige Wijken richt zich op twee wijken in Maastricht: Pottenberg en Nazareth. Kies een wijk om te zien wat er gebeurt.',
    activityCount: (count: number) =>
      count === 0 ? 'Nu geen activiteiten' : count === 1 ? '1 activiteit' : count > COUNT_CAP ? `Meer dan ${COUNT_CAP} activiteiten` : `${count} activiteiten`,
    moreAbout: (name: string) => `Alles over ${name}`,
    cbsCode: 'CBS-code',
    activitiesHeading: 'Activiteiten per pijler',
    pillarCount: (count: number) =>
      count === 1 ? '1 activiteit in deze wijk.' : count > COUNT_CAP ? `Meer dan ${COUNT_CAP} activiteiten in deze wijk.` : `${count} activiteiten in deze wijk.`,
    noActivitiesForPillar: 'Op dit moment geen activiteiten voor deze pijler in deze wijk.',
    allForPillar: (count: number, pillar: string, place: string) =>
      count === 1
        ? `Bekijk de activiteit voor ${pillar} in ${place}`
        : count > COUNT_CAP
          ? `Bekijk alle activiteiten voor ${pillar} in ${place}`
          : `Bekijk alle ${count} activiteiten voor ${pillar} in ${place}`,
    allInNeighbourhood: (place: string) => `Alle activiteiten in ${place}`,
    planLink: (place: string) => `Het uitvoeringsplan van ${place}: doelen en voortgang`,
    projectsHeading: (place: string) => `Projecten in ${place}`,
    noProjects: 'Voor deze wijk staan nog geen projecten op het portaal.',
    backToIndex: 'Alle wijken',
  },
  {
    indexTitle: 'Neighbourhoods',
    indexIntro: 'Veerkrachtige Wijken focuses on two neighbourhoods in Maastricht: Pottenberg and Nazareth. Choose a neighbourhood to see what is going on.',
    activityCount: (count: number) =>
      count === 0 ? 'No activities at the moment' : count === 1 ? '1 activity' : count > COUNT_CAP ? `More than ${COUNT_CAP} activities` : `${count} activities`,
    moreAbout: (name: string) => `All about ${name}`,
    cbsCode: 'CBS code',
    activitiesHeading: 'Activities per pillar',
    pillarCount: (count: number) =>
      count === 1 ? '1 activity in this neighbourhood.' : count > COUNT_CAP ? `More than ${COUNT_CAP} activities in this neighbourhood.` : `${count} activities in this neighbourhood.`,
    noActivitiesForPillar: 'No activities for this pillar in this neighbourhood at the moment.',
    allForPillar: (count: number, pillar: string, place: string) =>
      count === 1
        ? `See the activity for ${pillar} in ${place}`
        : count > COUNT_CAP
          ? `See all activities for ${pillar} in ${place}`
          : `See all ${count} activities for ${pillar} in ${place}`,
    allInNeighbourhood: (place: string) => `All activities in ${place}`,
    planLink: (place: string) => `The execution plan of ${place}: goals and progress`,
    projectsHeading: (place: string) => `Projects in ${place}`,
    noProjects: 'There are no projects for this neighbourhood on the portal yet.',
    backToIndex: 'All neighbourhoods',
  },
);
