import { jobPostingJsonLd, jsonLdText } from "@/lib/domain/job-posting-jsonld";
import { publicUrl } from "@/lib/env";
import type { PublicJob } from "@/lib/views/jobs";

/** The page's schema.org JobPosting for search engines (a data block: the browser runs nothing). */
export function JobJsonLd({ job }: { job: PublicJob }) {
  const data = jobPostingJsonLd({
    id: job.id,
    url: `${publicUrl}/jobs/${job.slug}`,
    title: job.display.title,
    description: job.display.description,
    datePosted: job.publishedAt ?? job.updatedAt,
    validThrough: job.expiresAt,
    employmentType: job.display.employmentType,
    workMode: job.display.workMode,
    country: job.display.country,
    city: job.display.city,
    companyName: job.display.companyName,
    companyWebsite: job.companyWebsite,
    salary: job.display.salary,
    skills: job.display.skills.map((s) => s.label),
    language: job.language,
    // Candidates apply on the job page itself (with their Rolemap profile).
    directApply: true,
  });
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(data) }} />;
}
