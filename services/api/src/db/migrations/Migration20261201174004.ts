import { Migration } from '@mikro-orm/migrations';

export class Migration20261201174004 extends Migration {

  override name = 'Migration20261201174004';

  override up(): void | Promise<void> {
    this.addSql(`create table "need_document" ("id" uuid not null, "file_name" varchar(255) not null, "content_type" varchar(120) not null, "size_bytes" int not null, "sha256" varchar(64) not null, "uploaded_by_name" varchar(120) null, "created_at" timestamptz not null, "need_id" uuid not null, primary key ("id"));`);
    this.addSql(`create index "need_document_need_index" on "need_document" ("need_id");`);

    this.addSql(`create table "fund_application_document" ("id" uuid not null, "file_name" varchar(255) not null, "content_type" varchar(120) not null, "size_bytes" int not null, "sha256" varchar(64) not null, "uploaded_by_name" varchar(120) null, "created_at" timestamptz not null, "application_id" uuid not null, primary key ("id"));`);
    this.addSql(`create index "fund_application_document_application_index" on "fund_application_document" ("application_id");`);

    this.addSql(`alter table "need_document" add constraint "need_document_need_id_foreign" foreign key ("need_id") references "need" ("id") on delete cascade;`);

    this.addSql(`alter table "fund_application_document" add constraint "fund_application_document_application_id_foreign" foreign key ("application_id") references "fund_application" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "need_document" cascade;`);
    this.addSql(`drop table if exists "fund_application_document" cascade;`);
  }

}
