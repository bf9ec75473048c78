import 'reflect-metadata';
import type { Opt } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';

import { BaseEntity, VersionedEntity } from '../../db/base.entity.js';
import { Offer } from '../offer/offer.entity.js';

/** A path's title and introduction in one of the other five languages. */
export interface ReferralPathTranslationData {
  locale: string;
  title: string;
  intro: string | null;
}

/** A question's label and hint in another language. */
export interface ReferralQuestionTranslationData {
  locale: string;
  label: string;
  hint: string | null;
}

/** An answer option's label in another language. */
export interface ReferralOptionTranslationData {
  locale: string;
  label: string;
}

/** One answer a question offers, e.g. `asylum` "Ich bin im Asylverfahren". */
export interface ReferralOptionData {
  /** Stable within its question; answers and outcome conditions name it, and shared links carry it. */
  key: string;
  label: string;
  translations: ReferralOptionTranslationData[];
}

/** One step of the guide: a single-choice question such as legal status, age group or need. */
export interface ReferralQuestionData {
  /** Stable within its path; answers and outcome conditions name it. */
  key: string;
  label: string;
  hint: string | null;
  translations: ReferralQuestionTranslationData[];
  options: ReferralOptionData[];
}

/** Holds when the question was answered with one of the options. */
export interface ReferralConditionData {
  questionKey: string;
  optionKeys: string[];
}

/** An outcome's reason in another language. */
export interface ReferralReasonTranslationData {
  locale: string;
  reason: string;
}

/**
 * A referral path (Beratungsweg): a small decision guide the coordination
 * office keeps, "Welche Beratung passt zu mir?", that leads a newcomer by
 * their situation to offers. Its questions are a short list owned by the
 * path and always read with it, so they are stored on it as validated JSON;
 * its outcomes point at offers and are rows of their own (`ReferralOutcome`),
 * so the database keeps those links.
 */
@Entity({ tableName: 'referral_path' })
@Index({ name: 'referral_path_list_index', properties: ['published', 'createdAt'] })
export class ReferralPath extends VersionedEntity {
  /** German, the base text. */
  @Property({ type: 'string', length: 200 })
  title!: string;

  /** German introduction shown before the first question. */
  @Property({ type: 'text', nullable: true })
  intro?: string | null;

  @Property({ type: 'json', defaultRaw: "'[]'" })
  translations: Opt<ReferralPathTranslationData[]> = [];

  @Property({ type: 'json', defaultRaw: "'[]'" })
  questions: Opt<ReferralQuestionData[]> = [];

  /** Visitors see published paths only. */
  @Property({ type: 'boolean', default: false })
  published: Opt<boolean> = false;
}

/**
 * Where a path leads: an offer and the reason shown for it, reached when
 * every one of its conditions holds for the answers. A fallback outcome is
 * shown only when no other outcome of the path matches.
 */
@Entity({ tableName: 'referral_outcome' })
@Unique({ name: 'referral_outcome_position_unique', properties: ['path', 'position'] })
@Index({ name: 'referral_outcome_offer_index', properties: ['offer'] })
export class ReferralOutcome extends BaseEntity {
  @ManyToOne({ entity: () => ReferralPath, deleteRule: 'cascade' })
  path!: ReferralPath;

  /** Order within the path, from 1: matching outcomes are shown in this order. */
  @Property({ type: 'integer' })
  position!: number;

  @ManyToOne({ entity: () => Offer, deleteRule: 'cascade' })
  offer!: Offer;

  @Property({ type: 'json', defaultRaw: "'[]'" })
  conditions: Opt<ReferralConditionData[]> = [];

  /** German: why this offer fits, shown to the newcomer. */
  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'json', defaultRaw: "'[]'" })
  translations: Opt<ReferralReasonTranslationData[]> = [];

  @Property({ type: 'boolean', default: false })
  fallback: Opt<boolean> = false;
}
