import type { ReferralConditionData, ReferralQuestionData } from './referral.entity.js';

/** An answer as a visitor sends it: the option chosen for a question. */
export interface ReferralAnswer {
  questionKey: string;
  optionKey: string;
}

/** What evaluation needs of an outcome. */
export interface EvaluableOutcome {
  conditions: readonly ReferralConditionData[];
  fallback: boolean;
}

/** The outcome of a set of answers. */
export interface Evaluation<O> {
  /** Outcomes whose every condition holds, in path order; the fallbacks that hold when no other outcome does. */
  outcomes: O[];
  /** Whether `outcomes` are fallbacks. */
  fallback: boolean;
  /** Questions not (validly) answered, in path order. */
  unanswered: string[];
}

/**
 * The answers that name a question of the path and one of its options; the
 * rest are ignored, so a shared link stays usable after the path was edited.
 */
export function validAnswers(questions: readonly ReferralQuestionData[], answers: readonly ReferralAnswer[]): Map<string, string> {
  const valid = new Map<string, string>();
  for (const answer of answers) {
    const question = questions.find((q) => q.key === answer.questionKey);
    if (question?.options.some((o) => o.key === answer.optionKey)) valid.set(question.key, answer.optionKey);
  }
  return valid;
}

/** Whether every condition holds for the answers (an outcome without conditions always matches). */
export function matches(conditions: readonly ReferralConditionData[], answers: ReadonlyMap<string, string>): boolean {
  return conditions.every((c) => {
    const chosen = answers.get(c.questionKey);
    return chosen !== undefined && c.optionKeys.includes(chosen);
  });
}

/**
 * Where the answers lead: the outcomes whose every condition holds; when none
 * does, the fallback outcomes whose conditions hold, so a newcomer whose
 * situation no rule names still gets somewhere to turn to.
 */
export function evaluate<O extends EvaluableOutcome>(
  questions: readonly ReferralQuestionData[],
  outcomes: readonly O[],
  answers: readonly ReferralAnswer[],
): Evaluation<O> {
  const valid = validAnswers(questions, answers);
  const unanswered = questions.filter((q) => !valid.has(q.key)).map((q) => q.key);
  const specific = outcomes.filter((o) => !o.fallback && matches(o.conditions, valid));
  if (specific.length > 0) return { outcomes: specific, fallback: false, unanswered };
  return { outcomes: outcomes.filter((o) => o.fallback && matches(o.conditions, valid)), fallback: true, unanswered };
}

/** A condition that names a question or option the path does not have. */
export interface ConditionProblem {
  outcome: number;
  condition: number;
  field: 'questionKey' | 'optionKeys';
  message: string;
}

/** The first condition of the outcomes that names an unknown question or option, or undefined when all are known. */
export function unknownConditionKey(
  questions: readonly ReferralQuestionData[],
  outcomes: readonly { conditions: readonly ReferralConditionData[] }[],
): ConditionProblem | undefined {
  for (const [o, outcome] of outcomes.entries()) {
    for (const [c, condition] of outcome.conditions.entries()) {
      const question = questions.find((q) => q.key === condition.questionKey);
      if (!question)
        return { outcome: o, condition: c, field: 'questionKey', message: `the path has no question "${condition.questionKey}"` };
      const unknown = condition.optionKeys.find((k) => !question.options.some((opt) => opt.key === k));
      if (unknown !== undefined)
        return { outcome: o, condition: c, field: 'optionKeys', message: `question "${question.key}" has no option "${unknown}"` };
    }
  }
  return undefined;
}
