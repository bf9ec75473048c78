import { Migration } from '@mikro-orm/migrations';

export class Migration20261201163929 extends Migration {

  override name = 'Migration20261201163929';

  override up(): void | Promise<void> {
    this.addSql(`create type "need_classification" as enum ('REQUIRED_BY_LAW', 'LOCALLY_NECESSARY', 'DESIRABLE');`);
    this.addSql(`create type "need_status" as enum ('RAISED', 'ASSESSED', 'PRIORITISED', 'MANDATED', 'ADDRESSED', 'DECLINED');`);
    this.addSql(`create type "mandate_status" as enum ('OPEN', 'COMPLETED', 'WITHDRAWN');`);
    this.addSql(`create type "application_status" as enum ('SUBMITTED', 'CHECKED', 'APPROVED', 'REJECTED', 'DEFERRED', 'REPORT_DUE', 'CLOSED');`);
    this.addSql(`create type "fund_vote_choice" as enum ('FOR', 'AGAINST', 'ABSTAIN');`);
    this.addSql(`create type "review_status" as enum ('OPEN', 'CLOSED', 'DECIDED');`);
    this.addSql(`create table "fund" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "year" int not null, "title" varchar(300) not null, "description" text null, "budget_cents" bigint not null, "body_id" uuid not null, primary key ("id"));`);
    this.addSql(`alter table "fund" add constraint "fund_year_unique" unique ("year");`);

    this.addSql(`create table "fund_criterion" ("id" uuid not null, "fund_id" uuid not null, "position" int not null, "title" varchar(200) not null, "description" text null, primary key ("id"));`);
    this.addSql(`alter table "fund_criterion" add constraint "fund_criterion_position_unique" unique ("fund_id", "position");`);

    this.addSql(`create table "integration_concept" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "title" varchar(300) not null, "description" text null, "valid_from" date null, "valid_to" date null, "is_current" boolean not null default false, primary key ("id"));`);
    this.addSql(`create unique index "integration_concept_one_current" on "integration_concept" ("is_current") where "is_current";`);

    this.addSql(`create table "need" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "title" varchar(300) not null, "description" text null, "field_of_action_id" uuid null, "classification" "need_classification" not null, "raised_by_organisation_id" uuid null, "raised_by_body_id" uuid null, "raised_on" date not null, "evidence" text null, "status" "need_status" not null, "decline_reason" text null, primary key ("id"));`);
    this.addSql(`create index "need_status_index" on "need" ("status");`);

    this.addSql(`create table "need_status_change" ("id" uuid not null, "on" date not null, "actor_name" varchar(120) null, "created_at" timestamptz not null, "need_id" uuid not null, "from_status" "need_status" null, "to_status" "need_status" not null, "note" text null, primary key ("id"));`);
    this.addSql(`create index "need_status_change_need_index" on "need_status_change" ("need_id");`);

    this.addSql(`create table "need_district" ("need_id" uuid not null, "district_id" uuid not null, primary key ("need_id", "district_id"));`);

    this.addSql(`create table "fund_round" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "fund_id" uuid not null, "number" int not null, "title" varchar(300) not null, "deadline" date not null, "decision_meeting_id" uuid null, primary key ("id"));`);
    this.addSql(`alter table "fund_round" add constraint "fund_round_number_unique" unique ("fund_id", "number");`);

    this.addSql(`create table "mandate" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "title" varchar(300) not null, "description" text null, "need_id" uuid null, "body_id" uuid not null, "issued_by_id" uuid not null, "decision_id" uuid null, "issued_on" date not null, "due_on" date null, "status" "mandate_status" not null, primary key ("id"));`);
    this.addSql(`create index "mandate_need_index" on "mandate" ("need_id");`);
    this.addSql(`create index "mandate_body_index" on "mandate" ("body_id");`);

    this.addSql(`create table "fund_application" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "fund_id" uuid not null, "round_id" uuid not null, "applicant_id" uuid not null, "project_title" varchar(300) not null, "summary" text not null, "requested_cents" bigint not null, "approved_cents" bigint null, "period_start" date not null, "period_end" date not null, "status" "application_status" not null, "is_public" boolean not null default true, "decision_id" uuid null, "submitted_at" timestamptz not null, "report_due_on" date null, primary key ("id"));`);
    this.addSql(`create index "fund_application_applicant_index" on "fund_application" ("applicant_id");`);
    this.addSql(`create index "fund_application_round_index" on "fund_application" ("round_id");`);
    this.addSql(`create index "fund_application_fund_index" on "fund_application" ("fund_id");`);

    this.addSql(`create table "fund_vote" ("id" uuid not null, "application_id" uuid not null, "person_id" uuid not null, "choice" "fund_vote_choice" not null, "cast_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "fund_vote" add constraint "fund_vote_unique" unique ("application_id", "person_id");`);

    this.addSql(`create table "fund_recusal" ("id" uuid not null, "application_id" uuid not null, "person_id" uuid not null, "reason" varchar(300) not null, primary key ("id"));`);
    this.addSql(`alter table "fund_recusal" add constraint "fund_recusal_unique" unique ("application_id", "person_id");`);

    this.addSql(`create table "fund_application_status_change" ("id" uuid not null, "on" date not null, "actor_name" varchar(120) null, "created_at" timestamptz not null, "application_id" uuid not null, "from_status" "application_status" null, "to_status" "application_status" not null, "note" text null, primary key ("id"));`);
    this.addSql(`create index "fund_application_status_change_index" on "fund_application_status_change" ("application_id");`);

    this.addSql(`create table "fund_application_answer" ("id" uuid not null, "application_id" uuid not null, "criterion_id" uuid not null, "answer" text not null, primary key ("id"));`);
    this.addSql(`alter table "fund_application_answer" add constraint "fund_application_answer_unique" unique ("application_id", "criterion_id");`);

    this.addSql(`create table "fund_application_partner" ("fund_application_id" uuid not null, "organisation_id" uuid not null, primary key ("fund_application_id", "organisation_id"));`);

    this.addSql(`create table "priority_review" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "body_id" uuid not null, "title" varchar(300) not null, "description" text null, "status" "review_status" not null, "closes_on" date not null, "decision_id" uuid null, "decided_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "priority_review_body_index" on "priority_review" ("body_id");`);

    this.addSql(`create table "priority_ranking" ("id" uuid not null, "review_id" uuid not null, "need_id" uuid not null, "person_id" uuid not null, "rank" int not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "priority_ranking" add constraint "priority_ranking_rank_unique" unique ("review_id", "person_id", "rank");`);
    this.addSql(`alter table "priority_ranking" add constraint "priority_ranking_need_unique" unique ("review_id", "person_id", "need_id");`);

    this.addSql(`create table "priority_review_need" ("id" uuid not null, "review_id" uuid not null, "need_id" uuid not null, "final_rank" int null, primary key ("id"));`);
    this.addSql(`alter table "priority_review_need" add constraint "priority_review_need_unique" unique ("review_id", "need_id");`);

    this.addSql(`create table "need_target_group" ("need_id" uuid not null, "target_group_id" uuid not null, primary key ("need_id", "target_group_id"));`);

    this.addSql(`alter table "integration_goal" drop constraint "integration_goal_number_unique";`);
    // Goals so far belonged to the one concept there was: it becomes the current concept, and they move into it.
    this.addSql(`alter table "integration_goal" add "concept_id" uuid null;`);
    this.addSql(`insert into "integration_concept" ("id", "created_at", "updated_at", "title", "is_current")
      select gen_random_uuid(), now(), now(), 'Integrationskonzept', true where exists (select 1 from "integration_goal");`);
    this.addSql(`update "integration_goal" set "concept_id" = (select "id" from "integration_concept" where "is_current");`);
    this.addSql(`alter table "integration_goal" alter column "concept_id" set not null;`);
    this.addSql(`alter table "integration_goal" add constraint "integration_goal_concept_id_foreign" foreign key ("concept_id") references "integration_concept" ("id") on delete cascade;`);
    this.addSql(`alter table "integration_goal" add constraint "integration_goal_number_unique" unique ("concept_id", "number");`);

    this.addSql(`alter table "measure" add "mandate_id" uuid null;`);
    this.addSql(`alter table "measure" add constraint "measure_mandate_id_foreign" foreign key ("mandate_id") references "mandate" ("id") on delete set null;`);

    this.addSql(`alter table "fund" add constraint "fund_body_id_foreign" foreign key ("body_id") references "body" ("id") on delete restrict;`);
    this.addSql(`alter table "fund" add constraint "fund_budget_positive" check (budget_cents > 0);`);

    this.addSql(`alter table "fund_criterion" add constraint "fund_criterion_fund_id_foreign" foreign key ("fund_id") references "fund" ("id") on delete cascade;`);

    this.addSql(`alter table "need" add constraint "need_field_of_action_id_foreign" foreign key ("field_of_action_id") references "field_of_action" ("id") on delete set null;`);
    this.addSql(`alter table "need" add constraint "need_raised_by_organisation_id_foreign" foreign key ("raised_by_organisation_id") references "organisation" ("id") on delete set null;`);
    this.addSql(`alter table "need" add constraint "need_raised_by_body_id_foreign" foreign key ("raised_by_body_id") references "body" ("id") on delete set null;`);
    this.addSql(`alter table "need" add constraint "need_declined_reason" check (status <> 'DECLINED' or decline_reason is not null);`);
    this.addSql(`alter table "need" add constraint "need_raised_by_one" check ((raised_by_organisation_id is null) <> (raised_by_body_id is null));`);

    this.addSql(`alter table "need_status_change" add constraint "need_status_change_need_id_foreign" foreign key ("need_id") references "need" ("id") on delete cascade;`);

    this.addSql(`alter table "need_district" add constraint "need_district_need_id_foreign" foreign key ("need_id") references "need" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "need_district" add constraint "need_district_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "fund_round" add constraint "fund_round_fund_id_foreign" foreign key ("fund_id") references "fund" ("id") on delete cascade;`);
    this.addSql(`alter table "fund_round" add constraint "fund_round_decision_meeting_id_foreign" foreign key ("decision_meeting_id") references "meeting" ("id") on delete set null;`);

    this.addSql(`alter table "mandate" add constraint "mandate_need_id_foreign" foreign key ("need_id") references "need" ("id") on delete set null;`);
    this.addSql(`alter table "mandate" add constraint "mandate_body_id_foreign" foreign key ("body_id") references "body" ("id") on delete cascade;`);
    this.addSql(`alter table "mandate" add constraint "mandate_issued_by_id_foreign" foreign key ("issued_by_id") references "body" ("id") on delete cascade;`);

    this.addSql(`alter table "fund_application" add constraint "fund_application_fund_id_foreign" foreign key ("fund_id") references "fund" ("id") on delete cascade;`);
    this.addSql(`alter table "fund_application" add constraint "fund_application_round_id_foreign" foreign key ("round_id") references "fund_round" ("id") on delete restrict;`);
    this.addSql(`alter table "fund_application" add constraint "fund_application_applicant_id_foreign" foreign key ("applicant_id") references "organisation" ("id") on delete restrict;`);
    this.addSql(`alter table "fund_application" add constraint "fund_application_decision_id_foreign" foreign key ("decision_id") references "decision" ("id") on delete set null;`);
    this.addSql(`alter table "fund_application" add constraint "fund_application_period" check (period_end >= period_start);`);
    this.addSql(`alter table "fund_application" add constraint "fund_application_approved_range" check (approved_cents is null or (approved_cents > 0 and approved_cents <= requested_cents));`);
    this.addSql(`alter table "fund_application" add constraint "fund_application_requested_positive" check (requested_cents > 0);`);

    this.addSql(`alter table "fund_vote" add constraint "fund_vote_application_id_foreign" foreign key ("application_id") references "fund_application" ("id") on delete cascade;`);

    this.addSql(`alter table "fund_recusal" add constraint "fund_recusal_application_id_foreign" foreign key ("application_id") references "fund_application" ("id") on delete cascade;`);

    this.addSql(`alter table "fund_application_status_change" add constraint "fund_application_status_change_application_id_foreign" foreign key ("application_id") references "fund_application" ("id") on delete cascade;`);

    this.addSql(`alter table "fund_application_answer" add constraint "fund_application_answer_application_id_foreign" foreign key ("application_id") references "fund_application" ("id") on delete cascade;`);
    this.addSql(`alter table "fund_application_answer" add constraint "fund_application_answer_criterion_id_foreign" foreign key ("criterion_id") references "fund_criterion" ("id") on delete cascade;`);

    this.addSql(`alter table "fund_application_partner" add constraint "fund_application_partner_fund_application_id_foreign" foreign key ("fund_application_id") references "fund_application" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "fund_application_partner" add constraint "fund_application_partner_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "priority_review" add constraint "priority_review_body_id_foreign" foreign key ("body_id") references "body" ("id") on delete cascade;`);
    this.addSql(`alter table "priority_review" add constraint "priority_review_decision_id_foreign" foreign key ("decision_id") references "decision" ("id") on delete set null;`);

    this.addSql(`alter table "priority_ranking" add constraint "priority_ranking_review_id_foreign" foreign key ("review_id") references "priority_review" ("id") on delete cascade;`);
    this.addSql(`alter table "priority_ranking" add constraint "priority_ranking_need_id_foreign" foreign key ("need_id") references "need" ("id") on delete cascade;`);
    this.addSql(`alter table "priority_ranking" add constraint "priority_ranking_rank_positive" check (rank >= 1);`);

    this.addSql(`alter table "priority_review_need" add constraint "priority_review_need_review_id_foreign" foreign key ("review_id") references "priority_review" ("id") on delete cascade;`);
    this.addSql(`alter table "priority_review_need" add constraint "priority_review_need_need_id_foreign" foreign key ("need_id") references "need" ("id") on delete cascade;`);

    this.addSql(`alter table "need_target_group" add constraint "need_target_group_need_id_foreign" foreign key ("need_id") references "need" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "need_target_group" add constraint "need_target_group_target_group_id_foreign" foreign key ("target_group_id") references "target_group" ("id") on update cascade on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "fund_criterion" drop constraint "fund_criterion_fund_id_foreign";`);
    this.addSql(`alter table "fund_round" drop constraint "fund_round_fund_id_foreign";`);
    this.addSql(`alter table "fund_application" drop constraint "fund_application_fund_id_foreign";`);
    this.addSql(`alter table "fund_application_answer" drop constraint "fund_application_answer_criterion_id_foreign";`);
    this.addSql(`alter table "integration_goal" drop constraint "integration_goal_concept_id_foreign";`);
    this.addSql(`alter table "need_status_change" drop constraint "need_status_change_need_id_foreign";`);
    this.addSql(`alter table "need_district" drop constraint "need_district_need_id_foreign";`);
    this.addSql(`alter table "mandate" drop constraint "mandate_need_id_foreign";`);
    this.addSql(`alter table "priority_ranking" drop constraint "priority_ranking_need_id_foreign";`);
    this.addSql(`alter table "priority_review_need" drop constraint "priority_review_need_need_id_foreign";`);
    this.addSql(`alter table "need_target_group" drop constraint "need_target_group_need_id_foreign";`);
    this.addSql(`alter table "fund_application" drop constraint "fund_application_round_id_foreign";`);
    this.addSql(`alter table "measure" drop constraint "measure_mandate_id_foreign";`);
    this.addSql(`alter table "fund_vote" drop constraint "fund_vote_application_id_foreign";`);
    this.addSql(`alter table "fund_recusal" drop constraint "fund_recusal_application_id_foreign";`);
    this.addSql(`alter table "fund_application_status_change" drop constraint "fund_application_status_change_application_id_foreign";`);
    this.addSql(`alter table "fund_application_answer" drop constraint "fund_application_answer_application_id_foreign";`);
    this.addSql(`alter table "fund_application_partner" drop constraint "fund_application_partner_fund_application_id_foreign";`);
    this.addSql(`alter table "priority_ranking" drop constraint "priority_ranking_review_id_foreign";`);
    this.addSql(`alter table "priority_review_need" drop constraint "priority_review_need_review_id_foreign";`);

    this.addSql(`drop table if exists "fund" cascade;`);
    this.addSql(`drop table if exists "fund_criterion" cascade;`);
    this.addSql(`drop table if exists "integration_concept" cascade;`);
    this.addSql(`drop table if exists "need" cascade;`);
    this.addSql(`drop table if exists "need_status_change" cascade;`);
    this.addSql(`drop table if exists "need_district" cascade;`);
    this.addSql(`drop table if exists "fund_round" cascade;`);
    this.addSql(`drop table if exists "mandate" cascade;`);
    this.addSql(`drop table if exists "fund_application" cascade;`);
    this.addSql(`drop table if exists "fund_vote" cascade;`);
    this.addSql(`drop table if exists "fund_recusal" cascade;`);
    this.addSql(`drop table if exists "fund_application_status_change" cascade;`);
    this.addSql(`drop table if exists "fund_application_answer" cascade;`);
    this.addSql(`drop table if exists "fund_application_partner" cascade;`);
    this.addSql(`drop table if exists "priority_review" cascade;`);
    this.addSql(`drop table if exists "priority_ranking" cascade;`);
    this.addSql(`drop table if exists "priority_review_need" cascade;`);
    this.addSql(`drop table if exists "need_target_group" cascade;`);

    this.addSql(`alter table "integration_goal" drop constraint "integration_goal_number_unique";`);
    this.addSql(`alter table "integration_goal" drop column "concept_id";`);
    this.addSql(`alter table "integration_goal" add constraint "integration_goal_number_unique" unique ("number");`);

    this.addSql(`alter table "measure" drop column "mandate_id";`);

    this.addSql(`drop type "need_classification";`);
    this.addSql(`drop type "need_status";`);
    this.addSql(`drop type "mandate_status";`);
    this.addSql(`drop type "application_status";`);
    this.addSql(`drop type "fund_vote_choice";`);
    this.addSql(`drop type "review_status";`);
  }

}
