import "server-only";
// Outgoing e-mail: SMTP when SMTP_URL is set. Without SMTP, the message is
// written to the log only where that is safe or asked for (MAIL_TO_LOG: on by
// default on the embedded database, off with DATABASE_URL), because a
// password-reset e-mail in a shared production log is a key to the account.
// Otherwise it is dropped with a warning; README "Password resets without
// SMTP" says how an operator gets a reset link then.
import nodemailer from "nodemailer";
import { env, mailToLog } from "@/lib/env";
import { log } from "@/lib/log";

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

let transport: nodemailer.Transporter | undefined;

export async function sendMail(mail: Mail): Promise<void> {
  if (!env.SMTP_URL) {
    if (!mailToLog) {
      log("warn", "mail.not_sent", { reason: "no SMTP_URL, MAIL_TO_LOG off", subject: mail.subject });
      return;
    }
    // Printed on purpose (the log's secret filter would hide the link): this line is how the e-mail reaches anyone.
    process.stdout.write(
      JSON.stringify({ ts: new Date().toISOString(), level: "info", event: "mail.outbox", ...mail }) + "\n",
    );
    return;
  }
  transport ??= nodemailer.createTransport(env.SMTP_URL);
  await transport.sendMail({ from: env.MAIL_FROM, ...mail });
  log("info", "mail.sent", { subject: mail.subject });
}
