// Sitemap files (sitemaps.org): an index that lists the files, and the files
// that list addresses with their last change. Addresses are escaped as XML
// requires; nothing else is written.

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");

const entry = (tag: "url" | "sitemap", e: { loc: string; lastmod?: string }) =>
  `<${tag}><loc>${escapeXml(e.loc)}</loc>${e.lastmod ? `<lastmod>${e.lastmod}</lastmod>` : ""}</${tag}>`;

export function sitemapIndexXml(files: { loc: string; lastmod?: string }[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${files.map((f) => entry("sitemap", f)).join("")}</sitemapindex>\n`;
}

export function urlSetXml(urls: { loc: string; lastmod?: string }[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls.map((u) => entry("url", u)).join("\n")}</urlset>\n`;
}
