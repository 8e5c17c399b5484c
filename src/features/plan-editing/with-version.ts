import type { AppContext } from '../../env';
import { idParam } from '../../http/params';
import { renderNotFound } from '../../layout/status-pages';
import { loadVersion, type LoadedVersion } from './queries';

/** The plan version of the address (`:versionId`), or the 404 page. */
export async function withVersion(c: AppContext, render: (loaded: LoadedVersion) => Response | Promise<Response>) {
  const id = idParam(c, 'versionId');
  const loaded = id === null ? null : await loadVersion(c.var.db, id);
  return loaded ? render(loaded) : renderNotFound(c);
}
