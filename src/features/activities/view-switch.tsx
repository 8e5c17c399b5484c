import { useTexts } from '../../layout/renderer';
import { scheduleTexts } from './schedule-texts';

/** "Lijst · Agenda per dag": the two views of the same filters. */
export function ViewSwitch({ current, listHref: list, agendaHref: agenda }: { current: 'list' | 'agenda'; listHref: string; agendaHref: string }) {
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
          <a class="utrecht-link" href={agenda} aria-current={current === 'agenda' ? 'page' : undefined}>
            {s.viewAgenda}
          </a>
        </li>
      </ul>
    </nav>
  );
}

