// The company's team: invitations and members.
import { z } from "@/lib/validations/z";
import { zEmail, zId, zLocale, zNewPassword, zPersonName } from "@/lib/validations/fields";

export const zInviteRecruiterInput = z.strictObject({ email: zEmail });
export type InviteRecruiterInput = z.output<typeof zInviteRecruiterInput>;

export const zRevokeInviteInput = z.strictObject({ inviteId: zId });
export const zRemoveMemberInput = z.strictObject({ userId: zId });

/** The token of an invitation link: 32 random bytes in base64url. */
export const zInviteToken = z.string().regex(/^[A-Za-z0-9_-]{20,200}$/, "errors.team.inviteInvalid");
export const zAcceptInviteInput = z.strictObject({ token: zInviteToken });

/** Someone without an account takes an invitation: the e-mail is the invitation's. */
export const zInviteSignUpInput = z.strictObject({
  token: zInviteToken,
  name: zPersonName,
  password: zNewPassword,
  locale: zLocale.default("en"),
});
export type InviteSignUpInput = z.output<typeof zInviteSignUpInput>;
