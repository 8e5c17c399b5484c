// "Op uw eigen website": ready-to-copy embed code with a live preview, for the workspace and neighbourhood pages.
import { useAppContext, useTexts } from '../../../layout/renderer';
import { originOf } from '../origin';
import { widgetTexts } from './texts';

export function widgetPath(filter: { organisatie?: string; wijk?: string; pijler?: string }): string {
  const query = new URLSearchParams(Object.entries(filter).filter((e): e is [string, string] => Boolean(e[1])));
  const text = query.toString();
  return `/widget/activiteiten${text ? `?${text}` : ''}`;
}

export function EmbedWidget({ filter, id }: { filter: { organisatie?: string; wijk?: string; pijler?: string }; id: string }) {
  const t = useTexts(widgetTexts);
  const origin = originOf(useAppContext());
  const path = widgetPath(filter);
  const code = `<iframe src="${origin}${path}" title="${t.title}" width="100%" height="480" style="border:0" loading="lazy"></iframe>`;
  return (
    <details class="vw-embed">
      <summary>{t.embedTitle}</summary>
      <p class="utrecht-paragraph">{t.embedIntro}</p>
      <label class="utrecht-form-label" for={`${id}-code`}>
        {t.embedCodeLabel}
      </label>
      <textarea class="utrecht-textarea" id={`${id}-code`} readonly rows={3}>
        {code}
      </textarea>
      <p class="utrecht-paragraph vw-meta">{t.embedPlain}</p>
      <p class="utrecht-paragraph">{t.embedPreview}</p>
      <iframe src={path} title={t.title} width="100%" height="360" loading="lazy" class="vw-embed__preview"></iframe>
    </details>
  );
}
