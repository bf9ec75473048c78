import { Migration } from '@mikro-orm/migrations';

export class Migration20261201192319 extends Migration {

  override name = 'Migration20261201192319';

  override up(): void | Promise<void> {
    this.addSql(`create type "offer_kind" as enum ('COUNSELLING', 'LANGUAGE_COURSE', 'LANGUAGE_CAFE', 'SPONSORSHIP', 'LEISURE', 'CHILDCARE', 'WORK_AND_TRAINING', 'HEALTH', 'HOUSING', 'EDUCATION', 'OTHER');`);
    this.addSql(`create type "offer_cost" as enum ('FREE', 'REDUCED', 'PAID');`);
    this.addSql(`create table "offer" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "organisation_id" uuid not null, "title" varchar(200) not null, "description" text null, "kind" "offer_kind" not null, "locations" jsonb not null default '[]', "cost" "offer_cost" not null default 'FREE', "cost_note" varchar(300) null, "registration_required" boolean not null default false, "contact_channels" jsonb not null default '[]', "valid_from" date null, "valid_until" date null, "visibility" "visibility" not null default 'PUBLIC', "archived_at" timestamptz null, "last_confirmed_at" timestamptz not null, "search_vector" tsvector generated always as (setweight(to_tsvector('german', coalesce(title, '')), 'A') || setweight(to_tsvector('german', coalesce(description, '')), 'B')) stored not null, primary key ("id"));`);
    this.addSql(`create index "offer_search_index" on "offer" using gin ("search_vector");`);
    this.addSql(`create index "offer_title_index" on "offer" ("title", "id");`);
    this.addSql(`create index "offer_organisation_index" on "offer" ("organisation_id", "title", "id");`);

    this.addSql(`create table "offer_translation" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "offer_id" uuid not null, "locale" varchar(5) not null, "title" varchar(200) not null, "description" text null, "search_vector" tsvector generated always as (setweight((case locale when 'de' then to_tsvector('german', coalesce(title, '')) when 'en' then to_tsvector('english', coalesce(title, '')) when 'ar' then to_tsvector('arabic', coalesce(title, '')) when 'fa' then to_tsvector('simple', coalesce(title, '')) when 'tr' then to_tsvector('turkish', coalesce(title, '')) when 'uk' then to_tsvector('simple', coalesce(title, '')) else to_tsvector('simple', coalesce(title, '')) end), 'A') || setweight((case locale when 'de' then to_tsvector('german', coalesce(description, '')) when 'en' then to_tsvector('english', coalesce(description, '')) when 'ar' then to_tsvector('arabic', coalesce(description, '')) when 'fa' then to_tsvector('simple', coalesce(description, '')) when 'tr' then to_tsvector('turkish', coalesce(description, '')) when 'uk' then to_tsvector('simple', coalesce(description, '')) else to_tsvector('simple', coalesce(description, '')) end), 'B')) stored not null, primary key ("id"));`);
    this.addSql(`create index "offer_translation_search_index" on "offer_translation" using gin ("search_vector");`);
    this.addSql(`alter table "offer_translation" add constraint "offer_translation_locale_unique" unique ("offer_id", "locale");`);

    this.addSql(`create table "offer_language" ("offer_id" uuid not null, "language_id" uuid not null, primary key ("offer_id", "language_id"));`);

    this.addSql(`create table "offer_field_of_action" ("offer_id" uuid not null, "field_of_action_id" uuid not null, primary key ("offer_id", "field_of_action_id"));`);

    this.addSql(`create table "offer_district" ("offer_id" uuid not null, "district_id" uuid not null, primary key ("offer_id", "district_id"));`);

    this.addSql(`create table "organisation_translation" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organisation_id" uuid not null, "locale" varchar(5) not null, "name" varchar(200) null, "description" text null, "search_vector" tsvector generated always as (setweight((case locale when 'de' then to_tsvector('german', coalesce(name, '')) when 'en' then to_tsvector('english', coalesce(name, '')) when 'ar' then to_tsvector('arabic', coalesce(name, '')) when 'fa' then to_tsvector('simple', coalesce(name, '')) when 'tr' then to_tsvector('turkish', coalesce(name, '')) when 'uk' then to_tsvector('simple', coalesce(name, '')) else to_tsvector('simple', coalesce(name, '')) end), 'A') || setweight((case locale when 'de' then to_tsvector('german', coalesce(description, '')) when 'en' then to_tsvector('english', coalesce(description, '')) when 'ar' then to_tsvector('arabic', coalesce(description, '')) when 'fa' then to_tsvector('simple', coalesce(description, '')) when 'tr' then to_tsvector('turkish', coalesce(description, '')) when 'uk' then to_tsvector('simple', coalesce(description, '')) else to_tsvector('simple', coalesce(description, '')) end), 'B')) stored not null, primary key ("id"));`);
    this.addSql(`create index "organisation_translation_search_index" on "organisation_translation" using gin ("search_vector");`);
    this.addSql(`alter table "organisation_translation" add constraint "organisation_translation_locale_unique" unique ("organisation_id", "locale");`);

    this.addSql(`create table "offer_target_group" ("offer_id" uuid not null, "target_group_id" uuid not null, primary key ("offer_id", "target_group_id"));`);

    this.addSql(`alter table "district" add "label_ar" varchar(120) null, add "label_fa" varchar(120) null, add "label_tr" varchar(120) null, add "label_uk" varchar(120) null;`);

    this.addSql(`alter table "field_of_action" add "label_ar" varchar(120) null, add "label_fa" varchar(120) null, add "label_tr" varchar(120) null, add "label_uk" varchar(120) null;`);

    this.addSql(`alter table "language" add "label_ar" varchar(120) null, add "label_fa" varchar(120) null, add "label_tr" varchar(120) null, add "label_uk" varchar(120) null, add "native_name" varchar(120) null;`);

    this.addSql(`alter table "target_group" add "label_ar" varchar(120) null, add "label_fa" varchar(120) null, add "label_tr" varchar(120) null, add "label_uk" varchar(120) null;`);

    this.addSql(`alter table "offer" add constraint "offer_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on delete cascade;`);

    this.addSql(`alter table "offer_translation" add constraint "offer_translation_offer_id_foreign" foreign key ("offer_id") references "offer" ("id") on delete cascade;`);

    this.addSql(`alter table "offer_language" add constraint "offer_language_offer_id_foreign" foreign key ("offer_id") references "offer" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "offer_language" add constraint "offer_language_language_id_foreign" foreign key ("language_id") references "language" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "offer_field_of_action" add constraint "offer_field_of_action_offer_id_foreign" foreign key ("offer_id") references "offer" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "offer_field_of_action" add constraint "offer_field_of_action_field_of_action_id_foreign" foreign key ("field_of_action_id") references "field_of_action" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "offer_district" add constraint "offer_district_offer_id_foreign" foreign key ("offer_id") references "offer" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "offer_district" add constraint "offer_district_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "organisation_translation" add constraint "organisation_translation_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on delete cascade;`);

    this.addSql(`alter table "offer_target_group" add constraint "offer_target_group_offer_id_foreign" foreign key ("offer_id") references "offer" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "offer_target_group" add constraint "offer_target_group_target_group_id_foreign" foreign key ("target_group_id") references "target_group" ("id") on update cascade on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "offer_translation" drop constraint "offer_translation_offer_id_foreign";`);
    this.addSql(`alter table "offer_language" drop constraint "offer_language_offer_id_foreign";`);
    this.addSql(`alter table "offer_field_of_action" drop constraint "offer_field_of_action_offer_id_foreign";`);
    this.addSql(`alter table "offer_district" drop constraint "offer_district_offer_id_foreign";`);
    this.addSql(`alter table "offer_target_group" drop constraint "offer_target_group_offer_id_foreign";`);

    this.addSql(`drop table if exists "offer" cascade;`);
    this.addSql(`drop table if exists "offer_translation" cascade;`);
    this.addSql(`drop table if exists "offer_language" cascade;`);
    this.addSql(`drop table if exists "offer_field_of_action" cascade;`);
    this.addSql(`drop table if exists "offer_district" cascade;`);
    this.addSql(`drop table if exists "organisation_translation" cascade;`);
    this.addSql(`drop table if exists "offer_target_group" cascade;`);

    this.addSql(`alter table "district" drop column "label_ar", drop column "label_fa", drop column "label_tr", drop column "label_uk";`);

    this.addSql(`alter table "field_of_action" drop column "label_ar", drop column "label_fa", drop column "label_tr", drop column "label_uk";`);

    this.addSql(`alter table "language" drop column "label_ar", drop column "label_fa", drop column "label_tr", drop column "label_uk", drop column "native_name";`);

    this.addSql(`alter table "target_group" drop column "label_ar", drop column "label_fa", drop column "label_tr", drop column "label_uk";`);

    this.addSql(`drop type "offer_kind";`);
    this.addSql(`drop type "offer_cost";`);
  }

}
