import "server-only";
// The e-mail that goes with an in-app notice, in each recipient's language,
// sent after the notice's transaction committed. A failed send is logged; the
// notice stays.
import { createTranslator } from "next-intl";
import { db } from "@/lib/db";
import { isLocale, type AppLocale } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/messages";
import { logError } from "@/lib/log";
import { sendMail } from "@/lib/server/mailer";

/** Catalogue keys of the subject and the body, e.g. "postings.mail.expiringSubject". */
export interface MailKeys {
  subject: string;
  body: string;
}

/** Mails each active user; `values` gives the placeholders in the user's language. */
export async function mailUsers(userIds: string[], keys: MailKeys, values: (locale: AppLocale) => Record<string, string | number>): Promise<void> {
  if (userIds.length === 0) return;
  const users = await db.user.findMany({ where: { id: { in: userIds }, disabled: false }, select: { email: true, locale: true } });
  for (const user of users) {
    const locale = isLocale(user.locale) ? user.locale : "en";
    const t = createTranslator({ locale, messages: await loadMessages(locale) }) as unknown as (key: string, values: Record<string, string | number>) => string;
    const v = values(locale);
    await sendMail({ to: user.email, subject: t(keys.subject, v), text: t(keys.body, v) }).catch((error: unknown) => logError("mail.failed", error));
  }
}
