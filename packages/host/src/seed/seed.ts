import { randomBytes, randomUUID } from 'node:crypto';
import type { Config } from '../config.ts';
import { createCatalogRepository, type LaunchSettings } from '../db/catalog-repository.ts';
import type { Db } from '../db/database.ts';
import { DEMO_TOOL_ID, SEED_TOOLS, SEED_VENDORS, type SeedTool } from './catalog-data.ts';
import { PERSONAS, SEED_ORGANISATIONS } from './personas.ts';

const SEEDED_MARKER = 'seeded-at';

export function generateLtiSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** Seeds vendors, tools, organisations and personas once (no assignments: the demo starts clean), in one transaction; returns false when the database was already seeded. */
export async function seedOnFirstStart(db: Db, config: Config, now: Date): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const marker = await trx
      .insertInto('meta')
      .values({ key: SEEDED_MARKER, value: now.toISOString() })
      .onConflict((oc) => oc.column('key').doNothing())
      .returning('key')
      .executeTakeFirst();
    if (marker === undefined) return false;

    const catalog = createCatalogRepository(trx);
    for (const vendor of SEED_VENDORS) await catalog.insertVendor(vendor);
    for (const tool of SEED_TOOLS) {
      await catalog.insertTool(
        {
          ...tool,
          status: tool.status ?? 'published',
          withdrawnReason: tool.withdrawnReason ?? null,
          launch: launchSettings(tool, config),
        },
        now,
      );
    }

    for (const organisation of SEED_ORGANISATIONS) await trx.insertInto('organisations').values(organisation).execute();
    for (const persona of PERSONAS) {
      await trx
        .insertInto('users')
        .values({
          id: randomUUID(),
          role: persona.role,
          name: persona.name,
          pid: persona.pid ?? null,
          hpr_number: persona.hprNumber ?? null,
          organisation_number: persona.organisation?.number ?? null,
          persona_id: persona.id,
          created_at: now.toISOString(),
        })
        .execute();
    }
    return true;
  });
}

/**
 * The demo tool's address and credentials come from the environment both processes share, so every start writes them
 * again: a stored URL or secret that no longer matches the running tool would only make every launch fail.
 */
export async function registerDemoTool(db: Db, config: Config): Promise<void> {
  await createCatalogRepository(db).updateLtiRegistration(DEMO_TOOL_ID, {
    launchUrl: `${config.demoToolUrl}/lti/launch`,
    ...(config.demoToolLtiKey !== undefined && { consumerKey: config.demoToolLtiKey }),
    ...(config.demoToolLtiSecret !== undefined && { secret: config.demoToolLtiSecret }),
  });
}

function launchSettings(tool: SeedTool, config: Config): LaunchSettings {
  const { launch } = tool;
  if (launch.mode !== 'lti') return launch;
  if (tool.id === DEMO_TOOL_ID) {
    return {
      mode: 'lti',
      launchUrl: `${config.demoToolUrl}/lti/launch`,
      consumerKey: config.demoToolLtiKey ?? 'koblingslab',
      secret: config.demoToolLtiSecret ?? generateLtiSecret(),
      custom: launch.custom ?? {},
    };
  }
  if (launch.launchUrl === undefined) throw new Error(`Seed tool ${tool.id} lacks an LTI launch URL`);
  return {
    mode: 'lti',
    launchUrl: launch.launchUrl,
    consumerKey: launch.consumerKey ?? `koblingslab-${tool.id}`,
    secret: generateLtiSecret(),
    custom: launch.custom ?? {},
  };
}
