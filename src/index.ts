import { createApp } from './app';
import { scheduledFreshness } from './features/freshness/job';

const app = createApp();

export default {
  fetch: app.fetch,
  async scheduled(controller, env, ctx) {
    // Daily (wrangler.toml [triggers]): archive ended activities, remind about and hide stale ones.
    ctx.waitUntil(
      scheduledFreshness(env, new Date(controller.scheduledTime)).catch((err) => {
        console.error('freshness job failed', err);
        throw err;
      }),
    );
  },
} satisfies ExportedHandler<Env>;
