import { describe, expect, it } from 'vitest';
import { Paragraphs } from '../../../src/features/activities/components';

describe('activity description rendering', () => {
  it('turns web addresses into links and keeps everything else as escaped text', async () => {
    const html = String(
      await (<Paragraphs text={'Aanmelden via https://voorbeeld.nl/aanmelden.\n\n<script>alert(1)</script> javascript:alert(1)'} />),
    );
    expect(html).toContain(
      '<a class="utrecht-link" href="https://voorbeeld.nl/aanmelden" rel="noopener noreferrer">https://voorbeeld.nl/aanmelden</a>.',
    );
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('href="javascript:');
    expect(html.match(/<p /g)).toHaveLength(2);
  });
});
