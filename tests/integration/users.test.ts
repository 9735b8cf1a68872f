// The admin's user list (lib/server/users.ts listUsers): what is typed is searched literally.
import { beforeAll, describe, expect, it } from "vitest";
import { listUsers } from "@/lib/server/users";
import type { SessionUser } from "@/lib/server/sessions";
import { makeAdmin, makeCandidate, signInAs, uniqueEmail } from "./helpers";

let admin: SessionUser;
beforeAll(async () => {
  admin = await signInAs(await makeAdmin());
  await makeCandidate({ name: "Ann 100% Community" });
  await makeCandidate({ name: "Bob under_score" });
  await makeCandidate({ name: "Back\\slash Carl" });
  await makeCandidate({ name: "Plain Dana", email: uniqueEmail("plain") });
});

const names = async (q: string) => (await listUsers(admin, { q, page: 1 })).users.map((u) => u.name).sort();

describe("listUsers()", () => {
  it("finds % and _ as characters, not as wildcards that match everybody", async () => {
    expect(await names("%")).toEqual(["Ann 100% Community"]);
    expect(await names("_")).toEqual(["Bob under_score"]);
    expect(await names("0%")).toEqual(["Ann 100% Community"]);
    expect(await names("\\")).toEqual(["Back\\slash Carl"]);
  });

  it("finds by a part of the name or the e-mail, in any letter case", async () => {
    expect(await names("pLaIn")).toEqual(["Plain Dana"]);
    expect(await names("@example.test")).toContain("Plain Dana");
  });
});
