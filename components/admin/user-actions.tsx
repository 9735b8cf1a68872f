"use client";
// Per-user admin controls: change the role, disable or enable the account.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { setUserDisabledAction } from "@/lib/actions/admin/set-user-disabled";
import { setUserRoleAction } from "@/lib/actions/admin/set-user-role";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { USER_ROLES, type UserRole } from "@/lib/views/vocabulary";

interface Props {
  userId: string;
  email: string;
  role: UserRole;
  disabled: boolean;
}

export function UserActions({ userId, email, role, disabled }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [nextRole, setNextRole] = useState(role);

  const run = (action: () => ReturnType<typeof setUserRoleAction>) =>
    start(async () => {
      setError(null);
      const result = await action();
      if (!result.ok) setError(result.error);
      else router.refresh();
    });

  return (
    <div className="flex flex-wrap items-center gap-2">
      <label className="sr-only" htmlFor={`role-${userId}`}>
        {t("admin.users.roleFor", { email })}
      </label>
      <div className="w-44">
        <Select id={`role-${userId}`} className="py-1" value={nextRole} onChange={(e) => setNextRole(e.target.value as Props["role"])}>
          {USER_ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`common.roles.${r}`)}
            </option>
          ))}
        </Select>
      </div>
      <Button
        variant="secondary"
        className="py-1"
        disabled={pending || nextRole === role}
        onClick={() => run(() => setUserRoleAction({ userId, role: nextRole }))}
        aria-label={t("admin.users.applyRoleFor", { email })}
      >
        {t("admin.users.applyRole")}
      </Button>
      <Button
        variant={disabled ? "secondary" : "danger"}
        className="py-1"
        disabled={pending}
        onClick={() => run(() => setUserDisabledAction({ userId, disabled: !disabled }))}
        aria-label={t(disabled ? "admin.users.enableFor" : "admin.users.disableFor", { email })}
      >
        {t(disabled ? "admin.users.enable" : "admin.users.disable")}
      </Button>
      {error ? (
        <p role="alert" data-tone="error" className="w-full text-sm text-red-700">
          {t(error)}
        </p>
      ) : null}
    </div>
  );
}
