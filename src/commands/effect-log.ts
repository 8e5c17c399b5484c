/** What a committed command touched, so the follow-ups run: mail to deliver, cached public pages to drop. */
export type Touched = { mail: boolean; publicPages: boolean };

/** The request's record of what its commands touched. */
export class EffectLog {
  mail = false;
  publicPages = false;
  record(touched: Touched) {
    this.mail ||= touched.mail;
    this.publicPages ||= touched.publicPages;
  }
}
