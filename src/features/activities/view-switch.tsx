import { useTexts } from '../../layout/renderer';
import { scheduleTexts } from './schedule-texts';

/** "Lijst · Per dag": the two views of /activiteiten with the same filters. */
export function ViewSwitch({ current, listHref: list, dayViewHref: days }: { current: 'list' | 'days'; listHref: string; dayViewHref: string }) {
  const s = useTexts(scheduleTexts);
  return (
    <nav class="vw-view-switch" aria-label={s.viewLabel}>
      <ul class="vw-inline-list">
        <li>
          <a class="utrecht-link" href={list} aria-current={current === 'list' ? 'page' : undefined}>
            {s.viewList}
          </a>
        </li>
        <li>
          <a class="utrecht-link" href={days} aria-current={current === 'days' ? 'page' : undefined}>
            {s.viewDays}
          </a>
        </li>
      </ul>
    </nav>
  );
}
