import { useAppContext } from '../../../layout/renderer';
import type { ActivityView } from '../../activities/detail';
import { originOf } from '../origin';
import { openDataTexts } from '../texts';
import { activityJsonLd, JsonLd } from './json-ld';

/** The schema.org Event of the activity page, in a JSON-LD script block. */
export function ActivityJsonLd({ activity, id, today }: { activity: ActivityView; id: number; today: string }) {
  const c = useAppContext();
  const origin = originOf(c);
  const data = activityJsonLd(activity, `${origin}/activiteiten/${id}`, origin, today, openDataTexts[c.var.locale].demoLabel);
  return <JsonLd data={data} nonce={c.var.secureHeadersNonce} />;
}
