import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { Config } from '../config/config.js';
import type { Logger } from '../logging/logger.js';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** Sends mail through SMTP when configured, otherwise writes it to the outbox folder for development. */
export interface Mailer {
  send(mail: Mail): Promise<void>;
}

export function createMailer(config: Config['mail'], logger: Logger): Mailer {
  if (config.smtpUrl) {
    const transport = nodemailer.createTransport(config.smtpUrl);
    return {
      async send(mail) {
        await transport.sendMail({ from: config.from, ...mail });
        logger.info({ to: mail.to, subject: mail.subject }, 'mail sent');
      },
    };
  }
  return {
    async send(mail) {
      await mkdir(config.outboxDir, { recursive: true });
      const file = path.join(
        config.outboxDir,
        `${new Date().toISOString().replace(/[:.]/g, '-')}-${mail.to.replace(/[^\w.@-]/g, '_')}.eml`,
      );
      const body = `From: ${config.from}\nTo: ${mail.to}\nSubject: ${mail.subject}\nContent-Type: text/plain; charset=utf-8\n\n${mail.text}\n`;
      await writeFile(file, body);
      // Without SMTP the outbox and this log line are the delivery: development only.
      logger.info({ to: mail.to, subject: mail.subject, file, text: mail.text }, 'mail written to outbox (no SMTP configured)');
    },
  };
}
