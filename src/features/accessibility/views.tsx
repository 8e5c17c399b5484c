import { useTexts } from '../../layout/renderer';
import { ACCESSIBILITY_EMAIL, accessibilityTexts } from './texts';

function Items({ lines }: { lines: string }) {
  return (
    <ul class="utrecht-unordered-list">
      {lines.split('\n').map((line) => (
        <li>{line}</li>
      ))}
    </ul>
  );
}

export function AccessibilityStatement() {
  const t = useTexts(accessibilityTexts);
  return (
    <>
      <h1 class="utrecht-heading-1">{t.title}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">{t.intro}</p>

      <section class="vw-section" aria-labelledby="eisen">
        <h2 class="utrecht-heading-2" id="eisen">
          {t.standardHeading}
        </h2>
        <p class="utrecht-paragraph">{t.standard}</p>
        <Items lines={t.measures} />
      </section>

      <section class="vw-section" aria-labelledby="testen">
        <h2 class="utrecht-heading-2" id="testen">
          {t.testingHeading}
        </h2>
        <p class="utrecht-paragraph">{t.testing}</p>
        <Items lines={t.tests} />
        <p class="utrecht-paragraph">{t.auditNote}</p>
      </section>

      <section class="vw-section" aria-labelledby="bekend">
        <h2 class="utrecht-heading-2" id="bekend">
          {t.knownHeading}
        </h2>
        <p class="utrecht-paragraph">{t.known}</p>
        <Items lines={t.knownItems} />
      </section>

      <section class="vw-section" aria-labelledby="melden">
        <h2 class="utrecht-heading-2" id="melden">
          {t.reportHeading}
        </h2>
        <p class="utrecht-paragraph">{t.report}</p>
        <Items lines={t.reportItems} />
        <p class="utrecht-paragraph">
          {t.reportEmail}{' '}
          <a class="utrecht-link" href={`mailto:${ACCESSIBILITY_EMAIL}`}>
            {ACCESSIBILITY_EMAIL}
          </a>
          .
        </p>
        <p class="utrecht-paragraph">{t.reportPhone}</p>
        <p class="utrecht-paragraph">{t.reportResponse}</p>
      </section>

      <section class="vw-section" aria-labelledby="klacht">
        <h2 class="utrecht-heading-2" id="klacht">
          {t.complaintHeading}
        </h2>
        <p class="utrecht-paragraph">{t.complaint}</p>
      </section>
    </>
  );
}
