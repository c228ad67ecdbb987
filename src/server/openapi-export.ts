import { buildApp } from './app.ts';
import { openDatabase } from './platform/database/connection.ts';
import { migrate } from './platform/database/migrate.ts';
import { createLogger } from './platform/logging.ts';
import { createServices } from './services.ts';

/**
 * The OpenAPI document exactly as the server serves it at /api/v1/openapi.json, as
 * stable text. It is committed in docs/openapi.json; CI fails when the two differ.
 */
export async function apiDocumentText(): Promise<string> {
  const database = await openDatabase({
    databaseUrl: undefined,
    dataDir: 'memory://',
    poolSize: 1,
  });
  try {
    await migrate(database.db);
    const services = createServices(database, { defaultGemeente: undefined });
    const app = await buildApp({
      config: {
        webDir: '/nonexistent',
        metricsToken: undefined,
        trustProxy: false,
        publicUrl: undefined,
      },
      database,
      services,
      logger: createLogger('silent'),
    });
    const response = await app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    await app.close();
    if (response.statusCode !== 200)
      throw new Error(`openapi.json answered ${response.statusCode}`);
    return `${JSON.stringify(response.json(), null, 2)}\n`;
  } finally {
    await database.close();
  }
}
