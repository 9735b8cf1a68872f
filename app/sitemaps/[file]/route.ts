import { urlSetXml } from "@/lib/domain/sitemap";
import { publicUrl } from "@/lib/env";
import { listSitemapJobs } from "@/lib/server/postings/public";
import { listRoles } from "@/lib/server/taxonomy/read";

export const dynamic = "force-dynamic";

const XML = { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=600" };

/** One sitemap file: `pages.xml` (home, roles, the board) or `jobs-N.xml` (open postings with their last change). */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  if (file === "pages.xml") {
    const roles = await listRoles("en");
    const paths = ["/", "/jobs", "/roles", ...roles.map((r) => `/roles/${r.slug}`)];
    return new Response(urlSetXml(paths.map((p) => ({ loc: `${publicUrl}${p}` }))), { headers: XML });
  }
  const match = /^jobs-(\d{1,4})\.xml$/.exec(file);
  if (!match) return new Response("Not found", { status: 404 });
  const jobs = await listSitemapJobs(Number(match[1]));
  if (jobs.length === 0 && match[1] !== "0") return new Response("Not found", { status: 404 });
  return new Response(urlSetXml(jobs.map((j) => ({ loc: `${publicUrl}/jobs/${j.slug}`, lastmod: j.updatedAt }))), { headers: XML });
}
