import { Migration } from '@mikro-orm/migrations';

export class Migration20261121043450 extends Migration {

  override name = 'Migration20261121043450';

  override up(): void | Promise<void> {
    this.addSql(`create type "organisation_kind" as enum ('MUNICIPAL_DEPARTMENT', 'PUBLIC_AGENCY', 'WELFARE_ASSOCIATION', 'CHURCH_OR_PARISH', 'MIGRANT_ORGANISATION', 'VOLUNTEER_INITIATIVE', 'ASSOCIATION', 'EDUCATION_PROVIDER', 'EMPLOYER_OR_CHAMBER', 'OTHER');`);
    this.addSql(`create type "sector" as enum ('PUBLIC_ADMINISTRATION', 'WELFARE', 'CIVIL_SOCIETY', 'MIGRANT_SELF_ORGANISATION', 'FAITH', 'EDUCATION', 'BUSINESS');`);
    this.addSql(`create type "visibility" as enum ('PUBLIC', 'INTERNAL');`);
    this.addSql(`create type "user_role" as enum ('ADMIN', 'EDITOR', 'MEMBER');`);
    this.addSql(`create table "audit_entry" ("id" uuid not null, "entity_type" varchar(40) not null, "entity_id" uuid not null, "action" varchar(40) not null, "actor_id" uuid null, "actor_name" varchar(120) null, "at" timestamptz not null, "before" jsonb null, "after" jsonb null, "organisation_ids" uuid[] not null default '{}', primary key ("id"));`);
    this.addSql(`create index "audit_entry_entity_index" on "audit_entry" ("entity_type", "entity_id", "at");`);

    this.addSql(`create table "district" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(40) not null, "label_de" varchar(120) not null, "label_en" varchar(120) not null, "position" int not null default 0, primary key ("id"));`);
    this.addSql(`alter table "district" add constraint "district_code_unique" unique ("code");`);

    this.addSql(`create table "field_of_action" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(40) not null, "label_de" varchar(120) not null, "label_en" varchar(120) not null, "position" int not null default 0, primary key ("id"));`);
    this.addSql(`alter table "field_of_action" add constraint "field_of_action_code_unique" unique ("code");`);

    this.addSql(`create table "language" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(40) not null, "label_de" varchar(120) not null, "label_en" varchar(120) not null, "position" int not null default 0, primary key ("id"));`);
    this.addSql(`alter table "language" add constraint "language_code_unique" unique ("code");`);

    this.addSql(`create table "organisation" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "name" varchar(200) not null, "short_name" varchar(40) null, "kind" "organisation_kind" not null, "sector" "sector" not null, "description" text null, "address_street" varchar(200) null, "address_postal_code" varchar(10) null, "address_city" varchar(100) null, "address_latitude" double precision null, "address_longitude" double precision null, "contact_channels" jsonb not null default '[]', "website" varchar(300) null, "visibility" "visibility" not null default 'PUBLIC', "archived_at" timestamptz null, "last_confirmed_at" timestamptz not null, "search_vector" tsvector generated always as (setweight(to_tsvector('german', coalesce(name, '') || ' ' || coalesce(short_name, '')), 'A') || setweight(to_tsvector('german', coalesce(description, '')), 'B')) stored not null, primary key ("id"));`);
    this.addSql(`create index "organisation_name_index" on "organisation" ("name", "id");`);
    this.addSql(`create index "organisation_search_index" on "organisation" using gin ("search_vector");`);
    this.addSql(`alter table "organisation" add constraint "organisation_name_unique" unique ("name");`);

    this.addSql(`create table "organisation_district" ("organisation_id" uuid not null, "district_id" uuid not null, primary key ("organisation_id", "district_id"));`);

    this.addSql(`create table "organisation_field_of_action" ("organisation_id" uuid not null, "field_of_action_id" uuid not null, primary key ("organisation_id", "field_of_action_id"));`);

    this.addSql(`create table "organisation_language" ("organisation_id" uuid not null, "language_id" uuid not null, primary key ("organisation_id", "language_id"));`);

    this.addSql(`create table "person" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "given_name" varchar(100) not null, "family_name" varchar(100) not null, "function" varchar(200) null, "contact_channels" jsonb not null default '[]', "consent_to_publish_contact" boolean not null default false, "archived_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "person_name_index" on "person" ("family_name", "given_name");`);

    this.addSql(`create table "affiliation" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "person_id" uuid not null, "organisation_id" uuid not null, "role" varchar(200) not null, "valid_from" date null, "valid_to" date null, primary key ("id"));`);
    this.addSql(`create index "affiliation_organisation_index" on "affiliation" ("organisation_id");`);

    this.addSql(`create table "target_group" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(40) not null, "label_de" varchar(120) not null, "label_en" varchar(120) not null, "position" int not null default 0, primary key ("id"));`);
    this.addSql(`alter table "target_group" add constraint "target_group_code_unique" unique ("code");`);

    this.addSql(`create table "organisation_target_group" ("organisation_id" uuid not null, "target_group_id" uuid not null, primary key ("organisation_id", "target_group_id"));`);

    this.addSql(`create table "app_user" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "email" varchar(254) not null, "display_name" varchar(120) not null, "password_hash" varchar(255) not null, "role" "user_role" not null, "person_id" uuid null, "disabled_at" timestamptz null, "last_login_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "app_user" add constraint "user_email_unique" unique ("email");`);

    this.addSql(`create table "session" ("id" varchar(64) not null, "user_id" uuid not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "session_user_index" on "session" ("user_id");`);

    this.addSql(`create table "invitation" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "email" varchar(254) not null, "role" "user_role" not null, "token_hash" varchar(64) not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "revoked_at" timestamptz null, "invited_by_id" uuid null, primary key ("id"));`);
    this.addSql(`alter table "invitation" add constraint "invitation_token_unique" unique ("token_hash");`);

    this.addSql(`create table "invitation_organisation" ("invitation_id" uuid not null, "organisation_id" uuid not null, primary key ("invitation_id", "organisation_id"));`);

    this.addSql(`create table "user_organisation" ("user_id" uuid not null, "organisation_id" uuid not null, primary key ("user_id", "organisation_id"));`);

    this.addSql(`alter table "organisation_district" add constraint "organisation_district_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "organisation_district" add constraint "organisation_district_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "organisation_field_of_action" add constraint "organisation_field_of_action_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "organisation_field_of_action" add constraint "organisation_field_of_action_field_of_action_id_foreign" foreign key ("field_of_action_id") references "field_of_action" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "organisation_language" add constraint "organisation_language_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "organisation_language" add constraint "organisation_language_language_id_foreign" foreign key ("language_id") references "language" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "affiliation" add constraint "affiliation_person_id_foreign" foreign key ("person_id") references "person" ("id") on delete cascade;`);
    this.addSql(`alter table "affiliation" add constraint "affiliation_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id");`);

    this.addSql(`alter table "organisation_target_group" add constraint "organisation_target_group_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "organisation_target_group" add constraint "organisation_target_group_target_group_id_foreign" foreign key ("target_group_id") references "target_group" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "app_user" add constraint "app_user_person_id_foreign" foreign key ("person_id") references "person" ("id") on delete set null;`);

    this.addSql(`alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);

    this.addSql(`alter table "invitation" add constraint "invitation_invited_by_id_foreign" foreign key ("invited_by_id") references "app_user" ("id") on delete set null;`);

    this.addSql(`alter table "invitation_organisation" add constraint "invitation_organisation_invitation_id_foreign" foreign key ("invitation_id") references "invitation" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "invitation_organisation" add constraint "invitation_organisation_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "user_organisation" add constraint "user_organisation_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "user_organisation" add constraint "user_organisation_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);
  }

}
