// Serves the built site in dist/ (run `npm run build` first) with Astro's static preview server,
// so the base path and trailing slashes behave as they will on a static host.
// PORT chooses the port (default 4321); HOST the interface (default localhost).
import { fileURLToPath } from 'node:url';
import { preview } from 'astro';

const port = Number(process.env.PORT ?? 4321);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a whole number from 0 to 65535, found "${process.env.PORT}".`);
  process.exit(1);
}

const server = await preview({
  root: fileURLToPath(new URL('..', import.meta.url)),
  server: { port, host: process.env.HOST ?? 'localhost' },
  logLevel: 'info',
});

const stop = async () => {
  await server.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
