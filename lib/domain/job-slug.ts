// A job page's address: a readable slug made from the title, then the id
// ("/jobs/community-manager-for-a-game-cmabc123"). Only the id counts when
// the page is looked up; a changed title or a hand-typed slug redirects to
// the current one.

const CYRILLIC: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "e", ж: "zh", з: "z", и: "i", й: "y", к: "k", л: "l", м: "m", н: "n",
  о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "shch", ъ: "", ы: "y", ь: "",
  э: "e", ю: "yu", я: "ya", і: "i", ї: "yi", є: "ye", ґ: "g", ә: "a", ғ: "g", қ: "k", ң: "n", ө: "o", ұ: "u", ү: "u", һ: "h",
};

const SLUG_WORDS_MAX = 60;

export function jobSlug(title: string, id: string): string {
  const words = [...title.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "")]
    .map((ch) => CYRILLIC[ch] ?? ch)
    .join("")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, SLUG_WORDS_MAX)
    .replace(/-+$/g, "");
  return words ? `${words}-${id}` : id;
}

/** The id a slug ends with (ids have no hyphens), or null when it cannot be one. */
export function idOfJobSlug(slug: string): string | null {
  const id = slug.slice(slug.lastIndexOf("-") + 1);
  return /^[a-z0-9]{8,40}$/.test(id) ? id : null;
}
