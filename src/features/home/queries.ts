import {
  neighbourhoodsQuery,
  pageRows,
  pillarsQuery,
  upcomingCardsQuery,
  type ActivityCard,
  type ActivityCardRow,
  type NeighbourhoodRef,
  type PillarRef,
} from '../activities/cards';
import { rowsOf, statement } from '../activities/statement';

export const HOME_UPCOMING_COUNT = 6;

export type HomeData = { pillars: PillarRef[]; neighbourhoods: NeighbourhoodRef[]; upcoming: ActivityCard[] };

/** The pillars, the neighbourhoods and the first upcoming activities, in one round trip. */
export async function loadHome(d1: D1Database, today: string): Promise<HomeData> {
  const page = { limit: HOME_UPCOMING_COUNT };
  const [pillarRows, neighbourhoodRows, cards] = await d1.batch([
    statement(d1, pillarsQuery),
    statement(d1, neighbourhoodsQuery),
    statement(d1, upcomingCardsQuery(today, {}, page)),
  ]);
  return {
    pillars: rowsOf<PillarRef>(pillarRows),
    neighbourhoods: rowsOf<NeighbourhoodRef>(neighbourhoodRows),
    upcoming: pageRows(rowsOf<ActivityCardRow>(cards), page),
  };
}
