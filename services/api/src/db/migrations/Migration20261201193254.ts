import { Migration } from '@mikro-orm/migrations';

export class Migration20261201193254 extends Migration {

  override name = 'Migration20261201193254';

  override up(): void | Promise<void> {
    this.addSql(`create type "time_commitment" as enum ('ONCE', 'OCCASIONAL', 'WEEKLY', 'SEVERAL_TIMES_A_WEEK');`);
    this.addSql(`create type "opportunity_status" as enum ('OPEN', 'FILLED', 'CLOSED');`);
    this.addSql(`create type "interest_status" as enum ('NEW', 'ANSWERED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN');`);
    this.addSql(`create table "volunteer" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "name" varchar(200) not null, "email" varchar(254) null, "phone" varchar(40) null, "district_id" uuid null, "time_available" "time_commitment" null, "skills" jsonb not null default '[]', "consent_given_at" timestamptz not null, "erased_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "volunteer" add constraint "volunteer_email_unique" unique ("email");`);

    this.addSql(`create table "volunteer_language" ("volunteer_id" uuid not null, "language_id" uuid not null, primary key ("volunteer_id", "language_id"));`);

    this.addSql(`create table "volunteer_opportunity" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "organisation_id" uuid not null, "title" varchar(200) not null, "task" text not null, "time_needed" "time_commitment" not null, "hours_per_month" int null, "skills" jsonb not null default '[]', "status" "opportunity_status" not null default 'OPEN', "valid_from" date null, "valid_until" date null, "last_confirmed_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "volunteer_opportunity_status_index" on "volunteer_opportunity" ("status", "created_at");`);
    this.addSql(`create index "volunteer_opportunity_organisation_index" on "volunteer_opportunity" ("organisation_id");`);

    this.addSql(`create table "volunteer_interest" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "opportunity_id" uuid not null, "volunteer_id" uuid not null, "status" "interest_status" not null default 'NEW', "messages" jsonb not null default '[]', primary key ("id"));`);
    this.addSql(`create index "volunteer_interest_volunteer_index" on "volunteer_interest" ("volunteer_id");`);
    this.addSql(`alter table "volunteer_interest" add constraint "volunteer_interest_unique" unique ("opportunity_id", "volunteer_id");`);

    this.addSql(`create table "volunteer_opportunity_target_group" ("volunteer_opportunity_id" uuid not null, "target_group_id" uuid not null, primary key ("volunteer_opportunity_id", "target_group_id"));`);

    this.addSql(`create table "volunteer_opportunity_language" ("volunteer_opportunity_id" uuid not null, "language_id" uuid not null, primary key ("volunteer_opportunity_id", "language_id"));`);

    this.addSql(`create table "volunteer_opportunity_district" ("volunteer_opportunity_id" uuid not null, "district_id" uuid not null, primary key ("volunteer_opportunity_id", "district_id"));`);

    this.addSql(`alter table "person" add "erased_at" timestamptz null;`);

    this.addSql(`alter table "volunteer" add constraint "volunteer_district_id_foreign" foreign key ("district_id") references "district" ("id") on delete set null;`);

    this.addSql(`alter table "volunteer_language" add constraint "volunteer_language_volunteer_id_foreign" foreign key ("volunteer_id") references "volunteer" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "volunteer_language" add constraint "volunteer_language_language_id_foreign" foreign key ("language_id") references "language" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "volunteer_opportunity" add constraint "volunteer_opportunity_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on delete cascade;`);

    this.addSql(`alter table "volunteer_interest" add constraint "volunteer_interest_opportunity_id_foreign" foreign key ("opportunity_id") references "volunteer_opportunity" ("id") on delete cascade;`);
    this.addSql(`alter table "volunteer_interest" add constraint "volunteer_interest_volunteer_id_foreign" foreign key ("volunteer_id") references "volunteer" ("id") on delete cascade;`);

    this.addSql(`alter table "volunteer_opportunity_target_group" add constraint "volunteer_opportunity_target_group_volunteer_opp_e8492_foreign" foreign key ("volunteer_opportunity_id") references "volunteer_opportunity" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "volunteer_opportunity_target_group" add constraint "volunteer_opportunity_target_group_target_group_id_foreign" foreign key ("target_group_id") references "target_group" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "volunteer_opportunity_language" add constraint "volunteer_opportunity_language_volunteer_opportunity_id_foreign" foreign key ("volunteer_opportunity_id") references "volunteer_opportunity" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "volunteer_opportunity_language" add constraint "volunteer_opportunity_language_language_id_foreign" foreign key ("language_id") references "language" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "volunteer_opportunity_district" add constraint "volunteer_opportunity_district_volunteer_opportunity_id_foreign" foreign key ("volunteer_opportunity_id") references "volunteer_opportunity" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "volunteer_opportunity_district" add constraint "volunteer_opportunity_district_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "volunteer_language" drop constraint "volunteer_language_volunteer_id_foreign";`);
    this.addSql(`alter table "volunteer_interest" drop constraint "volunteer_interest_volunteer_id_foreign";`);
    this.addSql(`alter table "volunteer_interest" drop constraint "volunteer_interest_opportunity_id_foreign";`);
    this.addSql(`alter table "volunteer_opportunity_target_group" drop constraint "volunteer_opportunity_target_group_volunteer_opp_e8492_foreign";`);
    this.addSql(`alter table "volunteer_opportunity_language" drop constraint "volunteer_opportunity_language_volunteer_opportunity_id_foreign";`);
    this.addSql(`alter table "volunteer_opportunity_district" drop constraint "volunteer_opportunity_district_volunteer_opportunity_id_foreign";`);

    this.addSql(`drop table if exists "volunteer" cascade;`);
    this.addSql(`drop table if exists "volunteer_language" cascade;`);
    this.addSql(`drop table if exists "volunteer_opportunity" cascade;`);
    this.addSql(`drop table if exists "volunteer_interest" cascade;`);
    this.addSql(`drop table if exists "volunteer_opportunity_target_group" cascade;`);
    this.addSql(`drop table if exists "volunteer_opportunity_language" cascade;`);
    this.addSql(`drop table if exists "volunteer_opportunity_district" cascade;`);

    this.addSql(`alter table "person" drop column "erased_at";`);

    this.addSql(`drop type "time_commitment";`);
    this.addSql(`drop type "opportunity_status";`);
    this.addSql(`drop type "interest_status";`);
  }

}
