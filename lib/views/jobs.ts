// What the public job board's pages see: plain objects, never rows.
import type { PostingDisplay } from "@/lib/views/postings";

/** One result on the board, in the reader's language. */
export interface JobCard {
  id: string;
  slug: string;
  title: string;
  companyName: string;
  roleLabel: string | null;
  workMode: string | null;
  country: string | null;
  city: string | null;
  salary: { from: number | null; to: number | null; currency: string } | null;
  publishedAt: string;
  /** The must-have skills first, a few at most. */
  skills: string[];
  /** For a signed-in candidate: how their stated skills match the posting's. */
  match?: JobMatch;
}

/** How a signed-in candidate's stated skills match a posting's. */
export interface JobMatch {
  fit: number;
  matched: number;
  total: number;
  mustMet: number;
  mustTotal: number;
  /** The most important missing (or below-level) skills, named. */
  missing: string[];
  moreMissing: number;
}

export interface JobSearchResult {
  cards: JobCard[];
  /** Exact up to the results bound, PostgreSQL's estimate beyond it ("about …"). */
  total: number;
  exact: boolean;
  /** Epoch seconds the results are as of: links to further pages carry it. */
  asOf: number;
  pageCount: number;
}

export interface FacetOption {
  value: string;
  label: string;
}

/** What the board's filters offer. */
export interface JobBoardFacets {
  roles: (FacetOption & { family: "SMM" | "COMMUNITY" })[];
  skills: FacetOption[];
  countries: string[];
}

/** A posting's public page: what candidates read, and what search engines are told. */
export interface PublicJob {
  id: string;
  slug: string;
  status: "PUBLISHED" | "EXPIRED" | "CLOSED" | "SUBMITTED" | "REJECTED" | "DRAFT";
  /** Open to everyone (published and not past its end); otherwise only its company and admins see it, or it is expired. */
  isOpen: boolean;
  isPublic: boolean;
  /** The posting in the language asked for (labels included). */
  display: PostingDisplay;
  language: "en" | "ru";
  /** Whether the other language has its own text (else the page does not offer it). */
  otherLanguage: "en" | "ru" | null;
  companyWebsite: string | null;
  roleSlug: string | null;
  publishedAt: string | null;
  expiresAt: string | null;
  updatedAt: string;
}
