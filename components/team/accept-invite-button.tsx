"use client";
import { useRouter } from "next/navigation";
import { ActionButton } from "@/components/ui/action-button";
import { acceptInviteAction } from "@/lib/actions/team/accept-invite";

export function AcceptInviteButton({ token, label }: { token: string; label: string }) {
  const router = useRouter();
  return (
    <ActionButton variant="primary" run={() => acceptInviteAction({ token })} onDone={() => router.push("/company/postings")}>
      {label}
    </ActionButton>
  );
}
