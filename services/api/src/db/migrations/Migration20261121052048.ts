import { Migration } from '@mikro-orm/migrations';

export class Migration20261121052048 extends Migration {

  override name = 'Migration20261121052048';

  override up(): void | Promise<void> {
    this.addSql(`create type "body_kind" as enum ('STEERING_COMMITTEE', 'WORKING_GROUP', 'SUB_GROUP', 'SUB_PROJECT', 'ADVISORY_COUNCIL', 'ROUND_TABLE', 'FORUM', 'COORDINATION_OFFICE');`);
    this.addSql(`create type "body_status" as enum ('FOUNDED', 'ACTIVE', 'PAUSED', 'MERGED', 'DISSOLVED', 'HANDED_OVER');`);
    this.addSql(`create type "membership_role" as enum ('CHAIR', 'DEPUTY_CHAIR', 'TANDEM_LEAD', 'MEMBER', 'DEPUTY_MEMBER', 'ADVISORY', 'GUEST', 'SECRETARIAT');`);
    this.addSql(`create type "measure_status" as enum ('PLANNED', 'IN_PROGRESS', 'DONE', 'STALLED', 'DROPPED');`);
    this.addSql(`create type "agreement_kind" as enum ('COOPERATION', 'SERVICE', 'STAFF_VOLUNTEER', 'MEMORANDUM_OF_UNDERSTANDING', 'FUNDING', 'OTHER');`);
    this.addSql(`create type "agreement_status" as enum ('DRAFT', 'NEGOTIATING', 'SIGNED', 'IN_FORCE', 'EXPIRED', 'TERMINATED');`);
    this.addSql(`create table "body" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "name" varchar(200) not null, "short_name" varchar(40) null, "kind" "body_kind" not null, "mandate" text null, "parent_id" uuid null, "meeting_interval_min_weeks" int null, "meeting_interval_max_weeks" int null, "meeting_note" varchar(300) null, "visibility" "visibility" not null default 'PUBLIC', "status" "body_status" not null, "founded_on" date not null, "ended_on" date null, "merged_into_id" uuid null, "allow_same_organisation_leads" boolean not null default false, primary key ("id"));`);
    this.addSql(`create index "body_parent_index" on "body" ("parent_id");`);

    this.addSql(`create table "body_status_change" ("id" uuid not null, "body_id" uuid not null, "from_status" "body_status" null, "to_status" "body_status" not null, "on" date not null, "reason" text not null, "merged_into_id" uuid null, "actor_name" varchar(120) null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "body_status_change_body_index" on "body_status_change" ("body_id");`);

    this.addSql(`create table "body_field_of_action" ("body_id" uuid not null, "field_of_action_id" uuid not null, primary key ("body_id", "field_of_action_id"));`);

    this.addSql(`create table "integration_goal" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "number" int not null, "title" varchar(300) not null, "description" text null, "field_of_action_id" uuid null, primary key ("id"));`);
    this.addSql(`alter table "integration_goal" add constraint "integration_goal_number_unique" unique ("number");`);

    this.addSql(`create table "body_goal" ("body_id" uuid not null, "integration_goal_id" uuid not null, primary key ("body_id", "integration_goal_id"));`);

    this.addSql(`create table "membership" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "body_id" uuid not null, "person_id" uuid not null, "organisation_id" uuid null, "role" "membership_role" not null, "voting_right" boolean not null default true, "valid_from" date not null, "valid_to" date null, primary key ("id"));`);
    this.addSql(`create index "membership_organisation_index" on "membership" ("organisation_id");`);
    this.addSql(`create index "membership_person_index" on "membership" ("person_id");`);
    this.addSql(`create index "membership_body_index" on "membership" ("body_id");`);

    this.addSql(`create table "measure" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "title" varchar(300) not null, "description" text null, "body_id" uuid not null, "responsible_id" uuid null, "status" "measure_status" not null, "start_on" date null, "due_on" date null, "progress" int not null default 0, primary key ("id"));`);
    this.addSql(`create index "measure_responsible_index" on "measure" ("responsible_id");`);
    this.addSql(`create index "measure_body_index" on "measure" ("body_id");`);

    this.addSql(`create table "measure_status_change" ("id" uuid not null, "measure_id" uuid not null, "from_status" "measure_status" null, "to_status" "measure_status" not null, "on" date not null, "note" text null, "actor_name" varchar(120) null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "measure_status_change_measure_index" on "measure_status_change" ("measure_id");`);

    this.addSql(`create table "measure_owner" ("measure_id" uuid not null, "organisation_id" uuid not null, primary key ("measure_id", "organisation_id"));`);

    this.addSql(`create table "measure_goal" ("measure_id" uuid not null, "integration_goal_id" uuid not null, primary key ("measure_id", "integration_goal_id"));`);

    this.addSql(`create table "indicator" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "measure_id" uuid not null, "name" varchar(200) not null, "unit" varchar(40) not null, "baseline" double precision null, "target" double precision null, primary key ("id"));`);
    this.addSql(`create index "indicator_measure_index" on "indicator" ("measure_id");`);

    this.addSql(`create table "indicator_measurement" ("id" uuid not null, "indicator_id" uuid not null, "on" date not null, "value" double precision not null, "note" varchar(300) null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "indicator_measurement_indicator_index" on "indicator_measurement" ("indicator_id");`);

    this.addSql(`create table "agreement" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "title" varchar(300) not null, "kind" "agreement_kind" not null, "description" text null, "status" "agreement_status" not null, "signed_on" date null, "valid_from" date null, "valid_to" date null, "notice_on" date null, "body_id" uuid null, "measure_id" uuid null, primary key ("id"));`);

    this.addSql(`create table "agreement_status_change" ("id" uuid not null, "agreement_id" uuid not null, "from_status" "agreement_status" null, "to_status" "agreement_status" not null, "on" date not null, "note" text null, "actor_name" varchar(120) null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "agreement_status_change_agreement_index" on "agreement_status_change" ("agreement_id");`);

    this.addSql(`create table "agreement_party" ("id" uuid not null, "agreement_id" uuid not null, "organisation_id" uuid not null, "role" varchar(120) not null, primary key ("id"));`);
    this.addSql(`create index "agreement_party_organisation_index" on "agreement_party" ("organisation_id");`);

    this.addSql(`create table "agreement_document" ("id" uuid not null, "agreement_id" uuid not null, "file_name" varchar(255) not null, "content_type" varchar(120) not null, "size_bytes" int not null, "sha256" varchar(64) not null, "uploaded_by_name" varchar(120) null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "agreement_document_agreement_index" on "agreement_document" ("agreement_id");`);

    this.addSql(`alter table "body" add constraint "body_parent_id_foreign" foreign key ("parent_id") references "body" ("id") on delete set null;`);
    this.addSql(`alter table "body" add constraint "body_merged_into_id_foreign" foreign key ("merged_into_id") references "body" ("id") on delete set null;`);

    this.addSql(`alter table "body_status_change" add constraint "body_status_change_body_id_foreign" foreign key ("body_id") references "body" ("id") on delete cascade;`);
    this.addSql(`alter table "body_status_change" add constraint "body_status_change_merged_into_id_foreign" foreign key ("merged_into_id") references "body" ("id") on delete set null;`);

    this.addSql(`alter table "body_field_of_action" add constraint "body_field_of_action_body_id_foreign" foreign key ("body_id") references "body" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "body_field_of_action" add constraint "body_field_of_action_field_of_action_id_foreign" foreign key ("field_of_action_id") references "field_of_action" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "integration_goal" add constraint "integration_goal_field_of_action_id_foreign" foreign key ("field_of_action_id") references "field_of_action" ("id") on delete set null;`);

    this.addSql(`alter table "body_goal" add constraint "body_goal_body_id_foreign" foreign key ("body_id") references "body" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "body_goal" add constraint "body_goal_integration_goal_id_foreign" foreign key ("integration_goal_id") references "integration_goal" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "membership" add constraint "membership_body_id_foreign" foreign key ("body_id") references "body" ("id") on delete cascade;`);
    this.addSql(`alter table "membership" add constraint "membership_person_id_foreign" foreign key ("person_id") references "person" ("id") on delete cascade;`);
    this.addSql(`alter table "membership" add constraint "membership_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on delete set null;`);
    this.addSql(`alter table "membership" add constraint "membership_period" check (valid_to is null or valid_to >= valid_from);`);

    this.addSql(`alter table "measure" add constraint "measure_body_id_foreign" foreign key ("body_id") references "body" ("id") on delete cascade;`);
    this.addSql(`alter table "measure" add constraint "measure_responsible_id_foreign" foreign key ("responsible_id") references "person" ("id") on delete set null;`);
    this.addSql(`alter table "measure" add constraint "measure_progress_range" check (progress >= 0 and progress <= 100);`);

    this.addSql(`alter table "measure_status_change" add constraint "measure_status_change_measure_id_foreign" foreign key ("measure_id") references "measure" ("id") on delete cascade;`);

    this.addSql(`alter table "measure_owner" add constraint "measure_owner_measure_id_foreign" foreign key ("measure_id") references "measure" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "measure_owner" add constraint "measure_owner_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "measure_goal" add constraint "measure_goal_measure_id_foreign" foreign key ("measure_id") references "measure" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "measure_goal" add constraint "measure_goal_integration_goal_id_foreign" foreign key ("integration_goal_id") references "integration_goal" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "indicator" add constraint "indicator_measure_id_foreign" foreign key ("measure_id") references "measure" ("id") on delete cascade;`);

    this.addSql(`alter table "indicator_measurement" add constraint "indicator_measurement_indicator_id_foreign" foreign key ("indicator_id") references "indicator" ("id") on delete cascade;`);

    this.addSql(`alter table "agreement" add constraint "agreement_body_id_foreign" foreign key ("body_id") references "body" ("id") on delete set null;`);
    this.addSql(`alter table "agreement" add constraint "agreement_measure_id_foreign" foreign key ("measure_id") references "measure" ("id") on delete set null;`);

    this.addSql(`alter table "agreement_status_change" add constraint "agreement_status_change_agreement_id_foreign" foreign key ("agreement_id") references "agreement" ("id") on delete cascade;`);

    this.addSql(`alter table "agreement_party" add constraint "agreement_party_agreement_id_foreign" foreign key ("agreement_id") references "agreement" ("id") on delete cascade;`);
    this.addSql(`alter table "agreement_party" add constraint "agreement_party_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id");`);

    this.addSql(`alter table "agreement_document" add constraint "agreement_document_agreement_id_foreign" foreign key ("agreement_id") references "agreement" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "body" drop constraint "body_parent_id_foreign";`);
    this.addSql(`alter table "body" drop constraint "body_merged_into_id_foreign";`);
    this.addSql(`alter table "body_status_change" drop constraint "body_status_change_body_id_foreign";`);
    this.addSql(`alter table "body_status_change" drop constraint "body_status_change_merged_into_id_foreign";`);
    this.addSql(`alter table "body_field_of_action" drop constraint "body_field_of_action_body_id_foreign";`);
    this.addSql(`alter table "body_goal" drop constraint "body_goal_body_id_foreign";`);
    this.addSql(`alter table "membership" drop constraint "membership_body_id_foreign";`);
    this.addSql(`alter table "measure" drop constraint "measure_body_id_foreign";`);
    this.addSql(`alter table "agreement" drop constraint "agreement_body_id_foreign";`);
    this.addSql(`alter table "body_goal" drop constraint "body_goal_integration_goal_id_foreign";`);
    this.addSql(`alter table "measure_goal" drop constraint "measure_goal_integration_goal_id_foreign";`);
    this.addSql(`alter table "measure_status_change" drop constraint "measure_status_change_measure_id_foreign";`);
    this.addSql(`alter table "measure_owner" drop constraint "measure_owner_measure_id_foreign";`);
    this.addSql(`alter table "measure_goal" drop constraint "measure_goal_measure_id_foreign";`);
    this.addSql(`alter table "indicator" drop constraint "indicator_measure_id_foreign";`);
    this.addSql(`alter table "agreement" drop constraint "agreement_measure_id_foreign";`);
    this.addSql(`alter table "indicator_measurement" drop constraint "indicator_measurement_indicator_id_foreign";`);
    this.addSql(`alter table "agreement_status_change" drop constraint "agreement_status_change_agreement_id_foreign";`);
    this.addSql(`alter table "agreement_party" drop constraint "agreement_party_agreement_id_foreign";`);
    this.addSql(`alter table "agreement_document" drop constraint "agreement_document_agreement_id_foreign";`);

    this.addSql(`drop table if exists "body" cascade;`);
    this.addSql(`drop table if exists "body_status_change" cascade;`);
    this.addSql(`drop table if exists "body_field_of_action" cascade;`);
    this.addSql(`drop table if exists "integration_goal" cascade;`);
    this.addSql(`drop table if exists "body_goal" cascade;`);
    this.addSql(`drop table if exists "membership" cascade;`);
    this.addSql(`drop table if exists "measure" cascade;`);
    this.addSql(`drop table if exists "measure_status_change" cascade;`);
    this.addSql(`drop table if exists "measure_owner" cascade;`);
    this.addSql(`drop table if exists "measure_goal" cascade;`);
    this.addSql(`drop table if exists "indicator" cascade;`);
    this.addSql(`drop table if exists "indicator_measurement" cascade;`);
    this.addSql(`drop table if exists "agreement" cascade;`);
    this.addSql(`drop table if exists "agreement_status_change" cascade;`);
    this.addSql(`drop table if exists "agreement_party" cascade;`);
    this.addSql(`drop table if exists "agreement_document" cascade;`);

    this.addSql(`drop type "body_kind";`);
    this.addSql(`drop type "body_status";`);
    this.addSql(`drop type "membership_role";`);
    this.addSql(`drop type "measure_status";`);
    this.addSql(`drop type "agreement_kind";`);
    this.addSql(`drop type "agreement_status";`);
  }

}
