import { Migration } from '@mikro-orm/migrations';

export class Migration20261201114114 extends Migration {

  override name = 'Migration20261201114114';

  override up(): void | Promise<void> {
    this.addSql(`alter table "app_user" add "calendar_feed_token_hash" varchar(64) null;`);
    this.addSql(`alter table "app_user" add constraint "user_calendar_feed_token_unique" unique ("calendar_feed_token_hash");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "app_user" drop constraint "user_calendar_feed_token_unique";`);
    this.addSql(`alter table "app_user" drop column "calendar_feed_token_hash";`);
  }

}
