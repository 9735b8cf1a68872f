"use client";
// The editor's forms: react-hook-form with the schema the server applies, the
// action's answer on the fields, and the item's version carried along. After a
// save the form starts from the new version (the save raised it by one); when
// the page comes back with a newer version (another control on the page
// changed the item) and nothing is typed yet, the form takes the new values.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useForm, type FieldValues } from "react-hook-form";
import type { z } from "zod";
import { useServerForm, type ServerResult } from "@/components/ui/use-server-form";

type Versioned = FieldValues & { version?: number };

export function useEditorForm<I extends Versioned, O extends Versioned>(options: {
  schema: z.ZodType<O, I>;
  initial: I;
  save: (values: O) => Promise<ServerResult>;
  /** After creating an item (no version yet): e.g. go to its page. Without it the form starts again empty. */
  onCreated?: (values: O) => void;
}) {
  const { schema, initial, save, onCreated } = options;
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const form = useForm<I, unknown, O>({ resolver: zodResolver(schema), defaultValues: initial as never });
  const { formError, submit, onInvalid, formRef } = useServerForm(form);

  useEffect(() => {
    if (initial.version !== undefined && initial.version !== form.getValues().version && !form.formState.isDirty) form.reset(initial);
  }, [form, initial]);

  const onSubmit = form.handleSubmit(async (values) => {
    setSaved(false);
    if (!(await submit(() => save(values)))) return;
    if (values.version === undefined && onCreated) return onCreated(values);
    form.reset(values.version === undefined ? initial : { ...form.getValues(), version: values.version + 1 });
    setSaved(true);
    router.refresh();
  }, onInvalid);

  return { form, formError, formRef, onSubmit, saved };
}
