import { createApp } from './app';
import { createDb } from './db/client';
import { scheduledFreshness } from './features/freshness/job';
import { purgeExpiredRecords } from './security/purge';

const app = createApp();

export default {
  fetch: app.fetch,
  async scheduled(controller, env, ctx) {
    // Just after midnight (wrangler.toml [triggers]): move next dates on, archive ended activities, remind about and
    // hide stale ones; and delete expired sessions, rate-limit windows and e-mail link tokens.
    const now = new Date(controller.scheduledTime);
    const logged = (name: string, work: Promise<unknown>) =>
      work.catch((err) => {
        console.error(`${name} failed`, err);
        throw err;
      });
    ctx.waitUntil(logged('freshness job', scheduledFreshness(env, now)));
    ctx.waitUntil(
      logged(
        'purge of expired records',
        purgeExpiredRecords(createDb(env.DB), now).then((counts) => console.log('purge', JSON.stringify(counts))),
      ),
    );
  },
} satisfies ExportedHandler<Env>;
