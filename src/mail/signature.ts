import { defineTexts } from '../i18n';

/** The greeting and the one signature of every mail the portal sends. */
export const mailSignature = defineTexts(
  {
    closing: 'Met vriendelijke groet,\nHet programmateam Veerkrachtige Wijken\n\nDit bericht is automatisch verstuurd; u kunt er niet op antwoorden.',
    greeting: (name?: string) => (name ? `Beste ${name},` : 'Beste lezer,'),
  },
  {
    closing: 'Kind regards,\nThe Veerkrachtige Wijken programme team\n\nThis message was sent automatically; replies are not read.',
    greeting: (name?: string) => (name ? `Dear ${name},` : 'Hello,'),
  },
);
