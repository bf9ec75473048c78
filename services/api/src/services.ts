import { LoginThrottle } from './auth/login-throttle.js';
import { PasswordResetThrottle } from './auth/reset-throttle.js';
import { SessionService } from './auth/session.service.js';
import type { ThrottleStore } from './auth/throttle-store.js';
import type { Config } from './config/config.js';
import type { Mailer } from './mail/mailer.js';
import { AgreementService } from './modules/agreement/agreement.service.js';
import { AuditService } from './modules/audit/audit.service.js';
import { BodyService } from './modules/body/body.service.js';
import { FundService } from './modules/fund/fund.service.js';
import { GoalService } from './modules/goal/goal.service.js';
import { MeasureService } from './modules/measure/measure.service.js';
import { AgendaService } from './modules/meeting/agenda.service.js';
import { MeetingMails } from './modules/meeting/meeting.mail.js';
import { MeetingService } from './modules/meeting/meeting.service.js';
import { NotesService } from './modules/meeting/notes.service.js';
import { MembershipService } from './modules/membership/membership.service.js';
import { NetworkMetrics } from './modules/network/network.metrics.js';
import { OfferService } from './modules/offer/offer.service.js';
import { OrganisationService } from './modules/organisation/organisation.service.js';
import { PersonService } from './modules/person/person.service.js';
import { PersonalDataService } from './modules/personal-data/personal-data.service.js';
import { ReferenceService } from './modules/reference/reference.service.js';
import { ReferralService } from './modules/referral/referral.service.js';
import { SteeringService } from './modules/steering/steering.service.js';
import { TaskService } from './modules/task/task.service.js';
import { CalendarFeedService } from './modules/user/calendar-feed.service.js';
import { PasswordResetService } from './modules/user/password-reset.service.js';
import { UserService } from './modules/user/user.service.js';
import { VolunteeringService } from './modules/volunteering/volunteering.service.js';
import { VolunteerInterestThrottle } from './modules/volunteering/volunteering.throttle.js';
import type { LiveEvents } from './realtime/live-events.js';
import { DocumentStore } from './storage/document-store.js';
import { DocumentService } from './storage/documents.js';

/**
 * Every service, built once per process; they hold no request state. Throttling
 * counters live in `throttleStore`, which several processes may share; live
 * events reach the other processes through `live`'s bus.
 */
export function createServices(config: Config, mailer: Mailer, throttleStore: ThrottleStore, live: LiveEvents) {
  const audit = new AuditService();
  const sessions = new SessionService(config.sessionTtlHours);
  const references = new ReferenceService(audit);
  const meetingMails = new MeetingMails(config, mailer);
  const bodies = new BodyService(audit, references);
  const documents = new DocumentService(new DocumentStore(config.documents.dir, config.documents.maxBytes));
  return {
    audit,
    sessions,
    references,
    organisations: new OrganisationService(audit, references, live),
    offers: new OfferService(audit, references, live),
    people: new PersonService(audit),
    users: new UserService(config, audit, sessions, new LoginThrottle(throttleStore, config.login), mailer),
    passwordResets: new PasswordResetService(config, audit, sessions, new PasswordResetThrottle(throttleStore, config.login), mailer),
    goals: new GoalService(audit, references),
    bodies,
    memberships: new MembershipService(audit),
    measures: new MeasureService(audit),
    agreements: new AgreementService(audit, documents),
    live,
    meetingMails,
    meetings: new MeetingService(audit, live, (meetingId, change, personIds) => meetingMails.send(meetingId, change, personIds)),
    calendarFeeds: new CalendarFeedService(config, audit),
    agenda: new AgendaService(audit, live),
    notes: new NotesService(live),
    tasks: new TaskService(audit, live),
    network: new NetworkMetrics(),
    steering: new SteeringService(audit, references, bodies, live, documents),
    funds: new FundService(audit, live, documents),
    volunteering: new VolunteeringService(audit, references, mailer, new VolunteerInterestThrottle(throttleStore)),
    personalData: new PersonalDataService(audit, sessions),
    referrals: new ReferralService(audit),
  };
}

export type Services = ReturnType<typeof createServices>;
