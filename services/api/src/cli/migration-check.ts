import { openDatabase } from '../db/orm.js';

/**
 * Fails when the entities and the committed migrations disagree: it applies
 * every migration to a fresh embedded database and asks the ORM what it would
 * still change.
 */
const orm = await openDatabase({ kind: 'pglite-memory' });
try {
  const sql = (await orm.schema.getUpdateSchemaSQL({ wrap: false })).trim();
  if (sql) {
    console.error('Entities and migrations differ. Run `npm run migration:create --workspace @verbund/api`.\n');
    console.error(sql);
    process.exitCode = 1;
  } else {
    const applied = await orm.migrator.getExecuted();
    console.log(`Migrations match the entities (${applied.length} applied).`);
  }
} finally {
  await orm.close(true);
}
