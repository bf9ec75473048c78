/**
 * The decision guide's state lives in the address: one query parameter per
 * answered question (`?status=asylum&need=work`), so a link can be shared and
 * reload and the back button restore every step. `_edit` names a question to
 * answer again; keys of questions and options never start with `_`.
 */

/** What question and option keys look like (the API allows nothing else). */
const keyPattern = /^[a-z][a-z0-9_-]{0,39}$/;

/** The parameter naming a question the visitor goes back to. */
export const editParameter = '_edit';

/** As many answers as the API takes in one request. */
const maxAnswers = 20;

export interface Answer {
  questionKey: string;
  optionKey: string;
}

/** What the guide needs of a question. */
export interface GuideQuestion {
  key: string;
  options: readonly { key: string }[];
}

/**
 * The answers an address carries: each parameter shaped like a question key
 * with a value shaped like an option key, first value only, at most 20. Which
 * of them the path knows is for the API to say: unknown ones are ignored there.
 */
export function answersFromUrl(params: Iterable<[string, string]>): Answer[] {
  const answers: Answer[] = [];
  const seen = new Set<string>();
  for (const [questionKey, optionKey] of params) {
    if (answers.length >= maxAnswers) break;
    if (seen.has(questionKey) || !keyPattern.test(questionKey) || !keyPattern.test(optionKey)) continue;
    seen.add(questionKey);
    answers.push({ questionKey, optionKey });
  }
  return answers;
}

/** The answers that name a question of the path and one of its options, by question key. */
export function validAnswers(questions: readonly GuideQuestion[], answers: readonly Answer[]): Map<string, string> {
  const valid = new Map<string, string>();
  for (const answer of answers) {
    const question = questions.find((q) => q.key === answer.questionKey);
    if (question?.options.some((o) => o.key === answer.optionKey)) valid.set(question.key, answer.optionKey);
  }
  return valid;
}

/**
 * The step to show: the question named by `_edit`, else the first one not yet
 * answered; `null` once every question is answered (the result).
 */
export function currentStep(questions: readonly GuideQuestion[], answers: ReadonlyMap<string, string>, edit: string | null): number | null {
  const edited = edit === null ? -1 : questions.findIndex((q) => q.key === edit);
  if (edited >= 0) return edited;
  const open = questions.findIndex((q) => !answers.has(q.key));
  return open >= 0 ? open : null;
}

/**
 * The address of the guide with these answers, in question order, and
 * optionally a question to answer again. Answers to questions the path does
 * not have are dropped.
 */
export function guideHref(base: string, questions: readonly GuideQuestion[], answers: ReadonlyMap<string, string>, edit?: string): string {
  const params = new URLSearchParams();
  for (const question of questions) {
    const chosen = answers.get(question.key);
    if (chosen !== undefined) params.append(question.key, chosen);
  }
  if (edit) params.append(editParameter, edit);
  const query = params.toString();
  return query ? `${base}?${query}` : base;
}

/** The answers without one question's, e.g. for the link back to it. */
export function without(answers: ReadonlyMap<string, string>, key: string): Map<string, string> {
  const rest = new Map(answers);
  rest.delete(key);
  return rest;
}
