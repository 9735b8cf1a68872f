"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionButton } from "@/components/ui/action-button";
import { Select } from "@/components/ui/field";
import { setLeadStatusAction } from "@/lib/actions/leads/set-lead-status";
import { LEAD_STATUSES, type LeadStatus } from "@/lib/views/vocabulary";

export function LeadStatusControl({ leadId, status, version, company }: { leadId: string; status: LeadStatus; version: number; company: string }) {
  const t = useTranslations("admin.leads");
  const [next, setNext] = useState(status);
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <label className="sr-only" htmlFor={`lead-${leadId}`}>
        {t("statusOf", { company })}
      </label>
      <span className="w-36">
        <Select id={`lead-${leadId}`} value={next} onChange={(e) => setNext(e.target.value as LeadStatus)} className="py-1">
          {LEAD_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </Select>
      </span>
      <ActionButton disabled={next === status} ariaLabel={t("setFor", { company })} run={() => setLeadStatusAction({ leadId, status: next, version })}>
        {t("set")}
      </ActionButton>
    </span>
  );
}
