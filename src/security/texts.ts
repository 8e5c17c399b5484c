import { defineTexts } from '../i18n';

export const securityTexts = defineTexts(
  {
    tooManyAttempts: (time: string, minutes: number) =>
      `Te veel pogingen. Om uw account te beschermen kunt u het pas om ${time} opnieuw proberen (over ${minutes === 1 ? '1 minuut' : `${minutes} minuten`}).`,
    tooManyTitle: 'Even wachten',
    conflict: 'Iemand anders heeft dit intussen al gewijzigd. Hieronder ziet u de huidige stand.',
  },
  {
    tooManyAttempts: (time: string, minutes: number) =>
      `Too many attempts. To protect your account you can try again at ${time} (in ${minutes === 1 ? '1 minute' : `${minutes} minutes`}).`,
    tooManyTitle: 'Please wait',
    conflict: 'Someone else changed this in the meantime. Below you see the current state.',
  },
);
