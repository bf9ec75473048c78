import { registerEnumType } from 'type-graphql';

/** What an offer is: the first thing a newcomer filters by. */
export enum OfferKind {
  COUNSELLING = 'COUNSELLING',
  LANGUAGE_COURSE = 'LANGUAGE_COURSE',
  LANGUAGE_CAFE = 'LANGUAGE_CAFE',
  SPONSORSHIP = 'SPONSORSHIP',
  LEISURE = 'LEISURE',
  CHILDCARE = 'CHILDCARE',
  WORK_AND_TRAINING = 'WORK_AND_TRAINING',
  HEALTH = 'HEALTH',
  HOUSING = 'HOUSING',
  EDUCATION = 'EDUCATION',
  OTHER = 'OTHER',
}

/** What taking part costs. */
export enum OfferCost {
  FREE = 'FREE',
  REDUCED = 'REDUCED',
  PAID = 'PAID',
}

registerEnumType(OfferKind, {
  name: 'OfferKind',
  valuesConfig: {
    COUNSELLING: { description: 'Beratung' },
    LANGUAGE_COURSE: { description: 'Sprachkurs' },
    LANGUAGE_CAFE: { description: 'Sprachcafé' },
    SPONSORSHIP: { description: 'Patenschaft' },
    LEISURE: { description: 'Freizeit' },
    CHILDCARE: { description: 'Kinderbetreuung' },
    WORK_AND_TRAINING: { description: 'Arbeit und Ausbildung' },
    HEALTH: { description: 'Gesundheit' },
    HOUSING: { description: 'Wohnen' },
    EDUCATION: { description: 'Bildung' },
    OTHER: { description: 'Sonstiges' },
  },
});
registerEnumType(OfferCost, {
  name: 'OfferCost',
  valuesConfig: {
    FREE: { description: 'kostenlos' },
    REDUCED: { description: 'ermäßigt oder gegen geringe Gebühr' },
    PAID: { description: 'kostenpflichtig' },
  },
});
