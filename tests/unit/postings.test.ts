// Job postings' pure rules: salary, place and lifecycle (lib/domain/posting-rules.ts),
// the generated description, near-duplicates, and the wizard's step schemas.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import Markdown from "react-markdown";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { escapeMarkdown, generateDescription, type DescriptionInput } from "@/lib/domain/posting-description";
import {
  isNearDuplicate,
  titleSimilarity,
  TITLE_SIMILARITY_MIN,
  wordSimilarity,
  type DuplicateCandidate,
} from "@/lib/domain/posting-duplicate";
import {
  canTransition,
  CURRENCIES,
  expiryDate,
  isEditable,
  isOpen,
  latestExpiry,
  locationProblems,
  POSTING_STATUSES,
  salaryProblems,
  TRANSITIONS,
  type CurrencyCode,
  type PostingStatusCode,
  type PostingTransition,
} from "@/lib/domain/posting-rules";
import { isErrorKey, unpackMessage } from "@/lib/i18n/message";
import errorsCatalogue from "@/lib/i18n/messages/en/errors.json";
import {
  STEP_SCHEMAS,
  zDescriptionStep,
  zDescriptionStepDraft,
  zDetailsStep,
  zDetailsStepDraft,
  zQuestionsStep,
  zQuestionsStepDraft,
  zRoleStep,
  zRoleStepDraft,
  zSavePostingStepInput,
  zTemplateStep,
  zTemplateStepDraft,
} from "@/lib/validations/posting";
import { invalidInput, type FieldErrors } from "@/lib/validations/result";

// ---------- helpers ----------

/** A packed message ("errors.tooLong?max=220") names a text of the English catalogue (the catalogue test keeps Russian in step). */
function inCatalogue(packed: string): boolean {
  const { key } = unpackMessage(packed);
  if (!isErrorKey(key)) return false;
  let node: unknown = errorsCatalogue;
  for (const part of key.split(".").slice(1)) {
    node = node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined;
  }
  return typeof node === "string";
}

/** The field errors of a refused input as the action builder returns them; every message zod made is a catalogue text. */
function refused(schema: z.ZodType, input: unknown): FieldErrors {
  const result = schema.safeParse(input);
  expect(result.success, "the input is refused").toBe(false);
  expect(result.error!.issues.map((i) => i.message).filter((m) => !inCatalogue(m))).toEqual([]);
  return invalidInput(result.error!).fieldErrors;
}

/** A calendar date `days` from today (UTC), as a date input sends it. */
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

// ---------- posting-rules ----------

describe("salaryProblems", () => {
  const RUB = (from: number | null, to: number | null) => salaryProblems({ from, to, currency: "RUB" });

  it("accepts a range, a from-only and a to-only salary", () => {
    expect(RUB(120_000, 180_000)).toEqual([]);
    expect(RUB(120_000, null)).toEqual([]);
    expect(RUB(null, 180_000)).toEqual([]);
    expect(RUB(150_000, 150_000)).toEqual([]);
  });

  it("names a missing amount and a missing currency", () => {
    expect(salaryProblems({ from: null, to: null, currency: null })).toEqual([
      { field: "salaryFrom", problem: "amountMissing" },
      { field: "currency", problem: "currencyMissing" },
    ]);
    expect(RUB(null, null)).toEqual([{ field: "salaryFrom", problem: "amountMissing" }]);
    expect(salaryProblems({ from: 100_000, to: null, currency: null })).toEqual([{ field: "currency", problem: "currencyMissing" }]);
  });

  it("names a reversed range on the upper amount", () => {
    expect(RUB(200_000, 100_000)).toEqual([{ field: "salaryTo", problem: "reversed" }]);
  });

  // The bounds of a monthly salary, copied by hand from the rule they test.
  const bounds: [CurrencyCode, number, number][] = [
    ["RUB", 5_000, 5_000_000],
    ["USD", 100, 100_000],
    ["EUR", 100, 100_000],
    ["KZT", 30_000, 30_000_000],
  ];
  it("has bounds for every currency", () => {
    expect(bounds.map(([c]) => c).sort()).toEqual([...CURRENCIES].sort());
  });
  it.each(bounds)("%s: accepts %d to %d, refuses a missing or an extra zero", (currency, min, max) => {
    expect(salaryProblems({ from: min, to: max, currency })).toEqual([]);
    expect(salaryProblems({ from: min - 1, to: null, currency })).toEqual([{ field: "salaryFrom", problem: "belowMin" }]);
    expect(salaryProblems({ from: null, to: min - 1, currency })).toEqual([{ field: "salaryTo", problem: "belowMin" }]);
    expect(salaryProblems({ from: max + 1, to: null, currency })).toEqual([{ field: "salaryFrom", problem: "aboveMax" }]);
    expect(salaryProblems({ from: min / 10, to: max * 10, currency })).toEqual([
      { field: "salaryFrom", problem: "belowMin" },
      { field: "salaryTo", problem: "aboveMax" },
    ]);
  });
});

describe("locationProblems", () => {
  it("needs only the country for a remote job", () => {
    expect(locationProblems({ workMode: "REMOTE", country: "RU", city: null })).toEqual([]);
    expect(locationProblems({ workMode: "REMOTE", country: null, city: "Москва" })).toEqual([{ field: "country", problem: "required" }]);
  });

  it.each(["HYBRID", "ON_SITE"] as const)("needs the country and the city for %s", (workMode) => {
    expect(locationProblems({ workMode, country: "KZ", city: "Алматы" })).toEqual([]);
    expect(locationProblems({ workMode, country: "KZ", city: null })).toEqual([{ field: "city", problem: "required" }]);
    expect(locationProblems({ workMode, country: "KZ", city: "" })).toEqual([{ field: "city", problem: "required" }]);
    expect(locationProblems({ workMode, country: null, city: null })).toEqual([
      { field: "country", problem: "required" },
      { field: "city", problem: "required" },
    ]);
  });

  it("asks for the work mode and the country when nothing is chosen", () => {
    expect(locationProblems({ workMode: null, country: null, city: null })).toEqual([
      { field: "workMode", problem: "required" },
      { field: "country", problem: "required" },
    ]);
  });
});

describe("expiry", () => {
  const publishedAt = new Date("2026-03-01T10:00:00Z");
  it("counts whole days from publication", () => {
    expect(expiryDate(publishedAt, 30).toISOString()).toBe("2026-03-31T10:00:00.000Z");
    expect(expiryDate(publishedAt, 0).getTime()).toBe(publishedAt.getTime());
    expect(publishedAt.toISOString()).toBe("2026-03-01T10:00:00.000Z");
  });
  it("lets a posting stay open at most 90 days after publication", () => {
    expect(latestExpiry(publishedAt).toISOString()).toBe("2026-05-30T10:00:00.000Z");
  });
});

describe("the posting lifecycle", () => {
  // Written by hand: every status and the changes it allows, all others refused.
  const ALLOWED: Record<PostingStatusCode, PostingTransition[]> = {
    DRAFT: ["submit"],
    SUBMITTED: ["withdraw", "approve", "reject"],
    REJECTED: ["submit"],
    PUBLISHED: ["close", "expire", "extend"],
    CLOSED: [],
    EXPIRED: [],
  };
  const TO_AND_BY: Record<PostingTransition, [PostingStatusCode, "company" | "admin" | "system"]> = {
    submit: ["SUBMITTED", "company"],
    withdraw: ["DRAFT", "company"],
    approve: ["PUBLISHED", "admin"],
    reject: ["REJECTED", "admin"],
    close: ["CLOSED", "company"],
    expire: ["EXPIRED", "system"],
    extend: ["PUBLISHED", "company"],
  };
  const transitions = Object.keys(TO_AND_BY) as PostingTransition[];

  it("knows exactly these statuses and changes", () => {
    expect(Object.keys(ALLOWED).sort()).toEqual([...POSTING_STATUSES].sort());
    expect(Object.keys(TRANSITIONS).sort()).toEqual([...transitions].sort());
  });

  it.each(POSTING_STATUSES.flatMap((status) => transitions.map((t) => [status, t] as const)))("%s → %s", (status, transition) => {
    expect(canTransition(status, transition)).toBe(ALLOWED[status].includes(transition));
  });

  it.each(transitions)("%s leads to its status and is made by its actor", (transition) => {
    const [to, by] = TO_AND_BY[transition];
    expect(TRANSITIONS[transition]).toMatchObject({ to, by });
  });

  it("lets the company edit a draft or a rejected posting only, which is what it can submit", () => {
    expect(POSTING_STATUSES.filter(isEditable)).toEqual(["DRAFT", "REJECTED"]);
    for (const status of POSTING_STATUSES) expect(isEditable(status)).toBe(canTransition(status, "submit"));
  });

  it("counts a posting under moderation or published as open", () => {
    expect(POSTING_STATUSES.filter(isOpen)).toEqual(["SUBMITTED", "PUBLISHED"]);
  });
});

// ---------- posting-description ----------

const HEADINGS_EN = {
  about: "About the role",
  responsibilities: "What you will do",
  mustHave: "Must have",
  niceToHave: "Nice to have",
  kpis: "How we measure success",
  channels: "Channels",
  conditions: "Conditions",
};
const descriptionEn: DescriptionInput = {
  headings: HEADINGS_EN,
  summary: "A community manager grows and looks after a brand's community: members, events and conversations.",
  responsibilities: ["Moderate the Telegram chat and answer members' questions", "Run two online meetups a month"],
  kpis: ["Members active each month", "Share of questions answered within a day"],
  channels: ["Telegram", "VK"],
  mustHave: ["Community moderation (level 3 of 5)", "Event management (level 2 of 5)"],
  niceToHave: ["Copywriting (level 2 of 5)"],
  conditions: ["Full-time", "Hybrid, Kazan", "120,000–180,000 RUB a month before tax"],
};
const descriptionRu: DescriptionInput = {
  headings: {
    about: "О роли",
    responsibilities: "Чем предстоит заниматься",
    mustHave: "Обязательно",
    niceToHave: "Будет плюсом",
    kpis: "Как мы измеряем успех",
    channels: "Каналы",
    conditions: "Условия",
  },
  summary: "Комьюнити-менеджер развивает сообщество бренда: участники, мероприятия, обсуждения.",
  responsibilities: ["Модерировать чат в Telegram и отвечать на вопросы участников", "Проводить две онлайн-встречи в месяц"],
  kpis: ["Активные участники за месяц", "Доля вопросов с ответом в течение суток"],
  channels: ["Telegram", "ВКонтакте"],
  mustHave: ["Модерация сообщества (уровень 3 из 5)", "Организация мероприятий (уровень 2 из 5)"],
  niceToHave: ["Копирайтинг (уровень 2 из 5)"],
  conditions: ["Полная занятость", "Гибрид, Казань", "120 000–180 000 ₽ в месяц до вычета налогов"],
};

/** What a Markdown renderer shows: the HTML react-markdown makes, its tags, and its text. */
function rendered(markdown: string) {
  const html = renderToStaticMarkup(createElement(Markdown, null, markdown));
  const tags = [...html.matchAll(/<([a-z0-9]+)/g)].map((m) => m[1]);
  const text = html
    .replace(/<[^>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, "&");
  return { html, tags, text };
}

describe("generateDescription", () => {
  it("is deterministic", () => {
    expect(generateDescription(descriptionEn)).toBe(generateDescription(structuredClone(descriptionEn)));
    expect(generateDescription(descriptionRu)).toBe(generateDescription(structuredClone(descriptionRu)));
  });

  it("writes the summary and each non-empty section, headings and items in the given order", () => {
    const text = generateDescription({
      headings: HEADINGS_EN,
      summary: "Grows the community.",
      responsibilities: ["Moderate the chat", "Run meetups"],
      kpis: [],
      channels: ["Telegram"],
      mustHave: ["Moderation (level 3 of 5)"],
      niceToHave: [" ", ""],
      conditions: ["Remote"],
    });
    expect(text).toBe(
      [
        "## About the role",
        "",
        "Grows the community.",
        "",
        "## What you will do",
        "",
        "- Moderate the chat",
        "- Run meetups",
        "",
        "## Must have",
        "",
        "- Moderation (level 3 of 5)",
        "",
        "## Channels",
        "",
        "- Telegram",
        "",
        "## Conditions",
        "",
        "- Remote",
        "",
      ].join("\n"),
    );
  });

  it("puts the sections in one order whatever their sizes", () => {
    const text = generateDescription(descriptionEn);
    const order = Object.values(HEADINGS_EN).map((h) => text.indexOf(`## ${h}`));
    expect(order.every((at, i) => at >= 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
    expect(rendered(text).tags.filter((t) => t === "h2")).toHaveLength(7);
  });

  it("writes nothing for an empty template", () => {
    const empty = { ...descriptionEn, summary: " ", responsibilities: [], kpis: [], channels: [], mustHave: [], niceToHave: [], conditions: [] };
    expect(generateDescription(empty).trim()).toBe("");
  });

  it.each([
    ["English", descriptionEn],
    ["Russian", descriptionRu],
  ])("makes a %s description long enough to submit", (_language, input) => {
    expect(generateDescription(input).trim().length).toBeGreaterThanOrEqual(200);
  });
});

describe("escapeMarkdown", () => {
  it.each([
    ["<script>alert(1)</script>", "\\<script\\>alert(1)\\</script\\>"],
    ["[link](javascript:alert(1))", "\\[link\\](javascript:alert(1))"],
    ["**bold**", "\\*\\*bold\\*\\*"],
    ["# Heading", "\\# Heading"],
    ["1. First", "1\\. First"],
    ["- item", "\\- item"],
    ["a\\b", "a\\\\b"],
    ["line one\n\n## two", "line one ## two"],
    ["+ plus", "\\+ plus"],
    ["Комьюнити-менеджер — Казань", "Комьюнити-менеджер — Казань"],
  ])("escapes %j as %j", (label, expected) => {
    expect(escapeMarkdown(label)).toBe(expected);
  });

  it.each([
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "[link](javascript:alert(1))",
    "![pixel](https://evil.example/p.gif)",
    "<https://evil.example>",
    "**bold** and _italic_ and `code` and ~~gone~~",
    "# Heading",
    "> quote",
    "1. First",
    "- item",
    "+ item",
    "| a | b |",
    "C++ \\ C# {x}",
  ])("a renderer shows %j as plain text", (label) => {
    const { tags, text } = rendered(escapeMarkdown(label));
    expect(tags).toEqual(["p"]);
    expect(text.trim()).toBe(label);
  });

  it("keeps a hostile taxonomy text as text inside the generated description", () => {
    const label = "<script>alert(1)</script> [link](javascript:alert(1)) **bold**";
    const text = generateDescription({ ...descriptionEn, headings: { ...HEADINGS_EN, mustHave: "**Must**" }, mustHave: [label] });
    const { html, tags, text: shown } = rendered(text);
    expect(new Set(tags)).toEqual(new Set(["h2", "p", "ul", "li"]));
    expect(html).not.toMatch(/<(script|a|strong|em)\b/);
    expect(shown).toContain(label);
    expect(shown).toContain("**Must**");
  });
});

// ---------- posting-duplicate ----------

describe("similarity", () => {
  const pairs: [string, string][] = [
    ["SMM Specialist", "SMM manager"],
    ["Комьюнити-менеджер", "Менеджер сообщества"],
    ["Community Manager", "Community Lead"],
  ];

  it("is 1 for the same text and 0 for nothing shared", () => {
    expect(titleSimilarity("SMM-специалист", "SMM-специалист")).toBe(1);
    expect(titleSimilarity("Community Manager", "community manager")).toBe(1);
    expect(titleSimilarity("abc", "xyz")).toBe(0);
    expect(wordSimilarity("moderate the Telegram chat", "moderate the Telegram chat")).toBe(1);
    expect(wordSimilarity("moderate the chat", "write posts daily")).toBe(0);
    expect(wordSimilarity("", "")).toBe(0);
  });

  it.each(pairs)("is symmetric and between 0 and 1: %j, %j", (a, b) => {
    for (const similarity of [titleSimilarity, wordSimilarity]) {
      const value = similarity(a, b);
      expect(value).toBe(similarity(b, a));
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
    }
  });

  it("counts only words of three letters or more", () => {
    expect(wordSimilarity("a b c SMM", "x y z SMM")).toBe(1);
  });

  it("treats ё as е and ignores punctuation", () => {
    expect(titleSimilarity("Ёлочный менеджер", "елочный менеджер")).toBe(1);
    expect(wordSimilarity("отчёт по вовлечённости", "отчет по вовлеченности")).toBe(1);
    expect(titleSimilarity("SMM-специалист", "SMM специалист")).toBe(1);
  });
});

describe("isNearDuplicate", () => {
  const posting: DuplicateCandidate = {
    titleEn: "SMM Specialist",
    titleRu: "SMM-специалист",
    descriptionEn:
      "We are looking for an SMM specialist to run our Telegram and VK channels, plan content, write posts and report on reach and engagement every month.",
    descriptionRu:
      "Ищем SMM-специалиста для ведения наших каналов в Telegram и ВКонтакте: контент-план, написание постов, ежемесячный отчёт по охватам и вовлечённости.",
    workMode: "ON_SITE",
    country: "RU",
    city: "Москва",
  };

  it("finds the same posting in the same place", () => {
    expect(isNearDuplicate(posting, { ...posting })).toBe(true);
    expect(isNearDuplicate(posting, { ...posting, city: " москва" })).toBe(true);
  });

  it("takes the same role in another city for a second job", () => {
    expect(isNearDuplicate(posting, { ...posting, city: "Казань" })).toBe(false);
    expect(isNearDuplicate(posting, { ...posting, workMode: "HYBRID" })).toBe(false);
  });

  it("ignores the city of a remote job, not its country", () => {
    const remote = { ...posting, workMode: "REMOTE", city: "Москва" };
    expect(isNearDuplicate(remote, { ...remote, city: "Санкт-Петербург" })).toBe(true);
    expect(isNearDuplicate(remote, { ...remote, city: null })).toBe(true);
    expect(isNearDuplicate(remote, { ...remote, country: "KZ" })).toBe(false);
  });

  it("sees through a slightly edited title", () => {
    expect(titleSimilarity("SMM-специалист", "SMM специалист")).toBeGreaterThanOrEqual(TITLE_SIMILARITY_MIN);
    expect(isNearDuplicate(posting, { ...posting, titleEn: "Social media manager", titleRu: "SMM специалист" })).toBe(true);
  });

  it("treats ё and е alike", () => {
    const yo = { ...posting, city: "Королёв", titleEn: "Social media lead" };
    const ye = {
      ...yo,
      city: "Королев",
      titleRu: "SMM-специалист",
      descriptionEn: "Something else entirely.",
      descriptionRu: posting.descriptionRu.replace(/ё/g, "е"),
    };
    expect(ye.descriptionRu).not.toBe(posting.descriptionRu);
    expect(isNearDuplicate(yo, ye)).toBe(true);
  });

  it("lets a genuinely different posting through", () => {
    const other: DuplicateCandidate = {
      ...posting,
      titleEn: "Community Manager",
      titleRu: "Комьюнити-менеджер",
      descriptionEn: "Grow our developer community: organise meetups, moderate the forum and onboard new members to open-source projects.",
      descriptionRu: "Развивать сообщество разработчиков: организовывать митапы, модерировать форум и помогать новичкам в открытых проектах.",
    };
    expect(isNearDuplicate(posting, other)).toBe(false);
    expect(isNearDuplicate(posting, { ...posting, descriptionEn: other.descriptionEn, descriptionRu: other.descriptionRu })).toBe(false);
  });
});

// ---------- the wizard's step schemas ----------

const skill = (skillId: string, mustHave: boolean, level = 3) => ({ skillId, mustHave, level });

const complete = {
  role: {
    family: "COMMUNITY",
    advisor: { channels: ["SOCIAL", "OFFLINE"], audience: "EXISTING_LOYAL", metric: "ENGAGEMENT_RETENTION", ownCommunity: "YES" },
  },
  template: {
    roleId: "community-manager-middle",
    skills: [skill("community-moderation", true, 3), skill("event-management", true, 2), skill("copywriting", false, 2)],
    responsibilitiesEn: ["Moderate the Telegram chat and answer members' questions", "Run two online meetups a month"],
    responsibilitiesRu: ["Модерировать чат в Telegram и отвечать на вопросы участников", "Проводить две онлайн-встречи в месяц"],
    kpisEn: ["Members active each month"],
    kpisRu: ["Активные участники за месяц"],
    channelsEn: ["Telegram", "VK"],
    channelsRu: ["Telegram", "ВКонтакте"],
  },
  details: {
    titleEn: "Community Manager",
    titleRu: "Комьюнити-менеджер",
    employmentType: "FULL_TIME",
    workMode: "HYBRID",
    country: "RU",
    city: "Казань",
    salaryHidden: false,
    salaryFrom: 120_000,
    salaryTo: 180_000,
    currency: "RUB",
    languages: [
      { code: "ru", level: "NATIVE" },
      { code: "en", level: "B2" },
    ],
    startDate: inDays(30),
    validDays: 30,
  },
  questions: {
    questions: [
      {
        kind: "YES_NO",
        textEn: "Can you work at our events on some weekends?",
        textRu: "Готовы ли вы иногда работать на мероприятиях в выходные?",
        knockout: true,
        expectedYes: true,
      },
      {
        kind: "TEXT",
        textEn: "Which community have you grown, and how?",
        textRu: "Какое сообщество вы развивали и как?",
        knockout: false,
        expectedYes: null,
      },
    ],
  },
  description: { descriptionEn: generateDescription(descriptionEn), descriptionRu: generateDescription(descriptionRu) },
};

/** What a half-filled form sends: empty strings, nulls and empty arrays (a form always has its booleans and defaults). */
const empty = {
  role: { family: null, advisor: null },
  template: {
    roleId: null,
    skills: [],
    responsibilitiesEn: ["", "  "],
    responsibilitiesRu: [],
    kpisEn: [],
    kpisRu: [""],
    channelsEn: [],
    channelsRu: [],
  },
  details: {
    titleEn: "",
    titleRu: " ",
    employmentType: null,
    workMode: null,
    country: "",
    city: "",
    salaryHidden: false,
    salaryFrom: "",
    salaryTo: "",
    currency: "",
    languages: [],
    startDate: "",
    validDays: 30,
  },
  questions: { questions: [{ kind: "TEXT", textEn: "", textRu: "", knockout: false, expectedYes: null }] },
  description: { descriptionEn: "", descriptionRu: "" },
};

const steps = Object.keys(STEP_SCHEMAS) as (keyof typeof STEP_SCHEMAS)[];

describe("each step's schemas", () => {
  it.each(steps)("%s: the draft saves a half-filled step", (step) => {
    expect(STEP_SCHEMAS[step].draft.safeParse(empty[step]).success).toBe(true);
  });

  it("the draft turns what a form leaves empty into nothing", () => {
    expect(zTemplateStepDraft.parse(empty.template)).toMatchObject({ responsibilitiesEn: [], kpisRu: [] });
    expect(zDetailsStepDraft.parse(empty.details)).toMatchObject({
      titleRu: "",
      country: null,
      salaryFrom: null,
      salaryTo: null,
      currency: null,
      startDate: null,
    });
    expect(zRoleStepDraft.parse({})).toEqual({});
  });

  it.each([
    ["role", zRoleStep, { family: "errors.posting.chooseFamily" }],
    [
      "template",
      zTemplateStep,
      {
        roleId: "errors.posting.chooseRole",
        skills: "errors.posting.needMustHave",
        responsibilitiesEn: "errors.required",
        responsibilitiesRu: "errors.required",
      },
    ],
    [
      "details",
      zDetailsStep,
      {
        titleEn: "errors.required",
        titleRu: "errors.required",
        employmentType: "errors.required",
        workMode: "errors.posting.workModeRequired",
        country: "errors.posting.countryRequired",
        salaryFrom: "errors.posting.salary.amountMissing",
        currency: "errors.posting.salary.currencyMissing",
      },
    ],
    ["questions", zQuestionsStep, { "questions.0.textEn": "errors.required", "questions.0.textRu": "errors.required" }],
    ["description", zDescriptionStep, { descriptionEn: "errors.tooShort?min=200", descriptionRu: "errors.tooShort?min=200" }],
  ] as const)("%s: the strict schema refuses it, field by field", (step, schema, expected) => {
    expect(refused(schema, empty[step])).toEqual(expected);
  });

  it.each(steps)("%s: the strict schema accepts a complete step in English and Russian", (step) => {
    const result = STEP_SCHEMAS[step].strict.safeParse(complete[step]);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it.each(steps)("%s: each schema accepts its own output, and the strict one the draft's", (step) => {
    const { draft, strict } = STEP_SCHEMAS[step];
    for (const input of [complete[step], empty[step]]) {
      const once = draft.parse(input);
      expect(draft.parse(once)).toEqual(once);
    }
    const checked = strict.parse(draft.parse(complete[step]));
    expect(strict.parse(checked)).toEqual(checked);
  });

  it("a hidden salary needs no amount", () => {
    const hidden = { ...complete.details, salaryHidden: true, salaryFrom: "", salaryTo: "", currency: "" };
    expect(zDetailsStep.safeParse(hidden).success).toBe(true);
  });

  it("a number input's text is read as a number", () => {
    expect(zDetailsStep.parse({ ...complete.details, salaryFrom: "120000", salaryTo: "180000" })).toMatchObject({
      salaryFrom: 120_000,
      salaryTo: 180_000,
    });
  });

  it("no questions at all is fine", () => {
    expect(zQuestionsStep.safeParse({ questions: [] }).success).toBe(true);
  });
});

describe("hostile input", () => {
  const MB = "x".repeat(1_000_000);
  const skills = (count: number, mustHaves: number) => Array.from({ length: count }, (_, i) => skill(`skill-${i}`, i < mustHaves));
  const question = complete.questions.questions[1]!;

  it.each([
    // Sizes.
    ["a 1 MB title", zDetailsStepDraft, { ...complete.details, titleEn: MB }, "titleEn", "errors.tooLong?max=220"],
    ["a 1 MB city", zDetailsStepDraft, { ...complete.details, city: MB }, "city", "errors.tooLong?max=100"],
    ["a 1 MB description", zDescriptionStepDraft, { ...complete.description, descriptionRu: MB }, "descriptionRu", "errors.tooLong?max=10000"],
    ["a 1 MB list item", zTemplateStepDraft, { ...complete.template, kpisEn: [MB] }, "kpisEn.0", "errors.tooLong?max=300"],
    ["16 list items", zTemplateStepDraft, { ...complete.template, kpisRu: Array(16).fill("KPI") }, "kpisRu", "errors.tooMany?max=15"],
    ["a 1 MB question", zQuestionsStepDraft, { questions: [{ ...question, textEn: MB }] }, "questions.0.textEn", "errors.tooLong?max=300"],
    // Control characters.
    ["a NUL byte in a title", zDetailsStepDraft, { ...complete.details, titleRu: "Комьюнити\u0000менеджер" }, "titleRu", "errors.invalidCharacters"],
    ["a NUL byte in a description", zDescriptionStepDraft, { ...complete.description, descriptionEn: "a\u0000b" }, "descriptionEn", "errors.invalidCharacters"],
    ["a NUL byte in a list item", zTemplateStepDraft, { ...complete.template, channelsEn: ["Tele\u0000gram"] }, "channelsEn.0", "errors.invalidCharacters"],
    ["a NUL byte in a question", zQuestionsStepDraft, { questions: [{ ...question, textRu: "\u0000" }] }, "questions.0.textRu", "errors.invalidCharacters"],
    // Wrong types.
    ["a number for a title", zDetailsStepDraft, { ...complete.details, titleEn: 42 }, "titleEn", "errors.invalidValue"],
    ["text for the days", zDetailsStepDraft, { ...complete.details, validDays: "thirty" }, "validDays", "errors.invalidValue"],
    ["a word for a salary", zDetailsStepDraft, { ...complete.details, salaryFrom: "lots" }, "salaryFrom", "errors.invalidValue"],
    ["a fraction for a salary", zDetailsStepDraft, { ...complete.details, salaryTo: 1500.5 }, "salaryTo", "errors.wholeNumber"],
    ["a string for the skills", zTemplateStepDraft, { ...complete.template, skills: "all" }, "skills", "errors.invalidValue"],
    ["an object for the questions", zQuestionsStepDraft, { questions: {} }, "questions", "errors.invalidValue"],
    ["an unknown family", zRoleStepDraft, { family: "SALES" }, "family", "errors.invalidChoice"],
    ["an unknown country", zDetailsStepDraft, { ...complete.details, country: "XX" }, "country", "errors.invalidChoice"],
    ["an unknown currency", zDetailsStepDraft, { ...complete.details, currency: "BTC" }, "currency", "errors.invalidChoice"],
    ["a skill level of 6", zTemplateStepDraft, { ...complete.template, skills: [skill("moderation", true, 6)] }, "skills.0.level", "errors.tooLarge?max=5"],
    ["a path for a skill id", zTemplateStepDraft, { ...complete.template, skills: [skill("../admin", true)] }, "skills.0.skillId", "errors.notFound"],
    ["an impossible date", zDetailsStepDraft, { ...complete.details, startDate: "2099-13-01" }, "startDate", "errors.invalidDate"],
    ["30 February", zDetailsStepDraft, { ...complete.details, startDate: "2099-02-30" }, "startDate", "errors.invalidDate"],
    // Unknown keys.
    ["an unknown key", zDetailsStepDraft, { ...complete.details, status: "PUBLISHED" }, "_form", "errors.unknownField"],
    ["an unknown key in a skill", zTemplateStepDraft, { ...complete.template, skills: [{ ...skill("a", true), weight: 9 }] }, "skills.0", "errors.unknownField"],
    ["an unknown key in the advisor", zRoleStepDraft, { advisor: { ...complete.role.advisor, admin: true } }, "advisor", "errors.unknownField"],
    // Salary.
    ["a negative salary", zDetailsStepDraft, { ...complete.details, salaryFrom: -100_000 }, "salaryFrom", "errors.tooSmall?min=0"],
    ["a reversed salary", zDetailsStep, { ...complete.details, salaryFrom: 200_000, salaryTo: 100_000 }, "salaryTo", "errors.posting.salary.reversed"],
    ["a salary with an extra zero", zDetailsStep, { ...complete.details, salaryTo: 18_000_000 }, "salaryTo", "errors.posting.salary.aboveMax"],
    ["an hourly rate", zDetailsStep, { ...complete.details, salaryFrom: 800, salaryTo: null }, "salaryFrom", "errors.posting.salary.belowMin"],
    // Skills.
    ["16 skills", zTemplateStepDraft, { ...complete.template, skills: skills(16, 3) }, "skills", "errors.tooMany?max=15"],
    ["7 must-haves", zTemplateStepDraft, { ...complete.template, skills: skills(7, 7) }, "skills", "errors.posting.tooManyMustHaves?max=6"],
    ["a skill twice", zTemplateStepDraft, { ...complete.template, skills: [skill("a", true), skill("a", false)] }, "skills", "errors.posting.skillTwice"],
    // Questions.
    ["6 questions", zQuestionsStepDraft, { questions: Array(6).fill(question) }, "questions", "errors.tooMany?max=5"],
    ["a knock-out text question", zQuestionsStep, { questions: [{ ...question, knockout: true }] }, "questions.0.knockout", "errors.posting.knockoutYesNo"],
    [
      "a knock-out without its answer",
      zQuestionsStep,
      { questions: [{ ...question, kind: "YES_NO", knockout: true, expectedYes: null }] },
      "questions.0.expectedYes",
      "errors.posting.knockoutAnswer",
    ],
    // Dates and place.
    ["91 days open", zDetailsStepDraft, { ...complete.details, validDays: 91 }, "validDays", "errors.tooLarge?max=90"],
    ["0 days open", zDetailsStepDraft, { ...complete.details, validDays: 0 }, "validDays", "errors.tooSmall?min=1"],
    ["a start date in the past", zDetailsStep, { ...complete.details, startDate: inDays(-2) }, "startDate", "errors.posting.startInPast"],
    ["remote without a country", zDetailsStep, { ...complete.details, workMode: "REMOTE", country: "", city: "" }, "country", "errors.posting.countryRequired"],
    ["on-site without a city", zDetailsStep, { ...complete.details, workMode: "ON_SITE", city: " " }, "city", "errors.posting.cityRequired"],
    ["a language twice", zDetailsStepDraft, { ...complete.details, languages: [{ code: "en", level: "B2" }, { code: "en", level: "C1" }] }, "languages", "errors.posting.languageTwice"],
  ] as const)("refuses %s", (_label, schema, input, path, expected) => {
    expect(refused(schema, input)[path]).toBe(expected);
  });

  it("refuses on the server whatever the browser's draft schema would have let through", () => {
    // The strict schema contains the draft's rules: a draft refusal is a strict refusal too.
    expect(refused(zTemplateStep, { ...complete.template, skills: skills(7, 7) }).skills).toBe("errors.posting.tooManyMustHaves?max=6");
    expect(refused(zDetailsStep, { ...complete.details, validDays: 91 }).validDays).toBe("errors.tooLarge?max=90");
  });

  it("answers with catalogue keys only, as the action builder returns them", () => {
    const failures = [
      refused(zDetailsStep, { titleEn: MB, titleRu: null, salaryFrom: -1, validDays: "x", city: { a: 1 }, extra: 1 }),
      refused(zTemplateStep, { skills: [{ skillId: 1 }], responsibilitiesEn: [null] }),
      refused(zQuestionsStep, { questions: [{ kind: "RADIO" }] }),
      refused(zSavePostingStepInput, { step: "details", values: null }),
    ];
    for (const fieldErrors of failures) {
      expect(Object.keys(fieldErrors).length).toBeGreaterThan(0);
      for (const text of Object.values(fieldErrors)) expect(text.startsWith("errors.")).toBe(true);
    }
  });
});

describe("the discrimination lint in the wizard", () => {
  /** The lint's finding packed into a field error: its category's key and the offending words. */
  const lintError = (fieldErrors: FieldErrors, path: string) => {
    const { key, params } = unpackMessage(fieldErrors[path] ?? "");
    return [key, params.match];
  };

  it("marks the offending title", () => {
    const fieldErrors = refused(zDetailsStep, { ...complete.details, titleRu: "SMM-менеджер (девушка)" });
    expect(lintError(fieldErrors, "titleRu")).toEqual(["errors.posting.lint.sex", "девушка"]);
    expect(Object.keys(fieldErrors)).toEqual(["titleRu"]);
  });

  it("marks the offending line of a list", () => {
    const template = { ...complete.template, responsibilitiesEn: ["Run meetups", "Candidates must be aged 25-35"] };
    expect(lintError(refused(zTemplateStep, template), "responsibilitiesEn.1")).toEqual(["errors.posting.lint.age", "aged 25-35"]);
  });

  it("marks the offending question", () => {
    const questions = { questions: [{ ...complete.questions.questions[1]!, textRu: "Вы замужем?" }] };
    expect(lintError(refused(zQuestionsStep, questions), "questions.0.textRu")).toEqual(["errors.posting.lint.family", "замужем"]);
  });

  it("marks the offending description", () => {
    const description = { ...complete.description, descriptionRu: `${complete.description.descriptionRu}\nВозраст до 30 лет.` };
    expect(lintError(refused(zDescriptionStep, description), "descriptionRu")).toEqual(["errors.posting.lint.age", "Возраст до 30 лет"]);
  });

  it("leaves a draft alone: work in progress is saved as typed", () => {
    expect(zDetailsStepDraft.safeParse({ ...complete.details, titleRu: "SMM-менеджер (девушка)" }).success).toBe(true);
  });
});

describe("zSavePostingStepInput", () => {
  const save = { postingId: "posting_1", version: 3, advance: false };

  it("picks the step's draft schema by its name", () => {
    const parsed = zSavePostingStepInput.parse({ ...save, step: "details", values: empty.details });
    expect(parsed.step).toBe("details");
    expect(parsed.values).toMatchObject({ salaryFrom: null, currency: null, startDate: null });
    expect(zSavePostingStepInput.parse({ ...save, step: "role", values: complete.role, advance: true }).values).toEqual(complete.role);
  });

  it("refuses one step's values under another step's name", () => {
    expect(refused(zSavePostingStepInput, { ...save, step: "details", values: complete.role })).toMatchObject({
      "values.titleEn": "errors.required",
    });
    expect(refused(zSavePostingStepInput, { ...save, step: "role", values: complete.description })).toEqual({
      values: "errors.unknownField",
    });
  });

  it.each(["preview", "publish", "", null])("refuses the unknown step %j", (step) => {
    const fieldErrors = refused(zSavePostingStepInput, { ...save, step, values: {} });
    expect(Object.values(fieldErrors)).toEqual(["errors.invalidChoice"]);
  });

  it("refuses a foreign posting id, a bad version and unknown keys", () => {
    const values = empty.description;
    expect(refused(zSavePostingStepInput, { ...save, step: "description", values, postingId: "../1" }).postingId).toBe("errors.notFound");
    expect(refused(zSavePostingStepInput, { ...save, step: "description", values, version: 0 }).version).toBe("errors.tooSmall?min=1");
    expect(refused(zSavePostingStepInput, { ...save, step: "description", values, status: "PUBLISHED" })._form).toBe("errors.unknownField");
  });
});
