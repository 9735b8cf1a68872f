// A field of a taxonomy item by its name in the reader's language (the history
// and the import preview list changed fields by their keys).

/** The "editor" namespace's translator, from useTranslations or getTranslations. */
interface EditorTexts {
  has(key: string): boolean;
  (key: string): string;
}

export function fieldName(editor: unknown, field: string): string {
  const t = editor as EditorTexts;
  if (t.has(`fields.${field}`)) return t(`fields.${field}`);
  if (t.has(`history.fieldNames.${field}`)) return t(`history.fieldNames.${field}`);
  return field;
}
