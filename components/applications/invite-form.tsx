"use client";
// Invites one found candidate to apply to one of the company's open postings.
import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { useMessage } from "@/components/ui/use-message";
import { inviteToApplyAction } from "@/lib/actions/applications/invite-to-apply";

export function InviteForm({ candidateId, name, postings }: { candidateId: string; name: string; postings: { id: string; title: string }[] }) {
  const t = useTranslations("applications.candidates");
  const text = useMessage();
  const id = useId();
  const [postingId, setPostingId] = useState(postings[0]?.id ?? "");
  const [state, setState] = useState<{ ok: true } | { ok: false; error: string } | null>(null);
  const [pending, start] = useTransition();
  const invite = () =>
    start(async () => {
      const result = await inviteToApplyAction({ candidateId, postingId }).catch(() => ({ ok: false as const, error: "errors.unexpected" }));
      setState(result.ok ? { ok: true } : { ok: false, error: result.error });
    });
  if (state?.ok) {
    return (
      <p role="status" className="text-sm text-green-800">
        {t("invited")}
      </p>
    );
  }
  return (
    <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
      <div className="min-w-0 sm:flex-1">
        <label htmlFor={id} className="mb-1 block text-sm text-slate-700">
          {t("posting")}
        </label>
        <Select id={id} value={postingId} onChange={(e) => setPostingId(e.target.value)}>
          {postings.map((p) => (
            <option key={p.id} value={p.id}>
              {p.title}
            </option>
          ))}
        </Select>
      </div>
      <Button variant="secondary" disabled={pending || !postingId} onClick={invite} aria-label={`${t("invite")}: ${name}`}>
        {t("invite")}
      </Button>
      {state && !state.ok ? (
        <p role="alert" className="w-full text-sm text-red-700">
          {text(state.error)}
        </p>
      ) : null}
    </div>
  );
}
