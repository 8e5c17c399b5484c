// The programme's own drawings: the Veerkrachtige Wijken mark (three roofs growing from one root, one per pillar)
// and an icon per pillar. Drawn for this portal; no third-party artwork.

/** The mark beside the wordmark; decorative, the words next to it name the site. */
export function BrandMark() {
  return (
    <svg class="vw-brand__mark" viewBox="0 0 48 48" width="40" height="40" aria-hidden="true" focusable="false">
      <path d="M4 26 14 16l10 10" fill="none" stroke="#1d6b4f" stroke-width="4" stroke-linecap="round" stroke-linejoin="round" />
      <path d="M16 20 26 10l10 10" fill="none" stroke="#2f8f6a" stroke-width="4" stroke-linecap="round" stroke-linejoin="round" />
      <path d="M26 26l10-10 8 8" fill="none" stroke="#0b5b3f" stroke-width="4" stroke-linecap="round" stroke-linejoin="round" />
      <path d="M24 44V30c0-4 3-7 8-8M24 34c0-4-3-6-8-7" fill="none" stroke="#1a1a1a" stroke-width="3" stroke-linecap="round" />
    </svg>
  );
}

export const PILLAR_ICON_IDS = ['health', 'livelihood', 'equal-chances'] as const;

/**
 * The pillar icons as symbols, once per page (hidden); `PillarIcon` points at them with `<use>`, so a list of cards
 * repeats a few bytes instead of the drawing.
 */
export function IconSymbols() {
  return (
    <svg class="vw-icon-symbols" aria-hidden="true" focusable="false" width="0" height="0">
      <symbol id="vw-icon-health" viewBox="0 0 24 24">
        <path
          d="M12 20s-7-4.4-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.6-7 10-7 10z"
          fill="none"
          stroke="currentColor"
          stroke-width="2"
          stroke-linejoin="round"
        />
        <path
          d="M7.5 12h2.5l1.2-2.4 1.8 4.4 1.2-2h2.3"
          fill="none"
          stroke="currentColor"
          stroke-width="1.6"
          stroke-linecap="round"
          stroke-linejoin="round"
        />
      </symbol>
      <symbol id="vw-icon-livelihood" viewBox="0 0 24 24">
        <path d="M4 11 12 4l8 7" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
        <path d="M6 10v10h12V10" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" />
        <path d="M14.5 12.6a2.6 2.6 0 1 0 0 4.8M9.5 14.2h4M9.5 15.8h4" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" />
      </symbol>
      <symbol id="vw-icon-equal-chances" viewBox="0 0 24 24">
        <circle cx="7" cy="6" r="2.2" fill="none" stroke="currentColor" stroke-width="1.8" />
        <circle cx="17" cy="6" r="2.2" fill="none" stroke="currentColor" stroke-width="1.8" />
        <path
          d="M3.5 20v-5.5a3.5 3.5 0 0 1 7 0V20M13.5 20v-5.5a3.5 3.5 0 0 1 7 0V20"
          fill="none"
          stroke="currentColor"
          stroke-width="1.8"
          stroke-linecap="round"
        />
        <path d="M10 11.5h4M10 14h4" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
      </symbol>
      <symbol id="vw-icon-clock" viewBox="0 0 24 24">
        <circle cx="12" cy="12" r="8.5" fill="none" stroke="currentColor" stroke-width="2" />
        <path d="M12 7.5V12l3 2" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
      </symbol>
      <symbol id="vw-icon-place" viewBox="0 0 24 24">
        <path
          d="M12 21s-6.5-6-6.5-11a6.5 6.5 0 0 1 13 0c0 5-6.5 11-6.5 11z"
          fill="none"
          stroke="currentColor"
          stroke-width="2"
          stroke-linejoin="round"
        />
        <circle cx="12" cy="10" r="2.3" fill="none" stroke="currentColor" stroke-width="2" />
      </symbol>
    </svg>
  );
}

/** A small icon before a fact on a card (when, where); the fact's label is there for screen readers. */
export function CardIcon({ name }: { name: 'clock' | 'place' }) {
  return (
    <svg class="vw-card-icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <use href={`#vw-icon-${name}`} />
    </svg>
  );
}

/** A pillar's icon; always next to the pillar's name, so it is decorative. */
export function PillarIcon({ pillar }: { pillar: string }) {
  if (!(PILLAR_ICON_IDS as readonly string[]).includes(pillar)) return null;
  return (
    <svg class="vw-pillar-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <use href={`#vw-icon-${pillar}`} />
    </svg>
  );
}
