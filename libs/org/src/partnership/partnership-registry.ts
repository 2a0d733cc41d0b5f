import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppConfig } from '@kindred/config';
import { Partnership } from '@kindred/database';

/**
 * Makes sure every partnership configured in `config/partnerships/` has its row, and that the
 * row's name follows the file. Run by the migrator, so api and worker never write config.
 */
export async function registerConfiguredPartnerships(em: EntityManager, config: AppConfig): Promise<Partnership[]> {
  const rows: Partnership[] = [];
  for (const settings of config.partnerships) {
    let row = await em.findOne(Partnership, { slug: settings.slug }, { filters: false });
    if (!row) {
      row = new Partnership(settings.slug, settings.name);
      em.persist(row);
    }
    row.name = settings.name;
    rows.push(row);
  }
  await em.flush();
  return rows;
}
