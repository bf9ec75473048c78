import type { Config } from '../../config/config.js';
import type { EntityManager } from '../../db/orm.js';
import type { Logger } from '../../logging/logger.js';
import type { Mail, Mailer } from '../../mail/mailer.js';
import { type CalendarRow, toCalendarMeeting } from './calendar.read.js';
import { berlinShortDate, berlinTime, meetingWhen } from './meeting.format.js';
import { type CalendarMeeting, type CalendarMethod, calendarContentType, meetingCalendar, meetingPageUrl } from './meeting.ics.js';

/** What invitees are told about: the invitation, a changed time or place, the cancellation. */
export type InvitationChange = 'INVITED' | 'UPDATED' | 'CANCELLED';

type MailConfig = Pick<Config, 'publicUrl' | 'host' | 'port'> & { mail: Pick<Config['mail'], 'from'> };

/** An invitee with the address mail goes to. */
interface Recipient {
  name: string;
  email: string;
}

const texts: Record<InvitationChange, { subject: string; file: string; method: CalendarMethod; opening: (m: CalendarMeeting) => string }> =
  {
    INVITED: {
      subject: 'Einladung',
      file: 'einladung.ics',
      method: 'REQUEST',
      opening: (m) => `Sie sind zur Sitzung „${m.title}“ (${m.bodyName}) eingeladen.`,
    },
    UPDATED: {
      subject: 'Geänderter Termin',
      file: 'aenderung.ics',
      method: 'REQUEST',
      opening: (m) => `Zeit oder Ort der Sitzung „${m.title}“ (${m.bodyName}) haben sich geändert. Es gilt jetzt:`,
    },
    CANCELLED: {
      subject: 'Abgesagt',
      file: 'absage.ics',
      method: 'CANCEL',
      opening: (m) => `Die Sitzung „${m.title}“ (${m.bodyName}) ist abgesagt.`,
    },
  };

/**
 * Mails to a meeting's invitees: one per person, in German, with the
 * meeting as an `.ics` (REQUEST for invitations and updates, CANCEL for
 * cancellations) that carries only that invitee as ATTENDEE.
 *
 * The meeting service calls `send` after its transaction has committed. It
 * reads what it needs, hands the mails to a queue that delivers them one
 * after another in the background, and never throws: a failed mail is
 * logged and never undoes the change, nor holds up the answer to it.
 */
export class MeetingMails {
  private fork: (() => EntityManager) | undefined;
  private logger: Logger | undefined;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly config: MailConfig,
    private readonly mailer: Mailer,
  ) {}

  /** Gives the mails the database and the log; the server does so when it starts. Before that, nothing is mailed. */
  connect(fork: () => EntityManager, logger: Logger): void {
    this.fork = fork;
    this.logger = logger;
  }

  /** Tells the invited people of the meeting about the change: all of them, or only `personIds` (newly invited ones). */
  async send(meetingId: string, change: InvitationChange, personIds?: readonly string[]): Promise<void> {
    const { fork, logger } = this;
    if (!fork || !logger) return;
    let mails: Mail[];
    try {
      mails = await this.compose(fork(), meetingId, change, logger, personIds);
    } catch (error) {
      logger.error({ meetingId, change, err: { message: (error as Error).message } }, 'meeting mails could not be prepared');
      return;
    }
    this.queue = this.queue.then(() => this.deliver(mails));
  }

  /** Resolves once every mail handed over so far is sent or has failed (for tests and shutdown). */
  idle(): Promise<void> {
    return this.queue;
  }

  private async deliver(mails: readonly Mail[]): Promise<void> {
    for (const mail of mails) {
      try {
        await this.mailer.send(mail);
      } catch {
        // The mailer has logged it (recipient and subject); the others still go out.
      }
    }
  }

  private async compose(
    em: EntityManager,
    meetingId: string,
    change: InvitationChange,
    logger: Logger,
    personIds?: readonly string[],
  ): Promise<Mail[]> {
    const [row] = await em.execute<CalendarRow[]>(
      `select m.id, m.title, m.starts_at, m.ends_at, m.location, m.online_url, m.status, m.cancel_reason, m.ical_sequence,
              m.created_at, m.updated_at, b.name as body_name, o.name as organiser_name
         from meeting m join body b on b.id = m.body_id left join organisation o on o.id = m.organiser_id
        where m.id = ?`,
      [meetingId],
    );
    if (!row) return [];
    const meeting = toCalendarMeeting(row);
    const recipients = (await this.recipients(em, meetingId)).filter((r) => !personIds || personIds.includes(r.personId));
    const unreachable = recipients.filter((r) => !r.email).length;
    // Counts only: names and addresses stay out of the log.
    if (unreachable) logger.info({ meetingId, change, unreachable }, 'invitees without an email address were not mailed');
    const text = texts[change];
    const seen = new Set<string>();
    const mails: Mail[] = [];
    for (const recipient of recipients) {
      if (!recipient.email || seen.has(recipient.email.toLowerCase())) continue;
      seen.add(recipient.email.toLowerCase());
      const ics = meetingCalendar(this.config, [meeting], { method: text.method, attendee: recipient as Recipient });
      mails.push({
        to: recipient.email,
        subject: `${text.subject}: ${meeting.bodyName} – ${meeting.title} am ${berlinShortDate(meeting.startsAt)}, ${berlinTime(meeting.startsAt)} Uhr`,
        text: this.body(meeting, change, recipient.name),
        attachments: [{ filename: text.file, content: ics, contentType: calendarContentType(text.method) }],
      });
    }
    return mails;
  }

  /**
   * The invited participants with their address: the email of their active
   * account, else the first EMAIL contact channel of their person record.
   */
  private async recipients(em: EntityManager, meetingId: string): Promise<{ personId: string; name: string; email: string | null }[]> {
    const rows = await em.execute<{ id: string; given_name: string; family_name: string; email: string | null }[]>(
      `select p.id, p.given_name, p.family_name,
              coalesce(
                (select u.email from app_user u where u.person_id = p.id and u.disabled_at is null order by u.created_at limit 1),
                (select c.value ->> 'value' from jsonb_array_elements(p.contact_channels) with ordinality as c(value, n)
                  where c.value ->> 'kind' = 'EMAIL' and coalesce(c.value ->> 'value', '') <> '' order by c.n limit 1)
              ) as email
         from meeting_participant mp join person p on p.id = mp.person_id
        where mp.meeting_id = ? and mp.invited and p.archived_at is null
        order by p.family_name, p.given_name, p.id`,
      [meetingId],
    );
    return rows.map((r) => ({ personId: r.id, name: `${r.given_name} ${r.family_name}`, email: r.email?.trim() || null }));
  }

  private body(meeting: CalendarMeeting, change: InvitationChange, name: string): string {
    const lines = [`Guten Tag ${name},`, '', texts[change].opening(meeting), ''];
    lines.push(`Wann: ${meetingWhen(meeting.startsAt, meeting.endsAt)}`);
    if (meeting.location) lines.push(`Wo: ${meeting.location}`);
    if (meeting.onlineUrl) lines.push(`Online: ${meeting.onlineUrl}`);
    if (meeting.organiserName) lines.push(`Gastgeber: ${meeting.organiserName}`);
    if (change === 'CANCELLED' && meeting.cancelReason) lines.push(`Grund: ${meeting.cancelReason}`);
    lines.push('', `Zur Sitzung: ${meetingPageUrl(this.config, meeting.id)}`, '');
    lines.push(
      change === 'CANCELLED'
        ? 'Die angehängte Kalenderdatei entfernt den Termin aus Ihrem Kalender.'
        : 'Mit der angehängten Kalenderdatei übernehmen Sie den Termin in Ihren Kalender.',
    );
    return `${lines.join('\n')}\n`;
  }
}
