import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client';
import { insertSelect } from '../db/insert-select';
import { outbox } from '../db/schema';
import type { Locale } from '../i18n';
import { programmeTeamMailTexts } from './programme-team-texts';

/** What can wait for the programme team's decision; each has its own review page. */
export type ReviewItemKind = 'activity' | 'activity-revision' | 'organisation' | 'organisation-revision';

export type SubmittedForReview = {
  kind: ReviewItemKind;
  /** Submitted again after the programme team asked for changes (or rejected a registration). */
  again?: boolean;
  /** The activity's title, or the organisation's (proposed) name. */
  title: string;
  /** Who submitted it. */
  organisationName: string;
  /** The item's id in its review page's address; an SQL expression when the same batch creates the item. */
  id: number | SQL;
};

export const REVIEW_PAGES: Record<ReviewItemKind, string> = {
  activity: '/beoordelen/activiteiten/',
  'activity-revision': '/beoordelen/wijzigingen/',
  organisation: '/beoordelen/organisaties/',
  'organisation-revision': '/beoordelen/organisaties/wijzigingen/',
};

type Texts = (typeof programmeTeamMailTexts)[Locale];

function whatItIs(t: Texts, item: SubmittedForReview): string {
  switch (item.kind) {
    case 'activity':
      return item.again ? t.reviewItemActivityAgain : t.reviewItemActivity;
    case 'activity-revision':
      return item.again ? t.reviewItemActivityRevisionAgain : t.reviewItemActivityRevision;
    case 'organisation':
      return item.again ? t.reviewItemOrganisationAgain : t.reviewItemOrganisation;
    case 'organisation-revision':
      return t.reviewItemOrganisationRevision;
  }
}

function mailParts(t: Texts, item: SubmittedForReview) {
  return {
    subject: t.mailReviewRequestSubject(item.title),
    body: t.mailReviewRequestBody(whatItIs(t, item), item.title, item.organisationName),
    closing: t.mailReviewRequestClosing,
  };
}

/** Who reviews (see `canReview`): every programme-team account that is not disabled. Admins do not review. */
const ACTIVE_PROGRAMME_TEAM = sql`u.role = 'programme' AND u.disabled_at IS NULL`;

/** Picks the recipient's language inside the statement (`u` is the users row). */
const inTheirLanguage = (nl: string, en: string) => sql`CASE u.locale WHEN 'en' THEN ${en} ELSE ${nl} END`;

/**
 * Tells the programme team that something waits for their review: one plain-text mail per active programme-team
 * member, in their own language, with a direct link to the item's review page. It is ONE `INSERT … SELECT FROM users`
 * that the command puts in its own batch under its own guard (`condition`), so recipients are chosen at the moment of
 * the change and nobody is told about a submission that lost a race. `origin` is the base of links in e-mails.
 */
export function notifyProgrammeTeam(db: Db, origin: string, item: SubmittedForReview, condition: SQL = sql`1 = 1`) {
  const nl = mailParts(programmeTeamMailTexts.nl, item);
  const en = mailParts(programmeTeamMailTexts.en, item);
  const link = sql`${origin + REVIEW_PAGES[item.kind]} || CAST(${item.id} AS INTEGER)`;
  return insertSelect(
    db,
    outbox,
    {
      toAddress: sql`u.email`,
      subject: inTheirLanguage(nl.subject, en.subject),
      bodyText: sql`${inTheirLanguage(nl.body, en.body)} || ${link} || ${inTheirLanguage(nl.closing, en.closing)}`,
      kind: `review-request.${item.kind}`,
    },
    sql`FROM users u WHERE ${ACTIVE_PROGRAMME_TEAM} AND ${condition}`,
  );
}
