import { Migration } from '@mikro-orm/migrations';

export class Migration20261201192948 extends Migration {

  override name = 'Migration20261201192948';

  override up(): void | Promise<void> {
    this.addSql(`create table "referral_path" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "title" varchar(200) not null, "intro" text null, "translations" jsonb not null default '[]', "questions" jsonb not null default '[]', "published" boolean not null default false, primary key ("id"));`);
    this.addSql(`create index "referral_path_list_index" on "referral_path" ("published", "created_at");`);

    this.addSql(`create table "referral_outcome" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "path_id" uuid not null, "position" int not null, "offer_id" uuid not null, "conditions" jsonb not null default '[]', "reason" text not null, "translations" jsonb not null default '[]', "fallback" boolean not null default false, primary key ("id"));`);
    this.addSql(`create index "referral_outcome_offer_index" on "referral_outcome" ("offer_id");`);
    this.addSql(`alter table "referral_outcome" add constraint "referral_outcome_position_unique" unique ("path_id", "position");`);

    this.addSql(`alter table "referral_outcome" add constraint "referral_outcome_path_id_foreign" foreign key ("path_id") references "referral_path" ("id") on delete cascade;`);
    this.addSql(`alter table "referral_outcome" add constraint "referral_outcome_offer_id_foreign" foreign key ("offer_id") references "offer" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "referral_outcome" drop constraint "referral_outcome_path_id_foreign";`);

    this.addSql(`drop table if exists "referral_path" cascade;`);
    this.addSql(`drop table if exists "referral_outcome" cascade;`);
  }

}
