import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StatusMessage } from "@/components/layout/status-message";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("common.notFound"))("title"), robots: { index: false } };
}

export default function NotFound() {
  return <StatusMessage namespace="common.notFound" />;
}
