import type { MiddlewareHandler } from 'hono';
import { NONCE, secureHeaders } from 'hono/secure-headers';

type SecureHeadersOptions = NonNullable<Parameters<typeof secureHeaders>[0]>;

/** The only pages another website may show in a frame: the embeddable widget (src/features/open-data/widget). */
export const FRAMABLE_PREFIX = '/widget/';

const contentSecurityPolicy = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'", NONCE],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  formAction: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  frameAncestors: ["'none'"],
};

const common: SecureHeadersOptions = {
  strictTransportSecurity: 'max-age=63072000; includeSubDomains',
  referrerPolicy: 'strict-origin-when-cross-origin',
  crossOriginEmbedderPolicy: false,
  permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
};

/** Strict CSP with a per-request nonce; htmx is loaded from our own origin and never evaluates strings. */
export function securityHeaders(): MiddlewareHandler {
  const pages = secureHeaders({ ...common, contentSecurityPolicy, xFrameOptions: 'DENY' });
  // The widget may be framed by any site (`frame-ancestors *`, no X-Frame-Options); everything else stays the same.
  const widget = secureHeaders({
    ...common,
    contentSecurityPolicy: { ...contentSecurityPolicy, frameAncestors: ['*'] },
    xFrameOptions: false,
    crossOriginResourcePolicy: 'cross-origin',
  });
  return (c, next) => (c.req.path.startsWith(FRAMABLE_PREFIX) ? widget(c, next) : pages(c, next));
}
