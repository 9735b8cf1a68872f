// The public job board's pure parts: what search text becomes (hostile text
// included), the address ↔ search round trip, job page slugs, the JobPosting
// structured data and the sitemap files.
import { describe, expect, it } from "vitest";
import { jobPostingJsonLd, jsonLdText, type JobPostingFacts } from "@/lib/domain/job-posting-jsonld";
import { idOfJobSlug, jobSlug } from "@/lib/domain/job-slug";
import { plainSummary } from "@/lib/domain/posting-description";
import { SEARCH_TEXT_MAX, SEARCH_WORDS_MAX, searchTextOf } from "@/lib/domain/search-text";
import { recencyLexemes, recentLexemes, salaryFloorsQuery, SALARY_FLOORS, windowStart } from "@/lib/domain/search-lexemes";
import { tsquerySelectivity } from "@/lib/domain/tsquery-selectivity";
import { sitemapIndexXml, urlSetXml } from "@/lib/domain/sitemap";
import { JOB_PAGES_MAX, jobSearchHref, jobSearchParams, parseJobSearch } from "@/lib/validations/job-search";

describe("search text → words", () => {
  it("keeps letters and digits of any script, whole hyphenated words, lower case, no repeats", () => {
    expect(searchTextOf("  SMM-Менеджер  в Telegram, 2 года; smm-менеджер ").words).toEqual(["smm-менеджер", "в", "telegram", "2", "года"]);
    expect(searchTextOf("O’Brien's community").words).toEqual(["o'brien's", "community"]);
  });

  it("turns operators, quotes, wildcards, backslashes and NUL into separators, never syntax", () => {
    const hostile: [string, string[]][] = [
      ["!", []],
      ["a & b | !c", ["a", "b", "c"]],
      ["manager:* <-> smm", ["manager", "smm"]],
      ["'; DROP TABLE \"JobPosting\"; --", ["drop", "table", "jobposting"]],
      ["100% \\ _x_", ["100", "x"]],
      ["smm\u0000менеджер", ["smm", "менеджер"]],
      ["\u202eevil\u200b", ["evil"]],
      ["ｓｍｍ　ｍａｎａｇｅｒ", ["smm", "manager"]],
      ["🙂🙂", []],
    ];
    for (const [text, words] of hostile) expect(searchTextOf(text).words, JSON.stringify(text)).toEqual(words);
  });

  it("bounds the text and the words, and says so", () => {
    const long = searchTextOf("x".repeat(10_000));
    expect(long.text).toHaveLength(SEARCH_TEXT_MAX);
    expect(long.truncated).toBe(true);
    const many = searchTextOf("a b c d e f g h i j k");
    expect(many.words).toHaveLength(SEARCH_WORDS_MAX);
    expect(many.truncated).toBe(true);
    expect(searchTextOf("community manager").truncated).toBe(false);
  });
});

describe("the board's address", () => {
  it("reads every filter and writes it back the same way", () => {
    const url = "q=комьюнити+менеджер&family=community&level=senior&level=lead&mode=remote&country=kz&salary=150000&currency=rub&skill=copywriting&skill=content-plan&role=community-lead&posted=7&sort=date&page=3&asof=1790000000";
    const search = parseJobSearch(new URLSearchParams(url));
    expect(search).toMatchObject({
      text: "комьюнити менеджер",
      words: ["комьюнити", "менеджер"],
      family: "COMMUNITY",
      seniority: ["SENIOR", "LEAD"],
      workModes: ["REMOTE"],
      country: "KZ",
      salary: { amount: 150_000, currency: "RUB" },
      skills: ["copywriting", "content-plan"],
      role: "community-lead",
      postedWithinDays: 7,
      sort: "date",
      page: 3,
      asOf: 1_790_000_000,
    });
    expect(parseJobSearch(jobSearchParams(search))).toEqual(search);
    expect(jobSearchParams(search).toString()).toBe(new URLSearchParams(url).toString());
  });

  it("drops what it does not understand instead of failing, and leaves defaults out", () => {
    const search = parseJobSearch({ family: "pirates", level: ["boss", "junior"], mode: "moon", country: "XX", salary: "-5", currency: "rub", skill: "../etc", role: "<b>", posted: "2", sort: "random", page: "0", asof: "soon" });
    expect(search).toMatchObject({ family: null, seniority: ["JUNIOR"], workModes: [], country: null, salary: null, skills: [], role: null, postedWithinDays: null, sort: "date", page: 1, asOf: null });
    expect(jobSearchHref(search)).toBe("/jobs?level=junior");
    expect(jobSearchHref(parseJobSearch({}))).toBe("/jobs");
    // A salary needs a currency; a sort by relevance needs words; a snapshot time only matters past page 1.
    expect(parseJobSearch({ salary: "1000" }).salary).toBeNull();
    expect(parseJobSearch({ sort: "relevance" }).sort).toBe("date");
    expect(parseJobSearch({ q: "smm" }).sort).toBe("relevance");
    // The candidate's fit sort needs no words, and its address keeps it.
    expect(parseJobSearch({ sort: "fit" }).sort).toBe("fit");
    expect(jobSearchParams(parseJobSearch({ sort: "fit" })).toString()).toBe("sort=fit");
    expect(parseJobSearch({ page: "1", asof: "1790000000" }).asOf).toBeNull();
    expect(parseJobSearch({ page: "9999" }).page).toBe(JOB_PAGES_MAX);
  });

  it("changes one part of a search for a link (a removed filter, another page)", () => {
    const search = parseJobSearch({ q: "smm", mode: ["remote", "hybrid"], page: "4", asof: "1790000000" });
    expect(jobSearchHref(search, { workModes: ["HYBRID"], page: 1 })).toBe("/jobs?q=smm&mode=hybrid");
    expect(jobSearchHref(search, { page: 5 })).toBe("/jobs?q=smm&mode=remote&mode=hybrid&page=5&asof=1790000000");
  });
});

describe("job page slugs", () => {
  it("read the title in Latin letters and end with the id", () => {
    expect(jobSlug("Комьюнити-менеджер (удалённо), Москва!", "cmabc12345678")).toBe("komyuniti-menedzher-udalenno-moskva-cmabc12345678");
    expect(jobSlug("Senior SMM specialist: YouTube & Discord", "cmabc12345678")).toBe("senior-smm-specialist-youtube-discord-cmabc12345678");
    expect(jobSlug("🙂", "cmabc12345678")).toBe("cmabc12345678");
    expect(jobSlug("a".repeat(200), "cmabc12345678").length).toBeLessThanOrEqual(60 + 1 + 13);
  });

  it("give back the id, and nothing for what cannot be one", () => {
    expect(idOfJobSlug(jobSlug("Комьюнити-менеджер", "cmabc12345678"))).toBe("cmabc12345678");
    expect(idOfJobSlug("cmabc12345678")).toBe("cmabc12345678");
    expect(idOfJobSlug("anything-../../etc")).toBeNull();
    expect(idOfJobSlug("short-ab")).toBeNull();
  });
});

describe("JobPosting structured data", () => {
  const facts: JobPostingFacts = {
    id: "cmabc12345678",
    url: "https://rolemap.example/jobs/x-cmabc12345678",
    title: "Community manager",
    description: "We run <clubs>.\n\n**What you will do**\n- host meetups",
    datePosted: "2026-11-01T10:00:00.000Z",
    validThrough: "2026-12-01T10:00:00.000Z",
    employmentType: "CONTRACT",
    workMode: "ON_SITE",
    country: "RU",
    city: "Казань",
    companyName: "Northwind",
    companyWebsite: "https://northwind.example",
    salary: { from: 100_000, to: 150_000, currency: "RUB" },
    skills: ["Event organisation", "Moderation"],
    language: "ru",
    directApply: false,
  };

  it("has every property Google for Jobs requires and recommends", () => {
    const data = jobPostingJsonLd(facts);
    expect(data).toMatchObject({
      "@context": "https://schema.org/",
      "@type": "JobPosting",
      title: "Community manager",
      datePosted: facts.datePosted,
      validThrough: facts.validThrough,
      employmentType: "CONTRACTOR",
      hiringOrganization: { "@type": "Organization", name: "Northwind", sameAs: "https://northwind.example" },
      jobLocation: { "@type": "Place", address: { "@type": "PostalAddress", addressCountry: "RU", addressLocality: "Казань" } },
      baseSalary: { "@type": "MonetaryAmount", currency: "RUB", value: { "@type": "QuantitativeValue", minValue: 100_000, maxValue: 150_000, unitText: "MONTH" } },
      identifier: { "@type": "PropertyValue", name: "Rolemap", value: "cmabc12345678" },
      directApply: false,
    });
    expect(data.description).toBe("<p>We run &lt;clubs&gt;.</p><p>**What you will do**<br>- host meetups</p>");
  });

  it("marks remote work as TELECOMMUTE with the country applicants must be in, and leaves out what is unknown", () => {
    const data = jobPostingJsonLd({ ...facts, workMode: "REMOTE", city: null, salary: null, employmentType: null, validThrough: null });
    expect(data).toMatchObject({ jobLocationType: "TELECOMMUTE", applicantLocationRequirements: { "@type": "Country", name: "RU" } });
    expect(data).not.toHaveProperty("jobLocation");
    expect(data).not.toHaveProperty("baseSalary");
    expect(data).not.toHaveProperty("employmentType");
    expect(data).not.toHaveProperty("validThrough");
  });

  it("cannot close its script element, whatever the text holds", () => {
    const text = jsonLdText(jobPostingJsonLd({ ...facts, title: "</script><script>alert(1)</script>", companyName: "<!-- x" }));
    expect(text).not.toMatch(/<\/?script|<!--/i);
    expect(JSON.parse(text).title).toBe("</script><script>alert(1)</script>");
  });
});

describe("a description as a one-line summary", () => {
  it("drops Markdown, collapses space and cuts at a word", () => {
    expect(plainSummary("**Bold** [link](https://x) and _more_\n\n- item", 100)).toBe("Bold link and more item");
    const cut = plainSummary("word ".repeat(100), 50);
    expect(cut.length).toBeLessThanOrEqual(50);
    expect(cut.endsWith("word…")).toBe(true);
  });
});

describe("sitemap files", () => {
  it("list addresses, escaped, with their last change", () => {
    const xml = urlSetXml([{ loc: "https://x.example/jobs/a?b=1&c=2", lastmod: "2026-11-30T00:00:00.000Z" }]);
    expect(xml).toContain("<loc>https://x.example/jobs/a?b=1&amp;c=2</loc><lastmod>2026-11-30T00:00:00.000Z</lastmod>");
    expect(sitemapIndexXml([{ loc: "https://x.example/sitemaps/jobs-0.xml" }])).toContain("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><sitemap><loc>https://x.example/sitemaps/jobs-0.xml</loc></sitemap></sitemapindex>");
  });
});

describe("a tsquery's share of documents, from lexeme shares", () => {
  const stats = { shares: new Map([["manag", 0.5], ["smm", 0.2], ["fam_smm", 0.5], ["o'brien", 0.1]]), floor: 0.001 };
  it("multiplies for AND, combines for OR, and takes a kept-out lexeme as rarer than any kept", () => {
    expect(tsquerySelectivity("'manag' & 'smm'", stats)).toBeCloseTo(0.1);
    expect(tsquerySelectivity("'manag' | 'smm'", stats)).toBeCloseTo(0.6);
    expect(tsquerySelectivity("( 'manag' | 'smm' ) & 'fam_smm'", stats)).toBeCloseTo(0.3);
    expect(tsquerySelectivity("'manag' & 'smm' | 'fam_smm'", stats)).toBeCloseTo(1 - 0.9 * 0.5);
    expect(tsquerySelectivity("'unknown'", stats)).toBe(0.001);
    expect(tsquerySelectivity("!'manag'", stats)).toBeCloseTo(0.5);
    expect(tsquerySelectivity("'o''brien':AB <-> 'smm'", stats)).toBeCloseTo(0.02);
    expect(tsquerySelectivity("", stats)).toBe(1);
    // A word the English and Russian dictionaries read alike is counted once.
    expect(tsquerySelectivity("( 'smm' | 'smm' ) & ( 'manag' | 'менеджер' )", stats)).toBeCloseTo(0.2 * (1 - 0.5 * 0.999));
  });
});

describe("a recent window of the board", () => {
  const HOUR = 3_600_000;
  const lexemesOf = (cover: string) => [...cover.matchAll(/'(t\d_\d+)'/g)].map((m) => m[1]!);
  const hoursOf = (lexeme: string) => {
    const [level, n] = lexeme.slice(1).split("_").map(Number) as [number, number];
    return { from: n * 2 ** level, to: (n + 1) * 2 ** level - 1 };
  };

  it("covers every hour from its start to its end with at most five lexemes, reaching at most an eighth further back", () => {
    for (let k = 0; k < 200; k++) {
      const asOf = new Date(Date.UTC(2026, 10, 30) + ((k * 7919) % 100_000) * 60_000);
      const hoursBack = k < 40 ? k : (k * 104_729) % 720;
      const since = new Date(asOf.getTime() - hoursBack * HOUR);
      const cover = lexemesOf(recentLexemes(since, asOf));
      expect(cover.length).toBeGreaterThan(0);
      expect(cover.length).toBeLessThanOrEqual(5);
      // Every posting published in the window holds one of the lexemes.
      for (let t = since.getTime(); t <= asOf.getTime(); t += HOUR) {
        expect(recencyLexemes(new Date(t)).some((l) => cover.includes(l)), `${hoursBack} h back`).toBe(true);
      }
      const first = Math.floor(since.getTime() / HOUR);
      const earliest = Math.min(...cover.map((l) => hoursOf(l).from));
      expect(first - earliest).toBeLessThanOrEqual(Math.floor((hoursBack + 1) / 8));
    }
    // A window inside one hour is one lexeme.
    const asOf = new Date("2026-11-30T22:17:00Z");
    expect(lexemesOf(recentLexemes(asOf, asOf))).toHaveLength(1);
  });

  it("starts where the histogram of publication moments says the newest n by then were published", () => {
    const t = (h: number) => new Date(Date.UTC(2026, 10, 1) + h * HOUR);
    // Ten buckets of 100 postings each, one per 10 hours (the newest bucket: 2 hours, a busy morning).
    const bounds = [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 92].map(t);
    expect(windowStart(bounds, 1000, 100, t(92))).toEqual(t(90));
    expect(windowStart(bounds, 1000, 50, t(92))).toEqual(t(91));
    expect(windowStart(bounds, 1000, 250, t(92))).toEqual(t(75));
    // As of an earlier moment: the n published before it.
    expect(windowStart(bounds, 1000, 200, t(55))).toEqual(t(35));
    // 100 postings written since the histogram was taken, evenly between its newest bound and asOf.
    expect(windowStart(bounds, 1000, 50, t(96), 100)).toEqual(t(94));
    expect(windowStart(bounds, 1000, 250, t(96), 100)).toEqual(t(85)); // 100 since, then 150 more: half of the 80–90 bucket
    // None since: an hour after the newest bound, the newest n are still the histogram's.
    expect(windowStart(bounds, 1000, 100, t(93))).toEqual(t(90));
    // Most of the board, or no histogram yet: no window.
    expect(windowStart(bounds, 1000, 950, t(95))).toBeNull();
    expect(windowStart(bounds, 1000, 200, t(15))).toBeNull();
    expect(windowStart([], 1000, 10, t(95))).toBeNull();
    expect(windowStart(bounds, 0, 10, t(95))).toBeNull();
  });
});

describe("salary floors", () => {
  it("narrow 'from A' to the floors from the highest at or below A up, so no posting that reaches A is left out", () => {
    expect(salaryFloorsQuery("RUB", 150_000)).toBe(`( ${SALARY_FLOORS.filter((f) => f >= 100_000).map((f) => `'sal_rub_${f}'`).join(" | ")} )`);
    expect(salaryFloorsQuery("USD", 2_000)).toMatch(/^\( 'sal_usd_2000' \| 'sal_usd_5000' \|/);
    expect(salaryFloorsQuery("EUR", 99)).toBeNull();
    expect(salaryFloorsQuery("KZT", 90_000_000)).toBe("'sal_kzt_50000000'");
    // A posting's floor is the highest its top reaches (what sync.ts writes): always among the floors of any A up to its top.
    for (const top of [100, 150, 2_200, 2_500, 99_999, 100_000, 3_000_000]) {
      const floor = Math.max(...SALARY_FLOORS.filter((f) => f <= top));
      for (const amount of [100, top / 2, top - 1, top].map(Math.floor).filter((a) => a >= 100)) {
        expect(salaryFloorsQuery("USD", amount), `${top} from ${amount}`).toContain(`'sal_usd_${floor}'`);
      }
    }
  });
});
