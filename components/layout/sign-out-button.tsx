"use client";
import { signOut } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useTransition } from "react";

export function SignOutButton({ label, className }: { label: string; className?: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <button
      type="button"
      data-sign-out=""
      disabled={pending}
      onClick={() =>
        start(async () => {
          await signOut({ redirect: false });
          router.push("/");
          router.refresh();
        })
      }
      className={className ?? "rounded-md px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100"}
    >
      {label}
    </button>
  );
}
