import { Migration } from '@mikro-orm/migrations';

export class Migration20261201112418 extends Migration {

  override name = 'Migration20261201112418';

  override up(): void | Promise<void> {
    this.addSql(`create type "meeting_status" as enum ('PLANNED', 'INVITED', 'RUNNING', 'MINUTES_DRAFT', 'MINUTES_APPROVED', 'PUBLISHED', 'CANCELLED');`);
    this.addSql(`create type "attendance" as enum ('PRESENT', 'EXCUSED', 'ABSENT', 'GUEST');`);
    this.addSql(`create type "decision_result" as enum ('ADOPTED', 'REJECTED', 'DEFERRED', 'NOTED');`);
    this.addSql(`create type "task_status" as enum ('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED');`);
    this.addSql(`create table "meeting" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "body_id" uuid not null, "title" varchar(300) not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "location" varchar(300) null, "online_url" varchar(500) null, "organiser_id" uuid null, "visibility" "visibility" not null default 'PUBLIC', "status" "meeting_status" not null, "cancel_reason" text null, "previous_id" uuid null, "approved_at" timestamptz null, "approved_by_name" varchar(120) null, "approval_decision_id" uuid null, "ical_sequence" int not null default 0, primary key ("id"));`);
    this.addSql(`create index "meeting_body_index" on "meeting" ("body_id", "starts_at");`);

    this.addSql(`create table "meeting_status_change" ("id" uuid not null, "on" date not null, "actor_name" varchar(120) null, "created_at" timestamptz not null, "meeting_id" uuid not null, "from_status" "meeting_status" null, "to_status" "meeting_status" not null, "note" text null, primary key ("id"));`);
    this.addSql(`create index "meeting_status_change_meeting_index" on "meeting_status_change" ("meeting_id");`);

    this.addSql(`create table "meeting_presence" ("id" uuid not null, "meeting_id" uuid not null, "user_id" uuid not null, "client_id" varchar(64) not null, "display_name" varchar(120) not null, "agenda_item_id" uuid null, "seen_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "meeting_presence" add constraint "meeting_presence_unique" unique ("meeting_id", "user_id", "client_id");`);

    this.addSql(`create table "meeting_participant" ("id" uuid not null, "meeting_id" uuid not null, "person_id" uuid not null, "organisation_id" uuid null, "invited" boolean not null default true, "attendance" "attendance" null, "checked_in_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "meeting_participant_person_index" on "meeting_participant" ("person_id");`);
    this.addSql(`alter table "meeting_participant" add constraint "meeting_participant_unique" unique ("meeting_id", "person_id");`);

    this.addSql(`create table "agenda_item" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "meeting_id" uuid not null, "parent_id" uuid null, "position" int not null, "title" varchar(300) not null, "presenter_id" uuid null, "planned_minutes" int null, "visibility" "visibility" not null default 'PUBLIC', "measure_id" uuid null, "agreement_id" uuid null, "linked_body_id" uuid null, "carry_over" boolean not null default false, "carried_from_id" uuid null, "notes_text" text not null default '', "notes_state" bytea null, "notes_pending" int not null default 0, "notes_revision" int not null default 0, primary key ("id"));`);
    this.addSql(`create index "agenda_item_meeting_index" on "agenda_item" ("meeting_id", "position");`);

    this.addSql(`create table "note_update" ("id" uuid not null, "agenda_item_id" uuid not null, "update" bytea not null, "author_name" varchar(120) null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "note_update_item_index" on "note_update" ("agenda_item_id");`);

    this.addSql(`create table "minutes_amendment" ("id" uuid not null, "meeting_id" uuid not null, "agenda_item_id" uuid null, "text" text not null, "reason" text not null, "author_name" varchar(120) null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "minutes_amendment_meeting_index" on "minutes_amendment" ("meeting_id");`);

    this.addSql(`create table "decision" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "meeting_id" uuid not null, "agenda_item_id" uuid not null, "text" text not null, "result" "decision_result" not null, "votes_for" int null, "votes_against" int null, "votes_abstaining" int null, primary key ("id"));`);
    this.addSql(`create index "decision_meeting_index" on "decision" ("meeting_id");`);
    this.addSql(`create index "decision_item_index" on "decision" ("agenda_item_id");`);

    this.addSql(`create table "decision_recusal" ("id" uuid not null, "decision_id" uuid not null, "person_id" uuid not null, "reason" varchar(300) null, primary key ("id"));`);
    this.addSql(`alter table "decision_recusal" add constraint "decision_recusal_unique" unique ("decision_id", "person_id");`);

    this.addSql(`create table "realtime_event" ("id" bigserial primary key, "topic" varchar(120) not null, "seq" int not null, "kind" varchar(40) not null, "record_type" varchar(40) not null, "record_id" uuid not null, "payload" jsonb not null, "created_at" timestamptz not null);`);
    this.addSql(`create index "realtime_event_created_index" on "realtime_event" ("created_at");`);
    this.addSql(`alter table "realtime_event" add constraint "realtime_event_topic_seq_unique" unique ("topic", "seq");`);

    this.addSql(`create table "realtime_topic" ("topic" varchar(120) not null, "last_seq" int not null, primary key ("topic"));`);

    this.addSql(`create table "task" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "body_id" uuid not null, "title" varchar(300) not null, "description" text null, "assignee_id" uuid null, "organisation_id" uuid null, "due_on" date null, "status" "task_status" not null, "completed_on" date null, "meeting_id" uuid null, "agenda_item_id" uuid null, "decision_id" uuid null, "measure_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "task_assignee_index" on "task" ("assignee_id");`);
    this.addSql(`create index "task_body_index" on "task" ("body_id", "status");`);

    this.addSql(`create table "task_comment" ("id" uuid not null, "task_id" uuid not null, "text" text not null, "author_name" varchar(120) null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "task_comment_task_index" on "task_comment" ("task_id");`);

    this.addSql(`alter table "meeting" add constraint "meeting_body_id_foreign" foreign key ("body_id") references "body" ("id") on delete cascade;`);
    this.addSql(`alter table "meeting" add constraint "meeting_organiser_id_foreign" foreign key ("organiser_id") references "organisation" ("id") on delete set null;`);
    this.addSql(`alter table "meeting" add constraint "meeting_previous_id_foreign" foreign key ("previous_id") references "meeting" ("id") on delete set null;`);
    this.addSql(`alter table "meeting" add constraint "meeting_period" check (ends_at > starts_at);`);

    this.addSql(`alter table "meeting_status_change" add constraint "meeting_status_change_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on delete cascade;`);

    this.addSql(`alter table "meeting_presence" add constraint "meeting_presence_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on delete cascade;`);

    this.addSql(`alter table "meeting_participant" add constraint "meeting_participant_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on delete cascade;`);
    this.addSql(`alter table "meeting_participant" add constraint "meeting_participant_person_id_foreign" foreign key ("person_id") references "person" ("id") on delete cascade;`);
    this.addSql(`alter table "meeting_participant" add constraint "meeting_participant_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on delete set null;`);

    this.addSql(`alter table "agenda_item" add constraint "agenda_item_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on delete cascade;`);
    this.addSql(`alter table "agenda_item" add constraint "agenda_item_parent_id_foreign" foreign key ("parent_id") references "agenda_item" ("id") on delete cascade;`);
    this.addSql(`alter table "agenda_item" add constraint "agenda_item_presenter_id_foreign" foreign key ("presenter_id") references "person" ("id") on delete set null;`);
    this.addSql(`alter table "agenda_item" add constraint "agenda_item_measure_id_foreign" foreign key ("measure_id") references "measure" ("id") on delete set null;`);
    this.addSql(`alter table "agenda_item" add constraint "agenda_item_agreement_id_foreign" foreign key ("agreement_id") references "agreement" ("id") on delete set null;`);
    this.addSql(`alter table "agenda_item" add constraint "agenda_item_linked_body_id_foreign" foreign key ("linked_body_id") references "body" ("id") on delete set null;`);
    this.addSql(`alter table "agenda_item" add constraint "agenda_item_carried_from_id_foreign" foreign key ("carried_from_id") references "agenda_item" ("id") on delete set null;`);

    this.addSql(`alter table "note_update" add constraint "note_update_agenda_item_id_foreign" foreign key ("agenda_item_id") references "agenda_item" ("id") on delete cascade;`);

    this.addSql(`alter table "minutes_amendment" add constraint "minutes_amendment_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on delete cascade;`);
    this.addSql(`alter table "minutes_amendment" add constraint "minutes_amendment_agenda_item_id_foreign" foreign key ("agenda_item_id") references "agenda_item" ("id") on delete set null;`);

    this.addSql(`alter table "decision" add constraint "decision_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on delete cascade;`);
    this.addSql(`alter table "decision" add constraint "decision_agenda_item_id_foreign" foreign key ("agenda_item_id") references "agenda_item" ("id") on delete cascade;`);
    this.addSql(`alter table "decision" add constraint "decision_votes" check ((votes_for is null or votes_for >= 0) and (votes_against is null or votes_against >= 0) and (votes_abstaining is null or votes_abstaining >= 0));`);

    this.addSql(`alter table "decision_recusal" add constraint "decision_recusal_decision_id_foreign" foreign key ("decision_id") references "decision" ("id") on delete cascade;`);
    this.addSql(`alter table "decision_recusal" add constraint "decision_recusal_person_id_foreign" foreign key ("person_id") references "person" ("id") on delete cascade;`);

    this.addSql(`alter table "task" add constraint "task_body_id_foreign" foreign key ("body_id") references "body" ("id") on delete cascade;`);
    this.addSql(`alter table "task" add constraint "task_assignee_id_foreign" foreign key ("assignee_id") references "person" ("id") on delete set null;`);
    this.addSql(`alter table "task" add constraint "task_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on delete set null;`);
    this.addSql(`alter table "task" add constraint "task_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on delete set null;`);
    this.addSql(`alter table "task" add constraint "task_agenda_item_id_foreign" foreign key ("agenda_item_id") references "agenda_item" ("id") on delete set null;`);
    this.addSql(`alter table "task" add constraint "task_decision_id_foreign" foreign key ("decision_id") references "decision" ("id") on delete set null;`);
    this.addSql(`alter table "task" add constraint "task_measure_id_foreign" foreign key ("measure_id") references "measure" ("id") on delete set null;`);

    this.addSql(`alter table "task_comment" add constraint "task_comment_task_id_foreign" foreign key ("task_id") references "task" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "meeting" drop constraint "meeting_previous_id_foreign";`);
    this.addSql(`alter table "meeting_status_change" drop constraint "meeting_status_change_meeting_id_foreign";`);
    this.addSql(`alter table "meeting_presence" drop constraint "meeting_presence_meeting_id_foreign";`);
    this.addSql(`alter table "meeting_participant" drop constraint "meeting_participant_meeting_id_foreign";`);
    this.addSql(`alter table "agenda_item" drop constraint "agenda_item_meeting_id_foreign";`);
    this.addSql(`alter table "minutes_amendment" drop constraint "minutes_amendment_meeting_id_foreign";`);
    this.addSql(`alter table "decision" drop constraint "decision_meeting_id_foreign";`);
    this.addSql(`alter table "task" drop constraint "task_meeting_id_foreign";`);
    this.addSql(`alter table "agenda_item" drop constraint "agenda_item_parent_id_foreign";`);
    this.addSql(`alter table "agenda_item" drop constraint "agenda_item_carried_from_id_foreign";`);
    this.addSql(`alter table "note_update" drop constraint "note_update_agenda_item_id_foreign";`);
    this.addSql(`alter table "minutes_amendment" drop constraint "minutes_amendment_agenda_item_id_foreign";`);
    this.addSql(`alter table "decision" drop constraint "decision_agenda_item_id_foreign";`);
    this.addSql(`alter table "task" drop constraint "task_agenda_item_id_foreign";`);
    this.addSql(`alter table "decision_recusal" drop constraint "decision_recusal_decision_id_foreign";`);
    this.addSql(`alter table "task" drop constraint "task_decision_id_foreign";`);
    this.addSql(`alter table "task_comment" drop constraint "task_comment_task_id_foreign";`);

    this.addSql(`drop table if exists "meeting" cascade;`);
    this.addSql(`drop table if exists "meeting_status_change" cascade;`);
    this.addSql(`drop table if exists "meeting_presence" cascade;`);
    this.addSql(`drop table if exists "meeting_participant" cascade;`);
    this.addSql(`drop table if exists "agenda_item" cascade;`);
    this.addSql(`drop table if exists "note_update" cascade;`);
    this.addSql(`drop table if exists "minutes_amendment" cascade;`);
    this.addSql(`drop table if exists "decision" cascade;`);
    this.addSql(`drop table if exists "decision_recusal" cascade;`);
    this.addSql(`drop table if exists "realtime_event" cascade;`);
    this.addSql(`drop table if exists "realtime_topic" cascade;`);
    this.addSql(`drop table if exists "task" cascade;`);
    this.addSql(`drop table if exists "task_comment" cascade;`);

    this.addSql(`drop type "meeting_status";`);
    this.addSql(`drop type "attendance";`);
    this.addSql(`drop type "decision_result";`);
    this.addSql(`drop type "task_status";`);
  }

}
