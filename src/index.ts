import { createApp } from './app';

const app = createApp();

export default {
  fetch: app.fetch,
  async scheduled(_controller, _env, _ctx) {
    // The daily freshness job is registered by the activities feature.
  },
} satisfies ExportedHandler<Env>;
