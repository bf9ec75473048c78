import type { Actor } from '../auth/actor.js';
import { AgreementReadModel } from '../modules/agreement/agreement.read.js';
import { AuditReadModel } from '../modules/audit/audit.read.js';
import { BodyReadModel } from '../modules/body/body.read.js';
import { FundReadModel } from '../modules/fund/fund.read.js';
import { GoalReadModel } from '../modules/goal/goal.read.js';
import { MeasureReadModel } from '../modules/measure/measure.read.js';
import { MeetingReadModel } from '../modules/meeting/meeting.read.js';
import { MembershipReadModel } from '../modules/membership/membership.read.js';
import { NetworkReadModel } from '../modules/network/network.read.js';
import { OfferReadModel } from '../modules/offer/offer.read.js';
import { OrganisationReadModel } from '../modules/organisation/organisation.read.js';
import { OverviewReadModel } from '../modules/overview/overview.read.js';
import { PersonReadModel } from '../modules/person/person.read.js';
import { PersonalDataReadModel } from '../modules/personal-data/personal-data.read.js';
import { ReferenceReadModel } from '../modules/reference/reference.read.js';
import { ReferralReadModel } from '../modules/referral/referral.read.js';
import { SteeringReadModel } from '../modules/steering/steering.read.js';
import { TaskReadModel } from '../modules/task/task.read.js';
import { UserReadModel } from '../modules/user/user.read.js';
import { VolunteeringReadModel } from '../modules/volunteering/volunteering.read.js';
import type { ReadContext } from './read-context.js';

/**
 * Every read model of one request, created on first use. Resolvers read
 * through these only; each applies its record type's read rule in SQL and
 * returns GraphQL objects, never ORM entities.
 */
export class ReadModels {
  #references?: ReferenceReadModel;
  #organisations?: OrganisationReadModel;
  #offers?: OfferReadModel;
  #people?: PersonReadModel;
  #bodies?: BodyReadModel;
  #memberships?: MembershipReadModel;
  #goals?: GoalReadModel;
  #measures?: MeasureReadModel;
  #agreements?: AgreementReadModel;
  #users?: UserReadModel;
  #audit?: AuditReadModel;
  #meetings?: MeetingReadModel;
  #tasks?: TaskReadModel;
  #network?: NetworkReadModel;
  #steering?: SteeringReadModel;
  #overview?: OverviewReadModel;
  #funds?: FundReadModel;
  #referrals?: ReferralReadModel;

  #volunteering?: VolunteeringReadModel;
  #personalData?: PersonalDataReadModel;

  constructor(readonly context: ReadContext) {}

  get references() {
    this.#references ??= new ReferenceReadModel(this.context);
    return this.#references;
  }
  get organisations() {
    this.#organisations ??= new OrganisationReadModel(this);
    return this.#organisations;
  }
  get offers() {
    this.#offers ??= new OfferReadModel(this);
    return this.#offers;
  }
  get people() {
    this.#people ??= new PersonReadModel(this);
    return this.#people;
  }
  get bodies() {
    this.#bodies ??= new BodyReadModel(this);
    return this.#bodies;
  }
  get memberships() {
    this.#memberships ??= new MembershipReadModel(this);
    return this.#memberships;
  }
  get goals() {
    this.#goals ??= new GoalReadModel(this);
    return this.#goals;
  }
  get measures() {
    this.#measures ??= new MeasureReadModel(this);
    return this.#measures;
  }
  get agreements() {
    this.#agreements ??= new AgreementReadModel(this);
    return this.#agreements;
  }
  get users() {
    this.#users ??= new UserReadModel(this);
    return this.#users;
  }
  get audit() {
    this.#audit ??= new AuditReadModel(this);
    return this.#audit;
  }
  get network() {
    this.#network ??= new NetworkReadModel(this);
    return this.#network;
  }
  get steering() {
    this.#steering ??= new SteeringReadModel(this);
    return this.#steering;
  }
  get overview() {
    this.#overview ??= new OverviewReadModel(this);
    return this.#overview;
  }
  get funds() {
    this.#funds ??= new FundReadModel(this);
    return this.#funds;
  }
  get referrals() {
    this.#referrals ??= new ReferralReadModel(this);
    return this.#referrals;
  }
  get volunteering() {
    this.#volunteering ??= new VolunteeringReadModel(this);
    return this.#volunteering;
  }
  get personalData() {
    this.#personalData ??= new PersonalDataReadModel(this);
    return this.#personalData;
  }
  get meetings() {
    this.#meetings ??= new MeetingReadModel(this);
    return this.#meetings;
  }
  get tasks() {
    this.#tasks ??= new TaskReadModel(this);
    return this.#tasks;
  }

  /** The actor these reads are for. */
  get actor(): Actor {
    return this.context.actor;
  }

  /** After a write: forget what was read, so the answer shows the change. */
  refresh(): this {
    this.context.forget();
    return this;
  }

  /** New reads for the same actor with a fresh time budget: each event of a subscription reads anew. */
  renewed(): ReadModels {
    return new ReadModels(this.context.renewed());
  }

  /** The same reads for another actor, e.g. the account a login has just opened a session for. */
  as(actor: Actor): ReadModels {
    return new ReadModels(this.context.as(actor));
  }
}
