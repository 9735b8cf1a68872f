"use client";
import { ActionButton } from "@/components/ui/action-button";
import { markNoticesReadAction } from "@/lib/actions/notices/mark-notices-read";

export function MarkNoticesRead({ label }: { label: string }) {
  return <ActionButton run={() => markNoticesReadAction({})}>{label}</ActionButton>;
}
