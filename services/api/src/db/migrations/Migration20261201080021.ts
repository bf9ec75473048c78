import { Migration } from '@mikro-orm/migrations';

export class Migration20261201080021 extends Migration {

  override name = 'Migration20261201080021';

  override up(): void | Promise<void> {
    this.addSql(`create table "password_reset" ("id" uuid not null, "user_id" uuid not null, "token_hash" varchar(64) not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null, "revoked_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "password_reset" add constraint "password_reset_token_unique" unique ("token_hash");`);
    this.addSql(`create index "password_reset_user_index" on "password_reset" ("user_id");`);

    this.addSql(`alter table "password_reset" add constraint "password_reset_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "password_reset" cascade;`);
  }

}
