import { readRules } from '../../auth/read-rules.js';
import { timestamp } from '../../db/reader.js';
import { idIn, sql } from '../../db/sql.js';
import { notFound } from '../../errors/domain-error.js';
import { type ListSize, pageSize } from '../../graphql/lists.js';
import { type ChildList, embedded, indexBy } from '../../graphql/read-context.js';
import type { ReadModels } from '../../graphql/read-models.js';
import { emptySelection, type Selection, subSelection } from '../../graphql/selection.js';
import { isUuid } from '../../validation/ids.js';
import { parseInput } from '../../validation/parse-input.js';
import { type OfferRow, offerColumns, toOffer } from '../offer/offer.read.js';
import type { OfferView } from '../offer/offer.types.js';
import type {
  ReferralConditionData,
  ReferralPathTranslationData,
  ReferralQuestionData,
  ReferralReasonTranslationData,
} from './referral.entity.js';
import { answersSchema, referralLimits } from './referral.inputs.js';
import { evaluate } from './referral.rules.js';
import {
  ReferralConditionView,
  ReferralOptionTranslationView,
  ReferralOptionView,
  ReferralOutcomeView,
  ReferralPathTranslationView,
  ReferralPathView,
  ReferralQuestionTranslationView,
  ReferralQuestionView,
  ReferralReasonTranslationView,
  ReferralResultView,
} from './referral.types.js';

/** How many paths a list holds: a city keeps a handful. */
export const referralPathListSize: ListSize = { default: 50, max: 100 };

interface PathRow {
  id: string;
  created_at: string;
  updated_at: string;
  version: number;
  title: string;
  intro: string | null;
  translations: ReferralPathTranslationData[];
  questions: ReferralQuestionData[];
  published: boolean;
}

interface OutcomeRow extends OfferRow {
  ro_id: string;
  ro_path_id: string;
  ro_offer_id: string;
  ro_position: number;
  ro_conditions: ReferralConditionData[];
  ro_reason: string;
  ro_translations: ReferralReasonTranslationData[];
  ro_fallback: boolean;
}

const pathColumns = sql`p.id, p.created_at, p.updated_at, p.version, p.title, p.intro, p.translations, p.questions, p.published`;

function toQuestion(q: ReferralQuestionData): ReferralQuestionView {
  return Object.assign(new ReferralQuestionView(), {
    key: q.key,
    label: q.label,
    hint: q.hint ?? null,
    translations: (q.translations ?? []).map((t) =>
      Object.assign(new ReferralQuestionTranslationView(), { locale: t.locale, label: t.label, hint: t.hint ?? null }),
    ),
    options: q.options.map((o) =>
      Object.assign(new ReferralOptionView(), {
        key: o.key,
        label: o.label,
        translations: (o.translations ?? []).map((t) =>
          Object.assign(new ReferralOptionTranslationView(), { locale: t.locale, label: t.label }),
        ),
      }),
    ),
  });
}

function toPath(row: PathRow): ReferralPathView {
  return Object.assign(new ReferralPathView(), {
    id: row.id,
    createdAt: timestamp(row.created_at),
    updatedAt: timestamp(row.updated_at),
    version: row.version,
    title: row.title,
    intro: row.intro,
    translations: row.translations.map((t) =>
      Object.assign(new ReferralPathTranslationView(), { locale: t.locale, title: t.title, intro: t.intro ?? null }),
    ),
    questions: row.questions.map(toQuestion),
    published: row.published,
  });
}

function toOutcome(row: OutcomeRow, offer: OfferView): ReferralOutcomeView {
  return Object.assign(new ReferralOutcomeView(), {
    id: row.ro_id,
    pathId: row.ro_path_id,
    offerId: row.ro_offer_id,
    position: row.ro_position,
    reason: row.ro_reason,
    translations: row.ro_translations.map((t) =>
      Object.assign(new ReferralReasonTranslationView(), { locale: t.locale, reason: t.reason }),
    ),
    conditions: row.ro_conditions.map((c) =>
      Object.assign(new ReferralConditionView(), { questionKey: c.questionKey, optionKeys: [...c.optionKeys] }),
    ),
    fallback: row.ro_fallback,
    offer,
  });
}

/** What a selection of outcomes reads of their offers (ids only when it asks for none). */
export const offerSelectionOf = (outcomes: Selection | undefined): Selection =>
  subSelection(outcomes ?? emptySelection, 'offer') as Selection;

/**
 * Which outcomes a path's own statement embeds, by the selection of their
 * offers: those `result` evaluates when the query asks for it, else the
 * `outcomes` list when asked for as it comes (no arguments).
 */
function embeddedOffers(selection?: Selection): { selection: Selection } | undefined {
  const result = selection?.sub('result');
  if (result) return { selection: offerSelectionOf(result.sub('outcomes')) };
  const outcomes = selection?.sub('outcomes');
  if (outcomes && !selection?.hasArguments('outcomes')) return { selection: offerSelectionOf(outcomes) };
  return undefined;
}

/** Reads of referral paths: the list, one path, its outcomes and where a visitor's answers lead. */
export class ReferralReadModel {
  constructor(private readonly read: ReadModels) {}

  private get r() {
    return this.read.context;
  }

  /** The paths the actor may see (visitors: published ones), oldest first: the office adds the general guide first. */
  async list(first: number | null | undefined): Promise<ReferralPathView[]> {
    const limit = pageSize(first, referralPathListSize);
    const rows = await this.r.rows<PathRow>(
      sql`select ${pathColumns} from referral_path p where ${readRules.referralPath(this.r.actor, 'p')}
           order by p.created_at, p.title, p.id limit ${limit}`,
    );
    return rows.map((row) => this.remember(toPath(row)));
  }

  /** One path, or null when it does not exist or the actor may not see it. */
  byId(id: string, selection?: Selection): Promise<ReferralPathView | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return this.byIdLoader(embeddedOffers(selection)).load(id);
  }

  /**
   * The loader of paths by id; with `offers` (the selection of the outcomes'
   * offers), the outcomes ride along in the same statement, offers included.
   */
  private byIdLoader(offers?: { selection: Selection }) {
    return this.r.loader<string, ReferralPathView | null>(`referral.byId:${offers ? offers.selection.key : '-'}`, async (ids) => {
      const outcomes = offers ? this.outcomesList(offers.selection) : undefined;
      const rows = await this.r.rows<PathRow & { p_outcomes?: string }>(
        sql`select ${pathColumns}${outcomes ? sql`, ${embedded(outcomes, sql`p.id`)} as p_outcomes` : sql``}
              from referral_path p where ${idIn(sql`p.id`, ids)} and ${readRules.referralPath(this.r.actor, 'p')}`,
      );
      return indexBy(ids, rows, (row) => row.id).map((row) => {
        if (!row) return null;
        if (outcomes && row.p_outcomes !== undefined) this.r.take(outcomes, row.id, row.p_outcomes);
        return toPath(row);
      });
    });
  }

  /** One path; to those who may not see it, it does not exist. */
  async get(id: string, selection?: Selection): Promise<ReferralPathView> {
    const path = await this.byId(id, selection);
    if (!path) throw notFound('ReferralPath', id);
    return path;
  }

  /** Makes a path read by another statement known to `byId`. */
  private remember(path: ReferralPathView): ReferralPathView {
    this.byIdLoader().prime(path.id, path);
    return path;
  }

  /**
   * A path's outcomes whose offer the actor may see, in order, each with its
   * offer (the columns `offerSelection` needs): one statement for every path
   * of a list level.
   */
  outcomes(pathId: string, offerSelection?: Selection): Promise<ReferralOutcomeView[]> {
    return this.r.children(this.outcomesList(offerSelection)).load(pathId);
  }

  /** Outcomes pass their own rule, the path's and the offer's: an outcome pointing at a hidden offer is left out. */
  outcomesList(offerSelection?: Selection): ChildList<OutcomeRow, ReferralOutcomeView> {
    return {
      name: `referral.outcomesOfPath:${offerSelection?.key ?? '*'}`,
      select: sql`ro.id as ro_id, ro.path_id as ro_path_id, ro.offer_id as ro_offer_id, ro.position as ro_position,
        ro.conditions as ro_conditions, ro.reason as ro_reason, ro.translations as ro_translations, ro.fallback as ro_fallback,
        ${offerColumns('f', offerSelection)}`,
      from: sql`referral_outcome ro join offer f on f.id = ro.offer_id`,
      where: readRules.referralOutcome(this.r.actor, 'ro'),
      parent: sql`ro.path_id`,
      parentOf: (row) => row.ro_path_id,
      order: sql`ro.position`,
      limit: referralLimits.outcomes,
      toValue: (row) => toOutcome(row, this.read.offers.remember(toOffer(row), offerSelection)),
    };
  }

  /** Where the answers lead on a path, among the outcomes the actor may see. Unknown questions and options count as unanswered. */
  async result(path: ReferralPathView, answersInput: unknown, offerSelection?: Selection): Promise<ReferralResultView> {
    const answers = parseInput(answersSchema, answersInput, 'answers');
    const evaluation = evaluate(path.questions, await this.outcomes(path.id, offerSelection), answers);
    return Object.assign(new ReferralResultView(), {
      outcomes: evaluation.outcomes,
      fallback: evaluation.fallback,
      unansweredQuestionKeys: evaluation.unanswered,
      complete: evaluation.unanswered.length === 0,
    });
  }
}
