"use client";
// One wizard step's form: react-hook-form checked by the step's strict schema
// when the company moves on, and saved as a draft (the loose schema) a moment
// after each change, on "Back", and before the tab closes where the browser
// allows. Saves run one at a time and carry the posting's version, so a
// colleague's save in between is reported, never overwritten.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { useForm, type DefaultValues, type FieldValues } from "react-hook-form";
import type { z } from "zod";
import { useServerForm } from "@/components/ui/use-server-form";
import { savePostingStepAction } from "@/lib/actions/postings/save-posting-step";
import type { EditableStep, SavePostingStepInput } from "@/lib/validations/posting";

export const AUTOSAVE_DELAY_MS = 1200;

export type SaveState = { kind: "idle" } | { kind: "saving" } | { kind: "saved"; at: Date } | { kind: "failed"; error: string };

export function useStepForm<V extends FieldValues>(options: {
  postingId: string;
  version: number;
  step: EditableStep;
  initial: V;
  draft: z.ZodType;
  strict: z.ZodType;
  nextHref: string;
  prevHref: string | null;
}) {
  const { postingId, step, draft, strict, nextHref, prevHref } = options;
  const router = useRouter();
  const form = useForm<V, unknown, V>({
    resolver: zodResolver(strict as z.ZodType<V, V>),
    defaultValues: options.initial as DefaultValues<V>,
  });
  const { formError, setFormError, submit, onInvalid, formRef } = useServerForm(form);
  const version = useRef(options.version);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const unsaved = useRef(false);
  const [saveState, setSaveState] = useState<SaveState>({ kind: "idle" });

  const send = useCallback(
    (values: unknown, advance: boolean) =>
      savePostingStepAction({ postingId, version: version.current, step, values, advance } as SavePostingStepInput).then((result) => {
        if (result.ok) version.current = result.value.version;
        return result;
      }),
    [postingId, step],
  );

  /** Saves what is typed now, after any save still running; false when it could not. */
  const saveDraft = useCallback((): Promise<boolean> => {
    clearTimeout(timer.current);
    const run = queue.current.then(async () => {
      if (!unsaved.current) return true;
      const parsed = draft.safeParse(form.getValues());
      if (!parsed.success) {
        setSaveState({ kind: "failed", error: "errors.posting.draftInvalid" });
        return false;
      }
      unsaved.current = false;
      setSaveState({ kind: "saving" });
      const result = await send(parsed.data, false).catch(() => ({ ok: false as const, error: "errors.posting.saveFailed" }));
      if (result.ok) setSaveState({ kind: "saved", at: new Date() });
      else {
        unsaved.current = true;
        setSaveState({ kind: "failed", error: result.error });
      }
      return result.ok;
    });
    queue.current = run;
    return run;
  }, [draft, form, send]);

  useEffect(() => {
    const unsubscribe = form.subscribe({
      formState: { values: true },
      callback: () => {
        unsaved.current = true;
        clearTimeout(timer.current);
        timer.current = setTimeout(() => void saveDraft(), AUTOSAVE_DELAY_MS);
      },
    });
    // Closing the tab with typing not yet saved: save now, and let the browser ask.
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (!unsaved.current) return;
      void saveDraft();
      event.preventDefault();
    };
    window.addEventListener("beforeunload", beforeUnload);
    return () => {
      unsubscribe();
      clearTimeout(timer.current);
      window.removeEventListener("beforeunload", beforeUnload);
    };
  }, [form, saveDraft]);

  const onNext = (event?: React.BaseSyntheticEvent) =>
    form.handleSubmit(async (values) => {
      clearTimeout(timer.current);
      await queue.current;
      if (await submit(() => send(values, true))) {
        unsaved.current = false;
        router.push(nextHref);
      }
    }, onInvalid)(event);

  const onBack = async () => {
    if (await saveDraft()) router.push(prevHref ?? nextHref);
  };

  return { form, formRef, formError, setFormError, onNext, onBack, saveState, saveDraft, hasBack: prevHref !== null };
}
