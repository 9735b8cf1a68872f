import { sitemapIndexXml } from "@/lib/domain/sitemap";
import { publicUrl } from "@/lib/env";
import { countOpenJobs, SITEMAP_JOBS_PER_FILE } from "@/lib/server/postings/public";

export const dynamic = "force-dynamic";

/** The sitemap index: the site's pages, then the open postings, a file per SITEMAP_JOBS_PER_FILE. */
export async function GET() {
  const files = Math.ceil((await countOpenJobs()) / SITEMAP_JOBS_PER_FILE);
  const body = sitemapIndexXml([
    { loc: `${publicUrl}/sitemaps/pages.xml` },
    ...Array.from({ length: files }, (_, i) => ({ loc: `${publicUrl}/sitemaps/jobs-${i}.xml` })),
  ]);
  return new Response(body, { headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=600" } });
}
