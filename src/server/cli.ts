import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type Config, ConfigError, loadConfig } from './config.ts';
import { DEMO_ACCOUNTS, DEMO_GEMEENTE, DEMO_WACHTWOORD, seedDemo } from './demo/seed-demo.ts';
import { openAndMigrate, type RunningKring, startKring, stopOnSignals } from './main.ts';
import { functieSchema, rolSchema } from './modules/accounts/model.ts';
import { apiDocumentText } from './openapi-export.ts';
import { KringError } from './platform/http/problem.ts';
import { createLogger } from './platform/logging.ts';
import { GemeenteScope } from './platform/tenancy/gemeente-scope.ts';
import { createServices } from './services.ts';

const HELP = `kring — the Kring server and its administration commands

  kring serve                      start the server (same as npm start)
  kring migrate                    apply pending database migrations
  kring seed-demo                  create the demo gemeente with its demo accounts
  kring gemeente create --code GM0882 --naam Stein [--hostnaam stein.example.nl ...]
  kring user create --email a@b.nl --naam "Naam" [--gemeente GM0882 --rol professional
                    --functie wijkteam] [--rol ...] [--platformbeheerder] [--wachtwoord-stdin]
  kring audit verify [--gemeente GM0882]
                                   check the access log's hash chain (all gemeenten by default)
  kring oidc add --gemeente GM0882 --naam DigiD --issuer https://broker.example --client-id ID
                 --client-secret-env ENV_NAME [--slug digid] [--doelgroep inwoners|medewerkers]
                 [--scope openid ...] [--acr VALUE ...] [--acr-tweede-factor VALUE ...]
                                   connect an OpenID Connect provider (the secret stays in ENV_NAME)
  kring sociale-kaart import --gemeente GM0882 [--dry-run] [--gedeeltelijk] FILE
                                   import HSDS 3.0 JSON (.json) or the CSV template (.csv)
  kring sociale-kaart export --gemeente GM0882 [--format hsds|csv] [FILE]
                                   export the published sociale kaart (stdout without FILE)
  kring fhir-client add --gemeente GM0882 --praktijk ORG_ID --account huisarts@praktijk.nl
                 --naam "HIS De Linde"
                                   let a practice's system use /fhir/r4 as this huisarts account
                                   (prints client_id and client_secret once)
  kring fhir-client revoke --gemeente GM0882 --client-id ID
                                   revoke a FHIR client; its tokens stop working at once
  kring openapi --write FILE | --check FILE
                                   write the OpenAPI document, or check that FILE is current

Configuration comes from environment variables; see README.md.`;

async function serve(config: Config): Promise<void> {
  const kring: RunningKring = await startKring(config);
  printBanner(kring);
  stopOnSignals(kring);
}

function printBanner(kring: RunningKring): void {
  const db = kring.database.kind === 'pglite' ? `PGlite in ${kring.config.dataDir}` : 'PostgreSQL';
  const lines = [
    '',
    `  Kring draait op / is running at ${kring.url}`,
    `  API: ${kring.url}/api/v1/docs   Database: ${db}`,
  ];
  if (kring.config.demo) {
    lines.push(
      '',
      `  Demo-gemeente ${DEMO_GEMEENTE.naam} (${DEMO_GEMEENTE.code})${kring.demoCreated ? ' is aangemaakt / was created' : ''}.`,
      `  Demo-accounts (wachtwoord / password: ${DEMO_WACHTWOORD}):`,
      ...DEMO_ACCOUNTS.map((a) => `    ${a.email.padEnd(34)} ${a.publiek}`),
    );
  }
  console.log(`${lines.join('\n')}\n`);
}

async function withDatabase<T>(
  config: Config,
  work: (db: Awaited<ReturnType<typeof openAndMigrate>>) => Promise<T>,
): Promise<T> {
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const database = await openAndMigrate(config, logger);
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

async function readStdin(): Promise<string> {
  return readFileSync(0, 'utf8').replace(/\r?\n$/, '');
}

async function main(argv: string[]): Promise<number> {
  const [command = 'serve', sub, ...rest] = argv;
  const config = loadConfig();

  switch (command) {
    case 'serve':
      await serve(config);
      return -1; // keep running
    case 'migrate':
      await withDatabase(config, async () => {});
      console.log('Migrations are up to date.');
      return 0;
    case 'seed-demo': {
      const created = await withDatabase(config, (database) => seedDemo(database));
      console.log(
        created ? `Demo gemeente ${DEMO_GEMEENTE.code} created.` : 'Demo gemeente exists already.',
      );
      return 0;
    }
    case 'gemeente': {
      if (sub !== 'create') break;
      const { values } = parseArgs({
        args: rest,
        options: {
          code: { type: 'string' },
          naam: { type: 'string' },
          hostnaam: { type: 'string', multiple: true },
        },
      });
      const ref = await withDatabase(config, (database) =>
        createServices(database, config).gemeenten.create({
          code: values.code ?? '',
          naam: values.naam ?? '',
          hostnamen: values.hostnaam ?? [],
        }),
      );
      console.log(`Gemeente ${ref.code} (${ref.naam}) created.`);
      return 0;
    }
    case 'user': {
      if (sub !== 'create') break;
      const { values } = parseArgs({
        args: rest,
        options: {
          email: { type: 'string' },
          naam: { type: 'string' },
          gemeente: { type: 'string' },
          rol: { type: 'string', multiple: true },
          functie: { type: 'string' },
          platformbeheerder: { type: 'boolean' },
          'wachtwoord-stdin': { type: 'boolean' },
        },
      });
      const rollen = (values.rol ?? []).map((r) => rolSchema.parse(r));
      const functie =
        values.functie === undefined ? undefined : functieSchema.parse(values.functie);
      if (rollen.length > 0 && !values.gemeente) throw new UsageError('--rol needs --gemeente.');
      const generated = values['wachtwoord-stdin']
        ? undefined
        : randomBytes(15).toString('base64url');
      const wachtwoord = generated ?? (await readStdin());
      await withDatabase(config, (database) =>
        database.db.transaction().execute(async (trx) => {
          const services = createServices({ ...database, db: trx }, config);
          const account = await services.accounts.create({
            email: values.email ?? '',
            naam: values.naam ?? '',
            wachtwoord,
            platformbeheerder: values.platformbeheerder ?? false,
          });
          if (values.gemeente) {
            const gemeente = await services.gemeenten.ref(values.gemeente);
            const scope = new GemeenteScope(trx, gemeente.id);
            for (const rol of rollen) {
              await services.accounts.grantRole(
                scope,
                account.id,
                rol === 'professional' ? { rol, functie } : { rol },
              );
            }
          }
        }),
      );
      console.log(
        `Account created.${generated ? ` Initial password (shown once): ${generated}` : ''}`,
      );
      return 0;
    }
    case 'oidc': {
      if (sub !== 'add') break;
      const { values } = parseArgs({
        args: rest,
        options: {
          gemeente: { type: 'string' },
          slug: { type: 'string' },
          naam: { type: 'string' },
          issuer: { type: 'string' },
          'client-id': { type: 'string' },
          'client-secret-env': { type: 'string' },
          doelgroep: { type: 'string' },
          scope: { type: 'string', multiple: true },
          acr: { type: 'string', multiple: true },
          'acr-tweede-factor': { type: 'string', multiple: true },
        },
      });
      if (!values.gemeente) throw new UsageError('--gemeente is needed.');
      const naam = values.naam ?? '';
      const provider = await withDatabase(config, async (database) => {
        const services = createServices(database, config);
        const gemeente = await services.gemeenten.ref(values.gemeente ?? '');
        return services.oidc.maakViaCli(gemeente.id, {
          slug:
            values.slug ??
            naam
              .toLowerCase()
              .replace(/[^a-z0-9]+/g, '-')
              .replace(/^-+|-+$/g, ''),
          naam,
          issuer: values.issuer ?? '',
          clientId: values['client-id'] ?? '',
          clientSecretEnv: values['client-secret-env'] ?? null,
          doelgroep: (values.doelgroep ?? 'inwoners') as 'inwoners',
          scopes: values.scope ?? ['openid'],
          acrWaarden: values.acr ?? [],
          acrTweedeFactor: values['acr-tweede-factor'] ?? [],
        });
      });
      console.log(
        `OIDC provider ${provider.slug} added (id ${provider.id}).\n` +
          `Register this redirect URI at the provider, for each host name of the gemeente:\n` +
          `  https://<host>/api/v1/oidc-providers/${provider.id}/callback`,
      );
      return 0;
    }
    case 'fhir-client': {
      if (sub !== 'add' && sub !== 'revoke') break;
      const { values } = parseArgs({
        args: rest,
        options: {
          gemeente: { type: 'string' },
          praktijk: { type: 'string' },
          account: { type: 'string' },
          naam: { type: 'string' },
          'client-id': { type: 'string' },
        },
      });
      if (!values.gemeente) throw new UsageError('--gemeente is needed.');
      if (sub === 'revoke') {
        if (!values['client-id']) throw new UsageError('--client-id is needed.');
        await withDatabase(config, async (database) => {
          const services = createServices(database, config);
          const ref = await services.gemeenten.ref(values.gemeente!);
          await services.welzijnsreceptFhir.trekClientIn(ref.id, values['client-id']!);
        });
        console.log('FHIR client revoked.');
        return 0;
      }
      if (!values.praktijk || !values.account) {
        throw new UsageError('--praktijk and --account are needed.');
      }
      const client = await withDatabase(config, async (database) => {
        const services = createServices(database, config);
        const ref = await services.gemeenten.ref(values.gemeente!);
        return services.welzijnsreceptFhir.registreerClient(ref.id, {
          praktijkId: values.praktijk!,
          accountEmail: values.account!,
          naam: values.naam ?? 'FHIR-koppeling',
        });
      });
      console.log(
        `FHIR client added. Give these to the practice's system (the secret is shown once):\n` +
          `  client_id:     ${client.clientId}\n  client_secret: ${client.geheim}\n` +
          `  token URL:     https://<host>/fhir/r4/auth/token (client_secret_basic or client_secret_post)`,
      );
      return 0;
    }
    case 'openapi': {
      const { values } = parseArgs({
        args: [sub, ...rest].filter((a): a is string => a !== undefined),
        options: { write: { type: 'string' }, check: { type: 'string' } },
      });
      const text = await apiDocumentText();
      if (values.write) {
        writeFileSync(values.write, text);
        console.log(`Wrote ${values.write}.`);
        return 0;
      }
      if (values.check) {
        const current = readFileSync(values.check, 'utf8');
        if (current !== text) {
          console.error(
            `${values.check} is out of date: run npm run openapi and commit the result.`,
          );
          return 1;
        }
        console.log(`${values.check} is up to date.`);
        return 0;
      }
      process.stdout.write(text);
      return 0;
    }
    case 'audit': {
      if (sub !== 'verify') break;
      const { values } = parseArgs({ args: rest, options: { gemeente: { type: 'string' } } });
      const uitkomsten = await withDatabase(config, async (database) => {
        const services = createServices(database, config);
        const codes = values.gemeente ? [values.gemeente] : [];
        for (let pagina = 1; !values.gemeente; pagina++) {
          const lijst = await services.gemeenten.list({ pagina, paginaGrootte: 100 });
          codes.push(...lijst.gemeenten.map((g) => g.code));
          if (pagina * 100 >= lijst.totaal) break;
        }
        const result = [];
        for (const code of codes) {
          const ref = await services.gemeenten.ref(code);
          result.push({ code, ...(await services.toegang.verifieer(ref.id)) });
        }
        return result;
      });
      for (const u of uitkomsten) {
        console.log(
          u.ok
            ? `${u.code}: access log intact (${u.rijen} rows).`
            : `${u.code}: access log BROKEN at row ${u.fout?.volgnummer}: ${u.fout?.reden}.`,
        );
      }
      return uitkomsten.every((u) => u.ok) ? 0 : 1;
    }
    case 'sociale-kaart': {
      if (sub !== 'import' && sub !== 'export') break;
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: {
          gemeente: { type: 'string' },
          'dry-run': { type: 'boolean' },
          gedeeltelijk: { type: 'boolean' },
          format: { type: 'string' },
        },
      });
      if (!values.gemeente) throw new UsageError('--gemeente is required');
      const bestand = positionals[0];
      if (sub === 'export') {
        const formaat = values.format ?? 'hsds';
        if (formaat !== 'hsds' && formaat !== 'csv') throw new UsageError('--format hsds|csv');
        const tekst = await withDatabase(config, async (database) => {
          const services = createServices(database, config);
          const ref = await services.gemeenten.ref(values.gemeente!);
          return services.hsds.exporteer(ref.id, formaat);
        });
        if (bestand) writeFileSync(bestand, tekst);
        else process.stdout.write(tekst);
        return 0;
      }
      if (!bestand) throw new UsageError('Give the file to import.');
      const inhoud = readFileSync(bestand, 'utf8');
      const rapport = await withDatabase(config, async (database) => {
        const services = createServices(database, config);
        const ref = await services.gemeenten.ref(values.gemeente!);
        return services.hsds.importeer(
          ref.id,
          {
            formaat: /\.csv$/i.test(bestand) ? 'csv' : 'hsds',
            inhoud,
            proefdraai: values['dry-run'] ?? false,
            gedeeltelijk: values.gedeeltelijk ?? false,
          },
          null,
        );
      });
      for (const f of rapport.fouten) console.log(`fout rij ${f.rij} ${f.veld}: ${f.reden}`);
      for (const w of rapport.waarschuwingen) console.log(`waarschuwing rij ${w.rij}: ${w.reden}`);
      const { organisaties, locaties, aanbod } = rapport.aantallen;
      console.log(
        rapport.geimporteerd
          ? `Imported: ${aanbod} aanbod, ${locaties} locaties, ${organisaties} organisaties (${rapport.rijen} rows, ${rapport.fouten.length} errors).`
          : `Nothing imported${rapport.proefdraai ? ' (dry run)' : ''}: ${rapport.goed} of ${rapport.rijen} rows are good, ${rapport.fouten.length} errors.`,
      );
      return rapport.fouten.length ? 1 : 0;
    }
    case 'help':
    case '--help':
      console.log(HELP);
      return 0;
  }
  throw new UsageError(`Unknown command: ${[command, sub].filter(Boolean).join(' ')}`);
}

class UsageError extends Error {}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (err: unknown) => {
    if (err instanceof UsageError) console.error(`${err.message}\n\n${HELP}`);
    else if (err instanceof ConfigError) console.error(err.message);
    else if (err instanceof KringError)
      console.error(
        `${err.message}${err.invalidParams ? `\n${err.invalidParams.map((p) => `  ${p.name}: ${p.reason}`).join('\n')}` : ''}`,
      );
    else if (err && typeof err === 'object' && 'issues' in err) {
      console.error(
        (err as { issues: { path: unknown[]; message: string }[] }).issues
          .map((i) => `${i.path.join('.')}: ${i.message}`)
          .join('\n'),
      );
    } else console.error(err);
    process.exit(err instanceof UsageError ? 2 : 1);
  },
);
