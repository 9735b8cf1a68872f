"use client";
// Per-user admin controls: change the role; disable (after a confirmation) or enable the account.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { useMessage } from "@/components/ui/use-message";
import { setUserDisabledAction } from "@/lib/actions/admin/set-user-disabled";
import { setUserRoleAction } from "@/lib/actions/admin/set-user-role";
import { USER_ROLES, type UserRole } from "@/lib/views/vocabulary";

interface Props {
  userId: string;
  email: string;
  role: UserRole;
  disabled: boolean;
}

export function UserActions({ userId, email, role, disabled }: Props) {
  const t = useTranslations();
  const text = useMessage();
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [nextRole, setNextRole] = useState(role);
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const run = (action: () => ReturnType<typeof setUserRoleAction>) =>
    start(async () => {
      setError(null);
      const result = await action();
      setConfirming(false);
      if (!result.ok) setError(result.error);
      else router.refresh();
    });

  return (
    <div className="flex flex-wrap items-center gap-2">
      <label className="sr-only" htmlFor={`role-${userId}`}>
        {t("admin.users.roleFor", { email })}
      </label>
      <div className="w-44 max-w-full">
        <Select id={`role-${userId}`} className="py-1" value={nextRole} onChange={(e) => setNextRole(e.target.value as UserRole)}>
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
      {disabled ? (
        <Button
          variant="secondary"
          className="py-1"
          disabled={pending}
          onClick={() => run(() => setUserDisabledAction({ userId, disabled: false }))}
          aria-label={t("admin.users.enableFor", { email })}
        >
          {t("admin.users.enable")}
        </Button>
      ) : !confirming ? (
        <Button variant="danger" className="py-1" disabled={pending} onClick={() => setConfirming(true)} aria-label={t("admin.users.disableFor", { email })}>
          {t("admin.users.disable")}
        </Button>
      ) : (
        <div role="group" aria-label={t("admin.users.confirmDisable", { email })} className="w-full rounded-md border border-red-200 bg-red-50 p-3">
          <p className="mb-2 text-sm text-red-900">{t("admin.users.confirmDisable", { email })}</p>
          <div className="flex flex-wrap gap-2">
            <Button ref={confirmRef} variant="danger" className="py-1" disabled={pending} onClick={() => run(() => setUserDisabledAction({ userId, disabled: true }))}>
              {t("admin.users.confirm")}
            </Button>
            <Button variant="secondary" className="py-1" disabled={pending} onClick={() => setConfirming(false)}>
              {t("common.actions.cancel")}
            </Button>
          </div>
        </div>
      )}
      {error ? (
        <p role="alert" data-tone="error" className="w-full text-sm text-red-700">
          {text(error)}
        </p>
      ) : null}
    </div>
  );
}
