// `npm run admin:create -- --email a@b.c --name "Ann"`: make an admin (the
// first one on PostgreSQL, where no demo accounts exist). The password is read
// from ADMIN_PASSWORD or asked for on the terminal, never taken as an argument.
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { database } from "@/lib/db";
import { migrate } from "@/lib/server/migrate";
import { hashPassword } from "@/lib/server/passwords";
import { createAdmin } from "@/lib/server/users";
import { zEmail, zNewPassword, zPersonName } from "@/lib/validations/fields";
import errors from "@/lib/i18n/messages/en/errors.json";

/** The English text of a catalogue key such as "errors.password.tooShort". */
function explain(key: string | undefined): string {
  const found = key
    ?.replace(/^errors\./, "")
    .split(".")
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], errors);
  return typeof found === "string" ? found : (key ?? "invalid");
}

async function readPassword(): Promise<string> {
  const fromEnv = process.env.ADMIN_PASSWORD;
  if (fromEnv) return fromEnv;
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const answer = await rl.question("Password for the new admin: ");
  rl.close();
  return answer;
}

async function main() {
  const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" } } });
  const email = zEmail.safeParse(values.email ?? "");
  const name = zPersonName.safeParse(values.name ?? "Admin");
  if (!email.success || !name.success) {
    throw new Error('Usage: npm run admin:create -- --email admin@example.com --name "Ann Admin"');
  }
  const password = zNewPassword.safeParse(await readPassword());
  if (!password.success) throw new Error(`Password rejected: ${explain(password.error.issues[0]?.message)}`);
  await migrate();
  const result = await createAdmin(email.data, name.data, await hashPassword(password.data));
  if (!result.ok) throw new Error(explain(result.error));
  process.stdout.write(`Admin ${email.data} created.\n`);
  await database().close();
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
});
