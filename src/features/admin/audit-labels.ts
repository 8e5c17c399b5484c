import type { Locale } from '../../i18n';

// Audit actions in words for people ("Activiteit goedgekeurd" for activity.approve). The stored code stays as it is.
type Words = Record<string, string>;

const OBJECTS: Record<Locale, Words> = {
  nl: {
    login: 'Inloggen',
    logout: 'Uitgelogd',
    activity: 'Activiteit',
    'activity-revision': 'Wijziging van een activiteit',
    organisation: 'Organisatie',
    'organisation.revision': 'Profielwijziging',
    membership: 'Lidmaatschap',
    user: 'Account',
    account: 'Account',
    password: 'Wachtwoord',
    'password.reset': 'Wachtwoordherstel',
    mfa: 'Tweestapsverificatie',
    email: 'E-mailadres',
    invitation: 'Uitnodiging',
    project: 'Project',
    'project-update': 'Voortgangsbericht',
    milestone: 'Mijlpaal',
    'budget-line': 'Begrotingsregel',
    snapshot: 'Kwartaalrapportage',
    funder: 'Financier',
    'feed-key': 'Feedsleutel',
  },
  en: {
    login: 'Login',
    logout: 'Logged out',
    activity: 'Activity',
    'activity-revision': 'Change to an activity',
    organisation: 'Organisation',
    'organisation.revision': 'Profile change',
    membership: 'Membership',
    user: 'Account',
    account: 'Account',
    password: 'Password',
    'password.reset': 'Password reset',
    mfa: 'Two-step verification',
    email: 'E-mail address',
    invitation: 'Invitation',
    project: 'Project',
    'project-update': 'Progress update',
    milestone: 'Milestone',
    'budget-line': 'Budget line',
    snapshot: 'Quarterly report',
    funder: 'Funder',
    'feed-key': 'Feed key',
  },
};

const VERBS: Record<Locale, Words> = {
  nl: {
    success: 'gelukt',
    failure: 'mislukt',
    'rate-limited': 'geblokkeerd (te vaak geprobeerd)',
    'password-accepted': 'wachtwoord geaccepteerd',
    approve: 'goedgekeurd',
    reject: 'afgewezen',
    'request-changes': 'aanpassingen gevraagd',
    submit: 'ingediend',
    submitted: 'ingediend',
    resubmit: 'opnieuw ingediend',
    create: 'aangemaakt',
    update: 'gewijzigd',
    save: 'opgeslagen',
    withdraw: 'ingetrokken',
    archive: 'gearchiveerd',
    confirm: 'bevestigd',
    'hide-stale': 'verborgen (niet bevestigd)',
    remind: 'herinnering gestuurd',
    add: 'toegevoegd',
    remove: 'verwijderd',
    invite: 'uitgenodigd',
    'invite.resend': 'uitnodiging opnieuw verstuurd',
    leave: 'verlaten',
    register: 'aangemeld',
    change: 'gewijzigd',
    request: 'aangevraagd',
    enable: 'aangezet',
    disable: 'uitgezet',
    reset: 'hersteld',
    verify: 'bevestigd',
    accept: 'geaccepteerd',
    'role-change': 'rol gewijzigd',
    freeze: 'vastgelegd',
    publish: 'gepubliceerd',
    decided: 'besloten',
    'programmes.set': "programma's ingesteld",
    'recovery-code.use': 'herstelcode gebruikt',
    'recovery-codes.regenerate': 'nieuwe herstelcodes gemaakt',
  },
  en: {
    success: 'succeeded',
    failure: 'failed',
    'rate-limited': 'blocked (too many attempts)',
    'password-accepted': 'password accepted',
    approve: 'approved',
    reject: 'rejected',
    'request-changes': 'changes requested',
    submit: 'submitted',
    submitted: 'submitted',
    resubmit: 'resubmitted',
    create: 'created',
    update: 'changed',
    save: 'saved',
    withdraw: 'withdrawn',
    archive: 'archived',
    confirm: 'confirmed',
    'hide-stale': 'hidden (not confirmed)',
    remind: 'reminder sent',
    add: 'added',
    remove: 'removed',
    invite: 'invited',
    'invite.resend': 'invitation sent again',
    leave: 'left',
    register: 'registered',
    change: 'changed',
    request: 'requested',
    enable: 'switched on',
    disable: 'switched off',
    reset: 'reset',
    verify: 'confirmed',
    accept: 'accepted',
    'role-change': 'role changed',
    freeze: 'frozen',
    publish: 'published',
    decided: 'decided',
    'programmes.set': 'programmes set',
    'recovery-code.use': 'recovery code used',
    'recovery-codes.regenerate': 'new recovery codes made',
  },
};

const byLength = (words: Words) => Object.keys(words).sort((a, b) => b.length - a.length);

/** "activity.approve" → "Activiteit goedgekeurd"; an unknown code is shown as it is. */
export function auditActionLabel(action: string, locale: Locale): string {
  const objects = OBJECTS[locale];
  if (objects[action]) return objects[action];
  const object = byLength(objects).find((key) => action.startsWith(`${key}.`));
  if (!object) return action;
  const verb = action.slice(object.length + 1);
  return `${objects[object]} ${VERBS[locale][verb] ?? verb}`;
}

export function auditResultLabel(result: string, locale: Locale): string {
  const words: Words =
    locale === 'nl' ? { success: 'gelukt', failure: 'mislukt', denied: 'geweigerd' } : { success: 'succeeded', failure: 'failed', denied: 'denied' };
  return words[result] ?? result;
}

/** The object kinds a reader can filter on, in words. */
export function auditObjectKinds(locale: Locale): { value: string; label: string }[] {
  const objects = OBJECTS[locale];
  return ['user', 'organisation', 'activity', 'project', 'project-update', 'membership'].map((value) => ({ value, label: objects[value]! }));
}

/** The action groups a reader can filter on (the first part of the code), in words. */
export function auditActionGroups(locale: Locale): { value: string; label: string }[] {
  const objects = OBJECTS[locale];
  return [
    'login',
    'logout',
    'activity',
    'activity-revision',
    'organisation',
    'membership',
    'user',
    'password',
    'mfa',
    'project',
    'project-update',
    'milestone',
    'budget-line',
  ].map((value) => ({
    value,
    label: objects[value]!,
  }));
}
