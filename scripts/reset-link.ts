// `npm run admin:reset-link -- --email user@example.com`: prints a one-time
// password-reset link (valid for an hour) for an operator to pass on, where no
// SMTP is configured and reset e-mails are not written to the log.
import { parseArgs } from "node:util";
import { database } from "@/lib/db";
import { publicUrl } from "@/lib/env";
import { migrate } from "@/lib/server/migrate";
import { issueResetLinkFor } from "@/lib/server/password-reset";
import { zEmail } from "@/lib/validations/fields";

async function main() {
  const { values } = parseArgs({ options: { email: { type: "string" } } });
  const email = zEmail.safeParse(values.email ?? "");
  if (!email.success) throw new Error("Usage: npm run admin:reset-link -- --email user@example.com");
  await migrate();
  const link = await issueResetLinkFor(email.data, publicUrl);
  await database().close();
  if (!link) throw new Error(`No active account with the e-mail ${email.data}.`);
  process.stdout.write(`${link}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
});
