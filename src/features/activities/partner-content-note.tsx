import { useAppContext } from '../../layout/renderer';
import { listLayoutTexts } from './list-layout-texts';

/** On an English page: one line saying that what partners wrote is in Dutch (it is marked lang="nl"). */
export function PartnerContentNote() {
  const locale = useAppContext().var.locale;
  if (locale === 'nl') return null;
  return <p class="utrecht-paragraph vw-meta">{listLayoutTexts[locale].partnerContentDutch}</p>;
}
