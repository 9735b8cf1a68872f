// A job page's schema.org JobPosting, as Google for Jobs reads it
// (developers.google.com/search/docs/appearance/structured-data/job-posting):
// every required property (title, description, datePosted, hiringOrganization,
// jobLocation, or applicantLocationRequirements with jobLocationType
// TELECOMMUTE for remote work) and the recommended ones (validThrough,
// employmentType, baseSalary, directApply, identifier). An expired posting
// keeps its past validThrough, which tells search engines it is closed.

export interface JobPostingFacts {
  id: string;
  url: string;
  title: string;
  /** Plain text or Markdown; shown as paragraphs. */
  description: string;
  datePosted: string;
  validThrough: string | null;
  employmentType: string | null;
  workMode: string | null;
  country: string | null;
  city: string | null;
  companyName: string;
  companyWebsite: string | null;
  salary: { from: number | null; to: number | null; currency: string } | null;
  skills: string[];
  language: string;
  /** Whether a candidate can apply on this site (applications: issue 11). */
  directApply: boolean;
}

const EMPLOYMENT_TYPES: Record<string, string> = {
  FULL_TIME: "FULL_TIME",
  PART_TIME: "PART_TIME",
  CONTRACT: "CONTRACTOR",
  INTERNSHIP: "INTERN",
  TEMPORARY: "TEMPORARY",
};

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Google asks for the description in HTML: each paragraph of the text becomes a <p>, with its line breaks kept. */
function descriptionHtml(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, "<br>")}</p>`)
    .join("");
}

export function jobPostingJsonLd(job: JobPostingFacts): Record<string, unknown> {
  const remote = job.workMode === "REMOTE";
  const place = job.country
    ? { "@type": "Place", address: { "@type": "PostalAddress", addressCountry: job.country, ...(job.city ? { addressLocality: job.city } : {}) } }
    : null;
  const salary = job.salary
    ? {
        "@type": "MonetaryAmount",
        currency: job.salary.currency,
        value: {
          "@type": "QuantitativeValue",
          ...(job.salary.from !== null ? { minValue: job.salary.from } : {}),
          ...(job.salary.to !== null ? { maxValue: job.salary.to } : {}),
          ...(job.salary.from !== null && job.salary.to === null ? { value: job.salary.from } : {}),
          unitText: "MONTH",
        },
      }
    : null;
  return {
    "@context": "https://schema.org/",
    "@type": "JobPosting",
    title: job.title,
    description: descriptionHtml(job.description) || escapeHtml(job.title),
    identifier: { "@type": "PropertyValue", name: "Rolemap", value: job.id },
    url: job.url,
    datePosted: job.datePosted,
    ...(job.validThrough ? { validThrough: job.validThrough } : {}),
    ...(job.employmentType && EMPLOYMENT_TYPES[job.employmentType] ? { employmentType: EMPLOYMENT_TYPES[job.employmentType] } : {}),
    hiringOrganization: { "@type": "Organization", name: job.companyName, ...(job.companyWebsite ? { sameAs: job.companyWebsite } : {}) },
    ...(remote
      ? {
          jobLocationType: "TELECOMMUTE",
          applicantLocationRequirements: job.country ? { "@type": "Country", name: job.country } : undefined,
        }
      : place
        ? { jobLocation: place }
        : {}),
    ...(salary ? { baseSalary: salary } : {}),
    ...(job.skills.length ? { skills: job.skills.join(", ") } : {}),
    inLanguage: job.language,
    directApply: job.directApply,
  };
}

/** The JSON for a <script type="application/ld+json">: nothing in it can close the element or start a comment. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
