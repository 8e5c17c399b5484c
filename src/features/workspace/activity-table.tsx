import type { Membership } from '../../env';
import { useAppContext } from '../../layout/renderer';
import { describeWhen } from '../activities/schedule';
import { NoteList, notesFor } from './activity-notes';
import type { WorkspaceActivity } from './queries';
import { workspaceTexts } from './texts';

export function ActivityTable({ items, caption, membership }: { items: WorkspaceActivity[]; caption: string; membership: Membership }) {
  const c = useAppContext();
  const t = workspaceTexts[c.var.locale];
  return (
    <div class="utrecht-table-container">
      <table class="utrecht-table utrecht-table--html-table vw-workspace-table">
        <caption class="utrecht-table__caption vw-visually-hidden">{caption}</caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="col">
              {t.columnTitle}
            </th>
            <th class="utrecht-table__header-cell" scope="col">
              {t.columnWhen}
            </th>
            <th class="utrecht-table__header-cell" scope="col">
              {t.columnNote}
            </th>
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {items.map((a) => (
            <tr class="utrecht-table__row">
              <td class="utrecht-table__cell">
                <a class="utrecht-link" href={`/portaal/activiteiten/${a.id}`}>
                  {a.title}
                </a>
                {a.organisationId !== membership.organisationId && (
                  <>
                    <br />
                    <span class="vw-meta">{t.coOrganisedBy(a.organisationName)}</span>
                  </>
                )}
              </td>
              <td class="utrecht-table__cell">{describeWhen({ ...a, exceptions: [] }, c.var.locale)}</td>
              <td class="utrecht-table__cell">
                <NoteList notes={notesFor(a, t)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
