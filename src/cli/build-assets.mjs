// Builds the static assets in public/ from their npm packages and our own theme, so nothing is loaded from a CDN.
// Run with `npm run build:assets` after upgrading htmx or the NL Design System packages; the output is committed.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const pkg = (p) => join(root, 'node_modules', p);

mkdirSync(join(root, 'public/css'), { recursive: true });
mkdirSync(join(root, 'public/js'), { recursive: true });

// Our own theme: the Voorbeeld tokens (EUPL) under our class name, with the portal's own brand tokens on top.
const voorbeeld = readFileSync(pkg('@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css'), 'utf8').replaceAll(
  '.voorbeeld-theme',
  '.vw-theme',
);
const brandTokens = readFileSync(join(root, 'src/layout/styles/tokens.css'), 'utf8');
const components = readFileSync(pkg('@utrecht/component-library-css/dist/index.css'), 'utf8');
const portal = readFileSync(join(root, 'src/layout/styles/portal.css'), 'utf8');

const banner =
  '/* Partnerportaal Veerkrachtige Wijken — NL Design System (EUPL-1.2): @utrecht/component-library-css, theme based on @nl-design-system-unstable/voorbeeld-design-tokens. */\n';
writeFileSync(join(root, 'public/css/portal.css'), banner + voorbeeld + '\n' + brandTokens + '\n' + components + '\n' + portal);

// The widget's own small stylesheet (a partner's iframe should not load the whole portal CSS).
copyFileSync(join(root, 'src/features/open-data/widget/widget.css'), join(root, 'public/css/widget.css'));

copyFileSync(pkg('htmx.org/dist/htmx.min.js'), join(root, 'public/js/htmx.min.js'));
console.log('public/css/portal.css, public/css/widget.css and public/js/htmx.min.js written');
