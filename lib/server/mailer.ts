import "server-only";
// Outgoing e-mail: SMTP when SMTP_URL is set; otherwise the message is written
// to the server log (a development convenience the README describes).
import nodemailer from "nodemailer";
import { env } from "@/lib/env";
import { log } from "@/lib/log";

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

let transport: nodemailer.Transporter | undefined;

export async function sendMail(mail: Mail): Promise<void> {
  if (!env.SMTP_URL) {
    // Printed on purpose: without SMTP this line is how a reset link reaches anyone.
    process.stdout.write(
      JSON.stringify({ ts: new Date().toISOString(), level: "info", event: "mail.outbox", ...mail }) + "\n",
    );
    return;
  }
  transport ??= nodemailer.createTransport(env.SMTP_URL);
  await transport.sendMail({ from: env.MAIL_FROM, ...mail });
  log("info", "mail.sent", { subject: mail.subject });
}
