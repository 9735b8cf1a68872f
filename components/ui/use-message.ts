"use client";
// Turns a message from a schema or the server (a catalogue key, maybe packed
// with values: lib/i18n/message.ts) into text in the reader's language. A text
// that is not one of our error keys is never shown as is.
import { useTranslations } from "next-intl";
import { isErrorKey, unpackMessage } from "@/lib/i18n/message";

export function useMessage(): (packed: string | null | undefined) => string | undefined {
  const t = useTranslations();
  return (packed) => {
    if (!packed) return undefined;
    const { key, params } = unpackMessage(packed);
    return isErrorKey(key) && t.has(key) ? t(key, params) : t("errors.invalidValue");
  };
}
