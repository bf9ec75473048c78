import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { Config } from '../config/config.js';
import type { Logger } from '../logging/logger.js';

/** A file sent along with a mail, such as an invitation's `.ics`. */
export interface MailAttachment {
  filename: string;
  content: string | Buffer;
  /** The full MIME type, parameters included: `text/calendar; method=REQUEST; charset=utf-8`. */
  contentType: string;
}

export interface Mail {
  to: string;
  subject: string;
  text: string;
  attachments?: MailAttachment[];
}

/** Sends mail through SMTP when configured, otherwise writes it to the outbox folder for development. */
export interface Mailer {
  send(mail: Mail): Promise<void>;
}

/**
 * The mailer of the configuration. Mail texts carry single-use links (invitations,
 * password resets), so the log names only recipient, subject and outbox file,
 * never the text. Failures are logged here, then passed on.
 */
export function createMailer(config: Config['mail'], logger: Logger): Mailer {
  const deliver = config.smtpUrl ? smtpDelivery(config, config.smtpUrl) : outboxDelivery(config);
  return {
    async send(mail) {
      try {
        const file = await deliver(mail);
        if (file) logger.info({ to: mail.to, subject: mail.subject, file }, 'mail written to outbox (no SMTP configured)');
        else logger.info({ to: mail.to, subject: mail.subject }, 'mail sent');
      } catch (error) {
        logger.error({ to: mail.to, subject: mail.subject, err: { message: (error as Error).message } }, 'mail could not be sent');
        throw error;
      }
    },
  };
}

function smtpDelivery(config: Config['mail'], smtpUrl: string) {
  const transport = nodemailer.createTransport(smtpUrl);
  return async (mail: Mail): Promise<undefined> => {
    await transport.sendMail(message(config, mail));
  };
}

/** The message nodemailer composes, for SMTP and for the outbox alike. */
function message(config: Config['mail'], mail: Mail) {
  return {
    from: config.from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    attachments: mail.attachments?.map((a) => ({ filename: a.filename, content: a.content, contentType: a.contentType })),
  };
}

/**
 * Without SMTP the outbox folder is the delivery: development only. Returns
 * the file written. A mail with attachments is written as the multipart MIME
 * message SMTP would carry; a plain one as readable text, so its links can be
 * copied (MIME would wrap them in quoted-printable).
 */
function outboxDelivery(config: Config['mail']) {
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return async (mail: Mail): Promise<string> => {
    await mkdir(config.outboxDir, { recursive: true });
    const file = path.join(
      config.outboxDir,
      `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(3).toString('hex')}-${mail.to.replace(/[^\w.@-]/g, '_')}.eml`,
    );
    const body = mail.attachments?.length
      ? (await composer.sendMail(message(config, mail))).message
      : `From: ${config.from}\nTo: ${mail.to}\nSubject: ${mail.subject}\nContent-Type: text/plain; charset=utf-8\n\n${mail.text}\n`;
    await writeFile(file, body);
    return file;
  };
}
