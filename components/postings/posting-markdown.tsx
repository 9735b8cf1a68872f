// A posting's description: Markdown rendered through a sanitiser. No raw HTML
// (it is dropped, not escaped into view), no images, and links only to http,
// https and mailto addresses, marked as the company's and not ours.
import Markdown, { defaultUrlTransform } from "react-markdown";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";

const SCHEMA = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => !["img", "input", "picture", "source", "video", "audio"].includes(tag)),
  protocols: { ...defaultSchema.protocols, href: ["http", "https", "mailto"] },
};

/** Anything but http, https and mailto becomes an empty link. */
export function safeUrl(url: string): string {
  const cleaned = defaultUrlTransform(url);
  return /^(https?:|mailto:)/i.test(cleaned) ? cleaned : "";
}

export function PostingMarkdown({ text, lang }: { text: string; lang?: "en" | "ru" }) {
  return (
    <div
      lang={lang}
      className="space-y-3 break-words text-slate-800 [&_a]:text-brand-700 [&_a]:underline [&_h1]:text-lg [&_h1]:font-semibold [&_h2]:mt-4 [&_h2]:text-base [&_h2]:font-semibold [&_h3]:font-semibold [&_li]:mt-1 [&_ol]:list-decimal [&_ol]:pl-5 [&_ul]:list-disc [&_ul]:pl-5"
    >
      <Markdown
        skipHtml
        urlTransform={safeUrl}
        rehypePlugins={[[rehypeSanitize, SCHEMA]]}
        components={{ a: ({ href, children }) => <a href={href || undefined} rel="nofollow ugc noopener noreferrer">{children}</a> }}
      >
        {text}
      </Markdown>
    </div>
  );
}
