import type { EntityManager } from '../db/orm.js';
import type { Body } from '../modules/body/body.entity.js';
import {
  ApplicationStatus,
  Fund,
  FundApplication,
  FundApplicationAnswer,
  FundApplicationStatusChange,
  FundCriterion,
  FundRecusal,
  FundRound,
  FundVote,
  FundVoteChoice,
} from '../modules/fund/fund.entity.js';
import type { IntegrationConcept } from '../modules/goal/goal.entity.js';
import type { Measure } from '../modules/measure/measure.entity.js';
import { AgendaItem, Meeting } from '../modules/meeting/meeting.entity.js';
import { DecisionResult, MeetingStatus } from '../modules/meeting/meeting.enums.js';
import { Membership } from '../modules/membership/membership.entity.js';
import type { Organisation } from '../modules/organisation/organisation.entity.js';
import { OrganisationKind, Visibility } from '../modules/organisation/organisation.enums.js';
import { Affiliation } from '../modules/person/person.entity.js';
import type { District, FieldOfAction, TargetGroup } from '../modules/reference/reference.entity.js';
import {
  Mandate,
  MandateStatus,
  Need,
  NeedClassification,
  NeedStatus,
  NeedStatusChange,
  PriorityRanking,
  PriorityReview,
  PriorityReviewNeed,
  ReviewStatus,
} from '../modules/steering/steering.entity.js';
import { formatCents } from '../shared/money.js';
import type { Factory } from './factories.js';
import { Random } from './random.js';

const DAY = 86_400_000;
const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const daysFrom = (d: Date, days: number) => new Date(d.getTime() + days * DAY);

/** The previous concept's goals: the city's first integration concept after 2015. */
const previousGoals: { number: number; title: string; field: string }[] = [
  { number: 1, title: 'Erstaufnahme und Unterbringung menschenwürdig gestalten', field: 'ankommen' },
  { number: 2, title: 'Sprachkurse für alle Neuzugewanderten zugänglich machen', field: 'sprache-bildung' },
  { number: 3, title: 'Kinder und Jugendliche schnell in Kita und Schule bringen', field: 'sprache-bildung' },
  { number: 4, title: 'Zugang zu Ausbildung und Arbeit öffnen', field: 'arbeit' },
  { number: 5, title: 'Dezentrales Wohnen ermöglichen', field: 'wohnen' },
  { number: 6, title: 'Gesundheitliche Versorgung sichern', field: 'gesundheit' },
  { number: 7, title: 'Ehrenamtliche Flüchtlingshilfe koordinieren', field: 'engagement' },
  { number: 8, title: 'Begegnung in den Stadtteilen fördern', field: 'teilhabe' },
];

interface NeedSeed {
  key: string;
  title: string;
  description: string;
  field: string;
  districts: string[];
  targetGroups: string[];
  classification: NeedClassification;
  /** Raised by an organisation (by kind, n-th public one) or by a body (key). */
  by: { kind: OrganisationKind; n: number } | { body: string };
  daysAgo: number;
  evidence: string;
  /** Where it ends up beyond assessed: declined (with the reason) or left raised. */
  fate?: { declined: string } | 'raised';
}

const L = NeedClassification.REQUIRED_BY_LAW;
const N = NeedClassification.LOCALLY_NECESSARY;
const W = NeedClassification.DESIRABLE;

/** Twenty needs as the working groups and partners reported them (Herne's classes: law, locally necessary, desirable). */
const needSeeds: NeedSeed[] = [
  {
    key: 'kita',
    title: 'Kita-Plätze für neu zugewanderte Kinder in der Neustadt',
    description:
      'Neu zugewanderte Familien warten in der Neustadt im Schnitt sieben Monate auf einen Kita-Platz; der Rechtsanspruch ab dem ersten Lebensjahr wird nicht erfüllt.',
    field: 'sprache-bildung',
    districts: ['neustadt'],
    targetGroups: ['familien', 'kinder-jugend'],
    classification: L,
    by: { body: 'ag-wohnen' },
    daysAgo: 320,
    evidence: 'Warteliste des Jugendamts (Stand Juni): 64 Kinder aus Familien mit Fluchtgeschichte, davon 41 über sechs Monate.',
  },
  {
    key: 'sprachmittlung',
    title: 'Sprachmittlung in Behörden und Beratungsstellen',
    description:
      'Es fehlt ein verlässlicher, finanzierter Pool an Sprachmittlerinnen und Sprachmittlern für Termine in Ausländerbehörde, Jobcenter und Beratungsstellen.',
    field: 'ankommen',
    districts: [],
    targetGroups: ['bleibeperspektive', 'geduldete'],
    classification: N,
    by: { kind: OrganisationKind.WELFARE_ASSOCIATION, n: 0 },
    daysAgo: 300,
    evidence: 'Abfrage bei 14 Beratungsstellen: 38 % der Termine ohne Sprachmittlung, 120 Termine im Quartal verschoben.',
  },
  {
    key: 'wohnungen',
    title: 'Wohnungen für anerkannte Geflüchtete aus Gemeinschaftsunterkünften',
    description: 'Über 200 anerkannte Geflüchtete leben weiter in Gemeinschaftsunterkünften, weil sie keine Wohnung finden.',
    field: 'wohnen',
    districts: ['kirchberg', 'feldmark'],
    targetGroups: ['bleibeperspektive', 'familien'],
    classification: N,
    by: { body: 'ag-wohnen' },
    daysAgo: 290,
    evidence: 'Belegungsstatistik der Unterkünfte; Auszugsquote 2025 bei 9 %.',
  },
  {
    key: 'berufssprache',
    title: 'Berufsbezogene Sprachkurse mit Kinderbetreuung',
    description: 'Mütter können an Berufssprachkursen kaum teilnehmen, weil es keine kursbegleitende Kinderbetreuung gibt.',
    field: 'sprache-bildung',
    districts: [],
    targetGroups: ['frauen', 'familien'],
    classification: N,
    by: { body: 'ag-arbeit-sprache' },
    daysAgo: 280,
    evidence: 'Abbruchquote bei Teilnehmerinnen mit Kindern unter drei Jahren: 46 % (Träger-Rückmeldung).',
  },
  {
    key: 'psychosozial',
    title: 'Psychosoziale Versorgung traumatisierter Geflüchteter',
    description: 'Die Wartezeit im Psychosozialen Zentrum liegt bei über einem Jahr; niedrigschwellige Stabilisierungsangebote fehlen.',
    field: 'gesundheit',
    districts: [],
    targetGroups: ['bleibeperspektive', 'uma'],
    classification: L,
    by: { kind: OrganisationKind.WELFARE_ASSOCIATION, n: 1 },
    daysAgo: 270,
    evidence: 'Warteliste PSZ: 180 Personen; Versorgungsanspruch nach § 6 AsylbLG.',
  },
  {
    key: 'ehrenamt-begleitung',
    title: 'Fortbildung und Supervision für Ehrenamtliche',
    description: 'Ehrenamtliche in der Flüchtlingshilfe berichten von Überlastung; es fehlen Fortbildungen und Supervision.',
    field: 'engagement',
    districts: [],
    targetGroups: ['ehrenamtliche'],
    classification: W,
    by: { body: 'ag-engagement' },
    daysAgo: 260,
    evidence: 'Umfrage unter 95 Ehrenamtlichen: 61 % wünschen Supervision, 23 % denken ans Aufhören.',
  },
  {
    key: 'anerkennung',
    title: 'Beratung zur Anerkennung ausländischer Berufsabschlüsse',
    description: 'Die Anerkennungsberatung ist nur einmal im Monat vor Ort; Wege zur Landesstelle sind weit.',
    field: 'arbeit',
    districts: [],
    targetGroups: ['bleibeperspektive'],
    classification: N,
    by: { kind: OrganisationKind.PUBLIC_AGENCY, n: 0 },
    daysAgo: 250,
    evidence: '73 Anfragen im Halbjahr, 29 konnten nicht innerhalb von vier Wochen beraten werden.',
  },
  {
    key: 'schulsozialarbeit',
    title: 'Schulsozialarbeit an Schulen mit Willkommensklassen',
    description: 'An vier Schulen mit Willkommensklassen gibt es keine Schulsozialarbeit.',
    field: 'sprache-bildung',
    districts: ['weststadt', 'suedstadt'],
    targetGroups: ['kinder-jugend'],
    classification: N,
    by: { kind: OrganisationKind.EDUCATION_PROVIDER, n: 0 },
    daysAgo: 240,
    evidence: 'Schulamt: 11 Willkommensklassen an 7 Schulen, Schulsozialarbeit an 3.',
  },
  {
    key: 'gewaltschutz',
    title: 'Gewaltschutzkonzepte für alle Gemeinschaftsunterkünfte',
    description: 'Nicht jede Unterkunft hat ein abgestimmtes Gewaltschutzkonzept mit Ansprechpersonen und Rückzugsräumen.',
    field: 'ankommen',
    districts: ['kirchberg', 'feldmark'],
    targetGroups: ['frauen', 'kinder-jugend'],
    classification: L,
    by: { body: 'fg-unterbringung' },
    daysAgo: 230,
    evidence: 'Bestandsaufnahme: 3 von 7 Unterkünften mit Konzept; Mindeststandards des Landes.',
  },
  {
    key: 'soe-beratung',
    title: 'Beratung für Zugewanderte aus Südosteuropa am Hafen',
    description: 'EU-Zugewanderte aus Südosteuropa erreichen die bestehenden Beratungsstellen kaum; aufsuchende Arbeit fehlt.',
    field: 'teilhabe',
    districts: ['am-hafen'],
    targetGroups: ['soe'],
    classification: N,
    by: { body: 'uag-quartier-hafen' },
    daysAgo: 220,
    evidence: 'Quartiersmanagement: 400 gemeldete Personen aus Rumänien und Bulgarien, 12 Beratungskontakte im Quartal.',
  },
  {
    key: 'sportvereine',
    title: 'Geflüchtete Jugendliche in Sportvereinen',
    description: 'Vereinsbeiträge und Ausrüstung halten Jugendliche vom Vereinssport ab.',
    field: 'teilhabe',
    districts: [],
    targetGroups: ['kinder-jugend', 'junge-erwachsene'],
    classification: W,
    by: { kind: OrganisationKind.ASSOCIATION, n: 0 },
    daysAgo: 200,
    evidence: 'Stadtsportbund: 31 Anfragen, 9 Aufnahmen.',
  },
  {
    key: 'arbeitgeber',
    title: 'Ansprechstelle für Arbeitgeber zur Beschäftigung Geflüchteter',
    description: 'Betriebe wissen nicht, wen sie zu Beschäftigungserlaubnis und Förderung fragen können.',
    field: 'arbeit',
    districts: [],
    targetGroups: ['bleibeperspektive', 'geduldete'],
    classification: W,
    by: { body: 'uag-arbeitgeberservice' },
    daysAgo: 190,
    evidence: 'IHK-Umfrage: 58 % der befragten Betriebe kennen keine Ansprechperson.',
  },
  {
    key: 'gesundheitslotsen',
    title: 'Gesundheitslotsinnen und -lotsen in den Unterkünften',
    description: 'Bewohnerinnen und Bewohner finden sich im Gesundheitssystem nicht zurecht; Notaufnahmen werden für Routinefälle genutzt.',
    field: 'gesundheit',
    districts: ['kirchberg'],
    targetGroups: ['bleibeperspektive', 'familien'],
    classification: W,
    by: { kind: OrganisationKind.MIGRANT_ORGANISATION, n: 0 },
    daysAgo: 170,
    evidence: 'Klinikum: 22 % der Notaufnahme-Kontakte aus Unterkünften ohne akuten Befund.',
  },
  {
    key: 'duldung-perspektive',
    title: 'Perspektivberatung für Geduldete',
    description: 'Geduldete erhalten kaum Beratung zu Bleiberechtsregelungen und Ausbildungsduldung.',
    field: 'politik-recht',
    districts: [],
    targetGroups: ['geduldete'],
    classification: N,
    by: { kind: OrganisationKind.WELFARE_ASSOCIATION, n: 2 },
    daysAgo: 150,
    evidence: 'Ausländerbehörde: 310 Geduldete, davon 120 über fünf Jahre.',
  },
  {
    key: 'frauencafe',
    title: 'Treffpunkt für geflüchtete Frauen in der Oststadt',
    description: 'In der Oststadt gibt es keinen geschützten Treffpunkt für Frauen.',
    field: 'teilhabe',
    districts: ['oststadt'],
    targetGroups: ['frauen'],
    classification: W,
    by: { kind: OrganisationKind.MIGRANT_ORGANISATION, n: 1 },
    daysAgo: 130,
    evidence: 'Rückmeldungen aus zwei Sprachkursen und dem Integrationsrat.',
  },
  {
    key: 'digitale-teilhabe',
    title: 'Digitale Teilhabe: Geräte und Hilfe bei Online-Anträgen',
    description: 'Viele Anträge gibt es nur noch online; Geräte und Hilfe fehlen.',
    field: 'teilhabe',
    districts: [],
    targetGroups: ['senioren', 'bleibeperspektive'],
    classification: W,
    by: { kind: OrganisationKind.VOLUNTEER_INITIATIVE, n: 0 },
    daysAgo: 110,
    evidence: 'Stadtbibliothek: 40 Hilfeanfragen pro Woche an der Info-Theke.',
  },
  {
    key: 'uma-uebergang',
    title: 'Übergänge für junge Volljährige aus der Jugendhilfe',
    description: 'Mit 18 endet für viele unbegleitete Geflüchtete die Jugendhilfe, ohne dass Wohnung und Ausbildung gesichert sind.',
    field: 'ankommen',
    districts: [],
    targetGroups: ['uma', 'junge-erwachsene'],
    classification: L,
    by: { kind: OrganisationKind.MUNICIPAL_DEPARTMENT, n: 0 },
    daysAgo: 90,
    evidence: 'Jugendamt: 27 Hilfebeendigungen im Jahr, 11 in Notunterkünfte.',
  },
  {
    key: 'mo-staerkung',
    title: 'Räume und Begleitung für Migrantenorganisationen',
    description: 'Migrantenorganisationen fehlen Räume und hauptamtliche Begleitung, um Angebote verlässlich zu machen.',
    field: 'engagement',
    districts: [],
    targetGroups: [],
    classification: W,
    by: { body: 'integrationsrat' },
    daysAgo: 60,
    evidence: 'Befragung des Verbands der Migrantenorganisationen: 17 von 22 ohne eigene Räume.',
  },
  {
    key: 'nachtbus',
    title: 'Busverbindung von der Unterkunft Feldmark zu den Sprachkursen',
    description: 'Von der Unterkunft Feldmark fährt abends kein Bus; Abendkurse sind nicht erreichbar.',
    field: 'ankommen',
    districts: ['feldmark'],
    targetGroups: [],
    classification: W,
    by: { kind: OrganisationKind.VOLUNTEER_INITIATIVE, n: 1 },
    daysAgo: 40,
    evidence: 'Fahrplan; 15 Abmeldungen aus Abendkursen.',
    fate: { declined: 'Zuständig ist der Verkehrsverbund; die Koordinierungsstelle hat den Bedarf dort eingebracht.' },
  },
  {
    key: 'dolmetsch-app',
    title: 'Übersetzungs-App für Erstgespräche',
    description: 'Vorschlag, eine Übersetzungs-App für Erstgespräche in den Beratungsstellen zu beschaffen.',
    field: 'ankommen',
    districts: [],
    targetGroups: [],
    classification: W,
    by: { kind: OrganisationKind.ASSOCIATION, n: 1 },
    daysAgo: 12,
    evidence: 'Erfahrungen aus einer Nachbarkommune.',
    fate: 'raised',
  },
];

/** Two past rounds decided in steering meetings, and one open now; the keys of the needs each ranked. */
const reviewSeeds = [
  {
    title: 'Prioritätenrunde Frühjahr',
    needs: ['kita', 'sprachmittlung', 'wohnungen', 'berufssprache', 'psychosozial', 'ehrenamt-begleitung'],
    prioritised: 4,
  },
  {
    title: 'Prioritätenrunde Herbst',
    needs: ['anerkennung', 'schulsozialarbeit', 'gewaltschutz', 'soe-beratung', 'sportvereine', 'arbeitgeber', 'psychosozial'],
    prioritised: 3,
  },
  {
    title: 'Prioritätenrunde Winter',
    needs: ['gesundheitslotsen', 'duldung-perspektive', 'frauencafe', 'digitale-teilhabe', 'uma-uebergang', 'mo-staerkung'],
    prioritised: 0,
  },
];

/** Lübeck's criteria: time-limited, a clear goal, networked. */
const criteria = [
  { title: 'Zeitlich begrenzt', description: 'Das Projekt hat einen festen Anfang und ein festes Ende (höchstens zwölf Monate).' },
  { title: 'Klares Ziel', description: 'Das Projekt beschreibt, was am Ende erreicht sein soll und woran man es erkennt.' },
  { title: 'Vernetzt', description: 'Das Projekt wird mit mindestens einem weiteren Akteur des Netzwerks umgesetzt.' },
];

interface ApplicationSeed {
  title: string;
  summary: string;
  applicant: { kind: OrganisationKind; n: number };
  partner?: { kind: OrganisationKind; n: number };
  round: number;
  requested: number;
  /** Approved cents, for funded ones. */
  approved?: number;
  status: ApplicationStatus;
  months: number;
}

const A = ApplicationStatus;
const K = OrganisationKind;

/**
 * A year of the fund in five rounds. Fifteen projects are funded with
 * 52,440.30 € in all (as Herne counted after its first rounds); the rest of
 * the applications are in every other status.
 */
const applicationSeeds: ApplicationSeed[] = [
  {
    title: 'Sprachcafé am Hafen',
    summary: 'Wöchentliches Sprachcafé mit Kinderecke im Nachbarschaftstreff.',
    applicant: { kind: K.MIGRANT_ORGANISATION, n: 0 },
    partner: { kind: K.VOLUNTEER_INITIATIVE, n: 0 },
    round: 1,
    requested: 520000,
    approved: 485050,
    status: A.CLOSED,
    months: 6,
  },
  {
    title: 'Fahrradwerkstatt für alle',
    summary: 'Geflüchtete und Nachbarn reparieren gemeinsam Fahrräder; Verkehrstraining inklusive.',
    applicant: { kind: K.VOLUNTEER_INITIATIVE, n: 1 },
    round: 1,
    requested: 280000,
    approved: 280000,
    status: A.CLOSED,
    months: 8,
  },
  {
    title: 'Interkulturelles Gartenprojekt Weststadt',
    summary: 'Gemeinschaftsgarten mit Beeten für Familien aus der Unterkunft.',
    applicant: { kind: K.ASSOCIATION, n: 0 },
    partner: { kind: K.CHURCH_OR_PARISH, n: 0 },
    round: 1,
    requested: 365000,
    approved: 312075,
    status: A.CLOSED,
    months: 10,
  },
  {
    title: 'Hausaufgabenhilfe in drei Sprachen',
    summary: 'Studierende helfen Schulkindern bei den Hausaufgaben auf Arabisch, Farsi und Ukrainisch.',
    applicant: { kind: K.MIGRANT_ORGANISATION, n: 1 },
    round: 1,
    requested: 510000,
    approved: 448000,
    status: A.REPORT_DUE,
    months: 10,
  },
  {
    title: 'Frauenschwimmkurs',
    summary: 'Schwimmkurs für Frauen mit weiblicher Aufsicht in der Stadthalle.',
    applicant: { kind: K.ASSOCIATION, n: 1 },
    round: 2,
    requested: 190000,
    approved: 190000,
    status: A.REPORT_DUE,
    months: 5,
  },
  {
    title: 'Elterncafé in der Grundschule Süd',
    summary: 'Monatliches Elterncafé mit Sprachmittlung zu Schulthemen.',
    applicant: { kind: K.EDUCATION_PROVIDER, n: 0 },
    partner: { kind: K.MIGRANT_ORGANISATION, n: 2 },
    round: 2,
    requested: 240000,
    approved: 215030,
    status: A.REPORT_DUE,
    months: 9,
  },
  {
    title: 'Theaterprojekt „Angekommen?“',
    summary: 'Jugendliche mit und ohne Fluchtgeschichte erarbeiten ein Stück über das Ankommen.',
    applicant: { kind: K.ASSOCIATION, n: 2 },
    round: 2,
    requested: 650000,
    approved: 650000,
    status: A.APPROVED,
    months: 9,
  },
  {
    title: 'Bewerbungswerkstatt für Frauen',
    summary: 'Sechs Workshops zu Bewerbung, Anerkennung und Kinderbetreuung.',
    applicant: { kind: K.WELFARE_ASSOCIATION, n: 3 },
    round: 2,
    requested: 430000,
    approved: 400000,
    status: A.APPROVED,
    months: 6,
  },
  {
    title: 'Mehrsprachige Stadtteilführungen',
    summary: 'Neuzugewanderte führen durch ihren Stadtteil – auf Deutsch und in ihrer Sprache.',
    applicant: { kind: K.VOLUNTEER_INITIATIVE, n: 2 },
    round: 3,
    requested: 150000,
    approved: 150000,
    status: A.APPROVED,
    months: 4,
  },
  {
    title: 'Kochabende der Kulturen',
    summary: 'Monatliche Kochabende im Gemeindehaus mit Rezeptheft.',
    applicant: { kind: K.CHURCH_OR_PARISH, n: 1 },
    round: 3,
    requested: 175000,
    approved: 160025,
    status: A.APPROVED,
    months: 12,
  },
  {
    title: 'Fußballturnier der Nachbarschaften',
    summary: 'Turnier mit Teams aus Unterkünften, Vereinen und Schulen.',
    applicant: { kind: K.ASSOCIATION, n: 3 },
    partner: { kind: K.MUNICIPAL_DEPARTMENT, n: 1 },
    round: 3,
    requested: 260000,
    approved: 240000,
    status: A.APPROVED,
    months: 3,
  },
  {
    title: 'Lesepatenschaften in der Stadtbibliothek',
    summary: 'Ehrenamtliche lesen mit Kindern und ihren Eltern.',
    applicant: { kind: K.VOLUNTEER_INITIATIVE, n: 3 },
    round: 3,
    requested: 120000,
    approved: 120000,
    status: A.APPROVED,
    months: 12,
  },
  {
    title: 'Näh- und Reparaturtreff',
    summary: 'Offener Treff für Frauen mit Nähmaschinen und Kinderbetreuung.',
    applicant: { kind: K.MIGRANT_ORGANISATION, n: 3 },
    round: 4,
    requested: 300000,
    approved: 287470,
    status: A.APPROVED,
    months: 8,
  },
  {
    title: 'Rechtsberatung zum Aufenthalt',
    summary: 'Monatliche offene Sprechstunde mit einer Fachanwältin.',
    applicant: { kind: K.WELFARE_ASSOCIATION, n: 4 },
    round: 4,
    requested: 980000,
    approved: 900000,
    status: A.APPROVED,
    months: 12,
  },
  {
    title: 'Ferienfreizeit für Jugendliche aus den Unterkünften',
    summary: 'Eine Woche Zeltlager mit Jugendgruppen der Vereine.',
    applicant: { kind: K.CHURCH_OR_PARISH, n: 2 },
    round: 4,
    requested: 420000,
    approved: 406380,
    status: A.APPROVED,
    months: 2,
  },
  {
    title: 'Imagefilm des Netzwerks',
    summary: 'Ein Film über das Netzwerk für die Website.',
    applicant: { kind: K.ASSOCIATION, n: 4 },
    round: 3,
    requested: 890000,
    status: A.REJECTED,
    months: 4,
  },
  {
    title: 'Dauerhafte Stelle Ehrenamtskoordination',
    summary: 'Eine unbefristete halbe Stelle zur Koordination der Ehrenamtlichen.',
    applicant: { kind: K.VOLUNTEER_INITIATIVE, n: 4 },
    round: 4,
    requested: 2400000,
    status: A.REJECTED,
    months: 24,
  },
  {
    title: 'Begegnungsfest im Stadtpark',
    summary: 'Ein Fest der Nachbarschaften mit Bühnenprogramm.',
    applicant: { kind: K.MIGRANT_ORGANISATION, n: 4 },
    partner: { kind: K.ASSOCIATION, n: 0 },
    round: 5,
    requested: 350000,
    status: A.DEFERRED,
    months: 3,
  },
  {
    title: 'Computerkurse für Seniorinnen und Senioren',
    summary: 'Zehn Kurse zu Smartphone und Online-Anträgen in mehreren Sprachen.',
    applicant: { kind: K.VOLUNTEER_INITIATIVE, n: 0 },
    partner: { kind: K.MIGRANT_ORGANISATION, n: 0 },
    round: 5,
    requested: 275050,
    status: A.CHECKED,
    months: 6,
  },
  {
    title: 'Mentoring für Auszubildende',
    summary: 'Berufstätige begleiten Auszubildende mit Fluchtgeschichte ein Jahr lang.',
    applicant: { kind: K.WELFARE_ASSOCIATION, n: 0 },
    partner: { kind: K.EMPLOYER_OR_CHAMBER, n: 0 },
    round: 5,
    requested: 610000,
    status: A.CHECKED,
    months: 12,
  },
  {
    title: 'Chor der Kulturen',
    summary: 'Ein Chor mit Liedern aus den Herkunftsländern der Mitglieder.',
    applicant: { kind: K.ASSOCIATION, n: 5 },
    round: 5,
    requested: 180000,
    status: A.SUBMITTED,
    months: 10,
  },
  {
    title: 'Wegweiser-Karte für Neuzugewanderte',
    summary: 'Eine gedruckte, mehrsprachige Karte mit Beratungsstellen und Ämtern.',
    applicant: { kind: K.MIGRANT_ORGANISATION, n: 2 },
    round: 5,
    requested: 95000,
    status: A.SUBMITTED,
    months: 4,
  },
];

/** The sum the closing note and the tests state: 15 funded projects, 52,440.30 €. */
export const DEMO_FUND_APPROVED_CENTS = applicationSeeds.reduce((sum, a) => sum + (a.approved ?? 0), 0);
export const DEMO_FUND_BUDGET_CENTS = 20_000_000;

export interface DemoSteeringInput {
  concept: IntegrationConcept;
  bodies: Map<string, Body>;
  organisations: readonly Organisation[];
  fields: Map<string, FieldOfAction>;
  districts: Map<string, District>;
  targetGroups: Map<string, TargetGroup>;
  measures: Map<string, Measure>;
}

/**
 * The steering committee's work for the demo city: a previous integration
 * concept beside the current one; twenty needs in all three classes; two
 * past review rounds decided in steering meetings and one open; three
 * mandates with measures; the fund of this year with 200,000.00 €, five
 * rounds and applications in every status. Runs after the meetings exist.
 */
export async function seedDemoSteering(em: EntityManager, factory: Factory, input: DemoSteeringInput, today = new Date()) {
  const random = new Random(20261202);
  const body = (key: string) => {
    const found = input.bodies.get(key);
    if (!found) throw new Error(`demo steering: unknown body ${key}`);
    return found;
  };
  const steering = body('lenkungsgruppe');
  const byKind = (kind: OrganisationKind, n: number) => {
    const list = input.organisations.filter((o) => o.kind === kind && o.visibility === Visibility.PUBLIC && !o.archivedAt);
    const found = list[n % list.length];
    if (!found) throw new Error(`demo steering: no organisation of kind ${kind}`);
    return found;
  };

  // The previous concept and its goals.
  const previous = factory.concept({
    title: 'Integrationskonzept der Stadt Lindenau 2016',
    description: 'Das erste Integrationskonzept nach der Aufnahme vieler Geflüchteter 2015; 2022 vom aktuellen Konzept abgelöst.',
    validFrom: '2016-03-01',
    validTo: '2021-12-31',
    isCurrent: false,
  });
  for (const g of previousGoals)
    factory.goal({ concept: previous, number: g.number, title: g.title, fieldOfAction: input.fields.get(g.field) ?? null });

  // Meetings of the steering committee: past published ones decide, the next one decides the open round.
  const meetings = await em.find(Meeting, { body: steering }, { orderBy: { startsAt: 'asc' } });
  const past = meetings.filter((m) => m.status === MeetingStatus.PUBLISHED && m.startsAt < today);
  const upcoming = meetings.find((m) => m.startsAt > today && m.status !== MeetingStatus.CANCELLED) ?? null;
  if (past.length < 4) throw new Error('demo steering: the steering committee needs four past meetings');
  const members = await em.find(Membership, { body: steering, validTo: null }, { populate: ['person'] });
  const voters = [...new Map(members.map((m) => [m.person.id, m.person])).values()];
  const itemIn = async (meeting: Meeting, title: string, notes: string) => {
    const [last] = await em.find(AgendaItem, { meeting, parent: null }, { orderBy: { position: 'desc' }, limit: 1 });
    return factory.agendaItem(meeting, { title, position: (last?.position ?? 0) + 1, notes });
  };

  // Needs, each with its history up to assessed (or raised, or declined).
  const needs = new Map<string, Need>();
  const step = (need: Need, from: NeedStatus | null, to: NeedStatus, on: string, note: string | null = null) =>
    em.create(NeedStatusChange, {
      need,
      fromStatus: from,
      toStatus: to,
      on,
      note,
      actorName: from ? 'Koordinierungsstelle Lindenau' : null,
    });
  // A need on a decided round was raised and assessed well before the round's meeting.
  const reviewMeetings = [past[0] as Meeting, past[2] as Meeting];
  const earliest = new Map<string, number>();
  reviewSeeds.forEach((r, i) => {
    const meeting = reviewMeetings[i];
    if (!meeting) return;
    const daysBefore = Math.ceil((today.getTime() - meeting.startsAt.getTime()) / DAY);
    r.needs.forEach((key, k) => {
      earliest.set(key, Math.max(earliest.get(key) ?? 0, daysBefore + 40 + 3 * k));
    });
  });
  for (const seed of needSeeds) {
    const daysAgo = Math.max(seed.daysAgo, earliest.get(seed.key) ?? 0);
    const raisedOn = isoDay(daysFrom(today, -daysAgo));
    const need = em.create(Need, {
      title: seed.title,
      description: seed.description,
      fieldOfAction: input.fields.get(seed.field) ?? null,
      classification: seed.classification,
      raisedByOrganisation: 'kind' in seed.by ? byKind(seed.by.kind, seed.by.n) : null,
      raisedByBody: 'body' in seed.by ? body(seed.by.body) : null,
      raisedOn,
      evidence: seed.evidence,
      status: NeedStatus.RAISED,
    });
    need.districts.set(seed.districts.map((d) => input.districts.get(d)).filter((d): d is District => !!d));
    need.targetGroups.set(seed.targetGroups.map((t) => input.targetGroups.get(t)).filter((t): t is TargetGroup => !!t));
    step(need, null, NeedStatus.RAISED, raisedOn);
    if (seed.fate !== 'raised') {
      const assessedOn = isoDay(daysFrom(today, -daysAgo + 10));
      step(need, NeedStatus.RAISED, NeedStatus.ASSESSED, assessedOn);
      need.status = NeedStatus.ASSESSED;
      if (seed.fate && 'declined' in seed.fate) {
        step(need, NeedStatus.ASSESSED, NeedStatus.DECLINED, isoDay(daysFrom(today, -daysAgo + 20)), seed.fate.declined);
        need.status = NeedStatus.DECLINED;
        need.declineReason = seed.fate.declined;
      }
    }
    needs.set(seed.key, need);
  }
  const needOf = (key: string) => needs.get(key) as Need;

  // Review rounds: members rank (a seeded shuffle around the list order), the two past ones are decided.
  const reviews: PriorityReview[] = [];
  for (const [i, seed] of reviewSeeds.entries()) {
    const decidedIn = reviewMeetings[i];
    const closesOn = decidedIn ? isoDay(daysFrom(decidedIn.startsAt, -3)) : isoDay(daysFrom(today, 10));
    const review = em.create(PriorityReview, {
      body: steering,
      title: `${seed.title} ${(decidedIn?.startsAt ?? today).getUTCFullYear()}`,
      description: 'Die Mitglieder der Lenkungsgruppe ordnen die bewerteten Bedarfe nach Dringlichkeit.',
      status: decidedIn ? ReviewStatus.DECIDED : ReviewStatus.OPEN,
      closesOn,
    });
    const listed = seed.needs.map((key) => {
      const need = needOf(key);
      return { need, link: em.create(PriorityReviewNeed, { review, need }) };
    });
    // The open round has some ballots already, not yet the demo member's (the first voter), who may rank in the demo.
    const ballotsFrom = decidedIn ? voters : voters.slice(1, Math.max(2, Math.ceil(voters.length / 2)));
    const tallies = new Map(listed.map((l) => [l.need.id, 0]));
    for (const voter of ballotsFrom) {
      // The list is in the order the office proposed; each member departs from it a little.
      const ranked = listed
        .map((l, position) => ({ l, score: position + random.next() * 3 }))
        .sort((a, b) => a.score - b.score)
        .map((x) => x.l);
      ranked.forEach((l, r) => {
        em.create(PriorityRanking, { review, need: l.need, personId: voter.id, rank: r + 1 });
        tallies.set(l.need.id, (tallies.get(l.need.id) ?? 0) + listed.length - r);
      });
    }
    if (decidedIn) {
      const order = [...listed].sort((a, b) => (tallies.get(b.need.id) ?? 0) - (tallies.get(a.need.id) ?? 0));
      const chosen = order.slice(0, seed.prioritised);
      const item = await itemIn(
        decidedIn,
        `Prioritäten der Handlungsbedarfe (${review.title})`,
        'Die Koordinierungsstelle stellt das Ergebnis der Rangfolge vor. Die Lenkungsgruppe berät die ersten Plätze und legt die Prioritäten fest.',
      );
      const decision = factory.decision(item, {
        text: `Prioritäten aus „${review.title}“: ${chosen.map((l, r) => `${r + 1}. ${l.need.title}`).join('; ')}`,
        result: DecisionResult.ADOPTED,
        votes: [voters.length, 0, 0],
      });
      review.decision = decision;
      review.decidedAt = decidedIn.startsAt;
      const on = isoDay(decidedIn.startsAt);
      chosen.forEach((l, r) => {
        l.link.finalRank = r + 1;
        if (l.need.status === NeedStatus.ASSESSED) {
          step(l.need, NeedStatus.ASSESSED, NeedStatus.PRIORITISED, on, `Priorität ${r + 1} in „${review.title}“`);
          l.need.status = NeedStatus.PRIORITISED;
        }
      });
    }
    reviews.push(review);
  }

  // Mandates for three prioritised needs of the first round; one is done.
  const firstDecision = reviews[0]?.decision ?? null;
  const mandateSeeds = [
    { need: 'sprachmittlung', body: 'ag-arbeit-sprache', title: 'Sprachmittlerpool aufbauen', months: 9, done: false },
    { need: 'wohnungen', body: 'ag-wohnen', title: 'Wohnraumakquise für Auszüge aus Gemeinschaftsunterkünften', months: 6, done: false },
    { need: 'kita', body: 'ag-erstunterstuetzung', title: 'Brückenangebote bis zum Kita-Platz', months: 5, done: true },
  ];
  const issuedOn = isoDay((past[0] as Meeting).startsAt);
  for (const seed of mandateSeeds) {
    const need = needOf(seed.need);
    if (need.status !== NeedStatus.PRIORITISED) continue;
    const target = body(seed.body);
    const mandate = em.create(Mandate, {
      title: seed.title,
      description: `Auftrag der Lenkungsgruppe an ${target.name}: ${need.description ?? need.title}`,
      need,
      body: target,
      issuedBy: steering,
      decisionId: firstDecision?.id ?? null,
      issuedOn,
      dueOn: isoDay(daysFrom(new Date(issuedOn), seed.months * 30)),
      status: seed.done ? MandateStatus.COMPLETED : MandateStatus.OPEN,
    });
    step(need, NeedStatus.PRIORITISED, NeedStatus.MANDATED, issuedOn, `Auftrag an ${target.name}`);
    need.status = NeedStatus.MANDATED;
    if (seed.done) {
      step(need, NeedStatus.MANDATED, NeedStatus.ADDRESSED, isoDay(daysFrom(today, -20)), `Auftrag „${seed.title}“ erledigt`);
      need.status = NeedStatus.ADDRESSED;
    }
    const ofBody = [...input.measures.values()].filter((m) => m.body.id === target.id).slice(0, 3);
    for (const m of ofBody) m.mandate = mandate;
  }

  // The fund of this year: 200,000.00 €, criteria, five rounds.
  const year = today.getUTCFullYear();
  const fund = em.create(Fund, {
    year,
    title: `Integrationsfonds ${year}`,
    description:
      'Kleine Projekte, die Begegnung und Teilhabe in Lindenau fördern. Die Lenkungsgruppe entscheidet in bis zu sechs Antragsrunden im Jahr; Anträge bis 10.000 € je Projekt.',
    budgetCents: DEMO_FUND_BUDGET_CENTS,
    body: steering,
  });
  const fundCriteria = criteria.map((c, i) =>
    em.create(FundCriterion, { fund, position: i + 1, title: c.title, description: c.description }),
  );
  // Rounds 1-4 are decided within this year: in a steering meeting near the date if there is one, else in a
  // special meeting on the fund (Sondersitzung), as Herne's steering group holds them. Round 5 is open now.
  const yearStart = Date.UTC(year, 0, 20);
  const lastDecision = today.getTime() - 14 * DAY;
  const from = lastDecision - yearStart >= 120 * DAY ? yearStart : lastDecision - 120 * DAY;
  const decisionMeetings: (Meeting | null)[] = [0, 1, 2, 3].map((i) => {
    const day = new Date(from + ((i + 0.5) * (lastDecision - from)) / 4);
    const near = past.find((m) => Math.abs(m.startsAt.getTime() - day.getTime()) < 25 * DAY);
    if (near) return near;
    const special = factory.meeting(steering, {
      title: 'Sondersitzung Integrationsfonds',
      startsAt: new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 15, 0)),
      minutes: 90,
      status: MeetingStatus.PUBLISHED,
      location: 'Rathaus, Raum 214',
      approvedByName: 'Lenkungsgruppe',
    });
    return special;
  });
  decisionMeetings.push(upcoming);
  const rounds = decisionMeetings.map((meeting, i) =>
    em.create(FundRound, {
      fund,
      number: i + 1,
      title: `${i + 1}. Antragsrunde`,
      deadline: isoDay(meeting ? daysFrom(meeting.startsAt, -21) : daysFrom(today, 14)),
      decisionMeeting: meeting,
    }),
  );
  if (upcoming) (rounds[4] as FundRound).deadline = isoDay(daysFrom(today, 10));
  const roundItems = new Map<number, AgendaItem>();
  const affiliations = await em.find(Affiliation, { person: { $in: voters.map((v) => v.id) }, validTo: null });
  const euros = (cents: number) => new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' }).format(cents / 100);

  for (const seed of applicationSeeds) {
    const round = rounds[seed.round - 1] as FundRound;
    // A deferred application was first on the round before.
    const decidedRound = seed.status === A.DEFERRED ? (rounds[seed.round - 2] as FundRound) : round;
    const applicant = byKind(seed.applicant.kind, seed.applicant.n);
    const partner = seed.partner ? byKind(seed.partner.kind, seed.partner.n) : null;
    const submittedAt = daysFrom(new Date(`${decidedRound.deadline}T10:00:00Z`), -random.int(3, 20));
    const start = daysFrom(new Date(`${decidedRound.deadline}T00:00:00Z`), 45);
    const application = em.create(FundApplication, {
      fund,
      round,
      applicant,
      projectTitle: seed.title,
      summary: seed.summary,
      requestedCents: seed.requested,
      approvedCents: seed.approved ?? null,
      periodStart: isoDay(start),
      periodEnd: isoDay(daysFrom(start, seed.months * 30)),
      status: seed.status,
      isPublic: seed.title !== 'Rechtsberatung zum Aufenthalt',
      submittedAt,
      reportDueOn: seed.status === A.REPORT_DUE || seed.status === A.CLOSED ? isoDay(daysFrom(start, seed.months * 30 + 60)) : null,
    });
    if (partner && partner.id !== applicant.id) application.partners.add(partner);
    for (const [i, criterion] of fundCriteria.entries())
      em.create(FundApplicationAnswer, {
        application,
        criterion,
        answer: [
          `Laufzeit ${seed.months} Monate, vom ${application.periodStart} bis ${application.periodEnd}.`,
          seed.summary,
          partner ? `Gemeinsam mit ${partner.name}.` : 'Mit den Nachbarschaftstreffs im Stadtteil.',
        ][i] as string,
      });
    const history: [ApplicationStatus | null, ApplicationStatus, string][] = [[null, A.SUBMITTED, isoDay(submittedAt)]];
    const checkedOn = decidedRound.deadline;
    if (seed.status !== A.SUBMITTED) history.push([A.SUBMITTED, A.CHECKED, checkedOn]);
    // Members acting for the applicant or a partner are recused once it is checked.
    const recused =
      seed.status === A.SUBMITTED
        ? []
        : voters.filter((v) => affiliations.some((a) => a.person.id === v.id && [applicant.id, partner?.id].includes(a.organisation.id)));
    for (const person of recused)
      em.create(FundRecusal, {
        application,
        personId: person.id,
        reason: `Handelt für ${affiliations.find((a) => a.person.id === person.id && [applicant.id, partner?.id].includes(a.organisation.id))?.organisation.name ?? applicant.name}`,
      });
    const decided = [A.APPROVED, A.REJECTED, A.DEFERRED, A.REPORT_DUE, A.CLOSED].includes(seed.status);
    if (decided && decidedRound.decisionMeeting) {
      let item = roundItems.get(decidedRound.number);
      if (!item) {
        item = await itemIn(
          decidedRound.decisionMeeting,
          `Integrationsfonds: Anträge der ${decidedRound.title}`,
          'Die Koordinierungsstelle hat die Anträge formal geprüft. Die Antragstellenden stellen ihre Projekte kurz vor; befangene Mitglieder nehmen an Beratung und Abstimmung nicht teil.',
        );
        roundItems.set(decidedRound.number, item);
      }
      const outcome =
        seed.status === A.REJECTED
          ? 'abgelehnt'
          : seed.status === A.DEFERRED
            ? 'in die nächste Runde vertagt'
            : `bewilligt mit ${euros(seed.approved ?? 0)}`;
      const eligible = voters.length - recused.length;
      const against = seed.status === A.REJECTED ? Math.ceil(eligible / 2) + 1 : random.int(0, 1);
      application.decision = factory.decision(item, {
        text: `Antrag „${seed.title}“ (${applicant.name}): ${outcome}`,
        result:
          seed.status === A.DEFERRED
            ? DecisionResult.DEFERRED
            : seed.status === A.REJECTED
              ? DecisionResult.REJECTED
              : DecisionResult.ADOPTED,
        votes: [Math.max(0, eligible - against - 1), Math.min(against, eligible), eligible > 1 ? 1 : 0],
        recused: recused.map((person) => ({ person, reason: 'Befangen: handelt für den Antragsteller oder einen Partner' })),
      });
      const on = isoDay(decidedRound.decisionMeeting.startsAt);
      const outcomeStatus = seed.status === A.REPORT_DUE || seed.status === A.CLOSED ? A.APPROVED : seed.status;
      history.push([A.CHECKED, outcomeStatus, on]);
      if (seed.status === A.REPORT_DUE || seed.status === A.CLOSED)
        history.push([A.APPROVED, A.REPORT_DUE, isoDay(daysFrom(new Date(on), 30))]);
      if (seed.status === A.CLOSED) history.push([A.REPORT_DUE, A.CLOSED, isoDay(daysFrom(today, -random.int(5, 40)))]);
    }
    if (seed.status === A.CHECKED)
      for (const voter of voters.slice(1, 3))
        if (!recused.includes(voter)) em.create(FundVote, { application, personId: voter.id, choice: FundVoteChoice.FOR });
    for (const [from, to, on] of history)
      em.create(FundApplicationStatusChange, {
        application,
        fromStatus: from,
        toStatus: to,
        on,
        note: null,
        actorName: 'Koordinierungsstelle Lindenau',
      });
  }
  if (DEMO_FUND_APPROVED_CENTS !== 5_244_030)
    throw new Error(`demo fund: approved ${formatCents(DEMO_FUND_APPROVED_CENTS)} is not 52440.30`);
  return { needs: needs.size, reviews: reviews.length, fundApproved: DEMO_FUND_APPROVED_CENTS };
}
