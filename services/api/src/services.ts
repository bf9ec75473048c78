import { LoginThrottle } from './auth/login-throttle.js';
import { SessionService } from './auth/session.service.js';
import type { Config } from './config/config.js';
import type { Mailer } from './mail/mailer.js';
import { AuditService } from './modules/audit/audit.service.js';
import { OrganisationService } from './modules/organisation/organisation.service.js';
import { PersonService } from './modules/person/person.service.js';
import { ReferenceService } from './modules/reference/reference.service.js';
import { UserService } from './modules/user/user.service.js';

/** Every service, built once per process; they hold no request state. */
export function createServices(config: Config, mailer: Mailer) {
  const audit = new AuditService();
  const sessions = new SessionService(config.sessionTtlHours);
  const references = new ReferenceService(audit);
  return {
    audit,
    sessions,
    references,
    organisations: new OrganisationService(config, audit, references),
    people: new PersonService(audit),
    users: new UserService(config, audit, sessions, new LoginThrottle(config.login.maxAttempts, config.login.windowSeconds), mailer),
  };
}

export type Services = ReturnType<typeof createServices>;
