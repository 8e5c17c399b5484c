import type { Child } from 'hono/jsx';
import { ErrorSummary, SubmitButton } from '../../layout/form';
import { useTexts } from '../../layout/renderer';
import type { FieldErrors } from '../../validation/form';
import { managementTexts } from './texts';

export type Notice = 'saved' | 'created' | 'removed' | 'conflict' | null;

export function NoticeBanner({ notice }: { notice: Notice }) {
  const t = useTexts(managementTexts);
  if (!notice) return null;
  if (notice === 'conflict') {
    return (
      <div class="utrecht-alert utrecht-alert--warning vw-project-notice" role="alert">
        <h2 class="utrecht-heading-3">{t.conflictTitle}</h2>
        <p class="utrecht-paragraph">{t.conflictBody}</p>
      </div>
    );
  }
  return (
    <div class="utrecht-alert utrecht-alert--ok vw-project-notice" role="status">
      <p class="utrecht-paragraph">{notice === 'created' ? t.created : notice === 'removed' ? t.removed : t.saved}</p>
    </div>
  );
}

type SubNavTab = 'details' | 'milestones' | 'budget' | 'goals';

export function ProjectSubNav({ slug, current }: { slug: string; current: SubNavTab }) {
  const t = useTexts(managementTexts);
  const items: [string, string, boolean][] = [
    [`/projectbeheer/${slug}`, t.tabDetails, current === 'details'],
    [`/projectbeheer/${slug}/mijlpalen`, t.tabMilestones, current === 'milestones'],
    [`/projectbeheer/${slug}/begroting`, t.tabBudget, current === 'budget'],
    [`/projectbeheer/${slug}/doelen`, t.tabGoals, current === 'goals'],
    [`/projecten/${slug}`, t.tabStatusPage, false],
  ];
  return (
    <nav class="vw-project-subnav" aria-label={t.subNavLabel}>
      <ul>
        {items.map(([href, label, active]) => (
          <li>
            <a class="utrecht-link" href={href} aria-current={active ? 'page' : undefined}>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function ProjectPageHeading({ title, slug, tab, notice }: { title: string; slug?: string; tab: SubNavTab; notice: Notice }) {
  return (
    <>
      <h1 class="utrecht-heading-1">{title}</h1>
      {slug && <ProjectSubNav slug={slug} current={tab} />}
      <NoticeBanner notice={notice} />
    </>
  );
}

export function PlanItemForm(props: {
  action: string;
  version: number;
  errors: FieldErrors;
  labels: Record<string, string>;
  submitLabel: string;
  children: Child;
}) {
  return (
    <form method="post" action={props.action} novalidate>
      <ErrorSummary errors={props.errors} labels={props.labels} />
      <input type="hidden" name="version" value={String(props.version)} />
      {props.children}
      <SubmitButton label={props.submitLabel} />
    </form>
  );
}

export function RemoveButton({ action, version, label }: { action: string; version: number; label: string }) {
  const t = useTexts(managementTexts);
  return (
    <form method="post" action={action} class="vw-inline-form">
      <input type="hidden" name="version" value={String(version)} />
      <button type="submit" class="vw-linklike" aria-label={label}>
        {t.remove}
      </button>
    </form>
  );
}

/** The actions in a row of the milestone or budget table; `itemPath` is the item's page, which also takes the removal. */
export function PlanItemActions({ itemPath, name, version }: { itemPath: string; name: string; version: number }) {
  const t = useTexts(managementTexts);
  return (
    <>
      <a class="utrecht-link" href={itemPath} aria-label={t.editNamed(name)}>
        {t.edit}
      </a>{' '}
      · <RemoveButton action={`${itemPath}/verwijderen`} version={version} label={t.removeNamed(name)} />
    </>
  );
}

export function BackLink({ href }: { href: string }) {
  const t = useTexts(managementTexts);
  return (
    <p class="utrecht-paragraph">
      <a class="utrecht-link" href={href}>
        {t.back}
      </a>
    </p>
  );
}
