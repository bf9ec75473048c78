import { InterestStatus, TimeCommitment } from './volunteering.entity.js';

/** Skills an opportunity or a volunteer lists, and how long one may be. */
export const MAX_SKILLS = 20;
export const MAX_SKILL_LENGTH = 60;
/** Messages one interest keeps; beyond, an answer is refused. */
export const MAX_INTEREST_MESSAGES = 50;

/**
 * Registering interest is public and writes personal data, so it is throttled
 * like password reset requests: per client address (one address cannot flood
 * organisations) and per e-mail address (nobody's address is signed up at
 * scale), in the shared throttling store.
 */
export const interestLimits = {
  perAddress: { points: 10, durationSeconds: 3600 },
  perEmail: { points: 5, durationSeconds: 3600 },
} as const;

/** The order of time commitments, least first: a volunteer fits a task that needs no more than they have. */
export const timeRank: Record<TimeCommitment, number> = {
  [TimeCommitment.ONCE]: 0,
  [TimeCommitment.OCCASIONAL]: 1,
  [TimeCommitment.WEEKLY]: 2,
  [TimeCommitment.SEVERAL_TIMES_A_WEEK]: 3,
};

/**
 * The match score, documented for the web's "Was passt zu mir?":
 * - district: 3 when the opportunity lists the volunteer's district, 1 when it lists none (anywhere in the city);
 * - languages: 2 for each language both name (German counts like any other);
 * - time: 2 when the task needs no more time than the volunteer has;
 * - skills: 1 for each skill both name (case-insensitive).
 * Only open opportunities with a score above zero are suggested, best first,
 * then the most recently confirmed.
 */
export const matchWeights = { district: 3, anyDistrict: 1, language: 2, time: 2, skill: 1 } as const;

/** Default and largest number of suggestions. */
export const matchSizes = { default: 10, max: 50 } as const;

/**
 * Which status an organisation's answer may set. A withdrawn interest stays
 * withdrawn until the volunteer registers again (which reopens it as NEW).
 */
export const interestTransitions: Record<InterestStatus, readonly InterestStatus[]> = {
  [InterestStatus.NEW]: [InterestStatus.ANSWERED, InterestStatus.ACCEPTED, InterestStatus.DECLINED, InterestStatus.WITHDRAWN],
  [InterestStatus.ANSWERED]: [InterestStatus.ANSWERED, InterestStatus.ACCEPTED, InterestStatus.DECLINED, InterestStatus.WITHDRAWN],
  [InterestStatus.ACCEPTED]: [InterestStatus.ACCEPTED, InterestStatus.DECLINED, InterestStatus.WITHDRAWN],
  [InterestStatus.DECLINED]: [InterestStatus.DECLINED, InterestStatus.ANSWERED, InterestStatus.ACCEPTED],
  [InterestStatus.WITHDRAWN]: [],
};

/** Skills as they are compared: trimmed, single-spaced, lower case. */
export const skillKey = (skill: string) => skill.trim().replace(/\s+/g, ' ').toLowerCase();

/** A pseudonym for erased people: "Gelöschte Person 3F2A". */
export const pseudonymPrefix = 'Gelöschte Person';
