import { Migration } from '@mikro-orm/migrations';

export class Migration20261201091717 extends Migration {

  override name = 'Migration20261201091717';

  override up(): void | Promise<void> {
    this.addSql(`create index "agreement_party_agreement_index" on "agreement_party" ("agreement_id");`);

    this.addSql(`create index "affiliation_person_index" on "affiliation" ("person_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "affiliation_person_index";`);

    this.addSql(`drop index "agreement_party_agreement_index";`);
  }

}
