// The posting wizard's role advisor: every combination of answers against a
// table a person wrote from the rules (fixtures/role-advisor-cases.json), then
// the properties each answer must have whatever the table says.
import { describe, expect, it } from "vitest";
import {
  ADVISOR_AUDIENCES,
  ADVISOR_CHANNELS,
  ADVISOR_METRICS,
  ADVISOR_OWN_COMMUNITY,
  ADVISOR_REASON_CODES,
  ADVISOR_RECOMMENDATIONS,
  adviseRole,
  isCompleteAdvisorAnswers,
  type AdvisorAnswers,
  type AdvisorChannel,
  type Recommendation,
} from "@/lib/domain/role-advisor";
import table from "./fixtures/role-advisor-cases.json";

type Case = AdvisorAnswers & { expected: Recommendation };

/** Every non-empty set of channels, each in ADVISOR_CHANNELS order. */
function channelSets(): AdvisorChannel[][] {
  const sets: AdvisorChannel[][] = [];
  for (let mask = 1; mask < 1 << ADVISOR_CHANNELS.length; mask++) {
    sets.push(ADVISOR_CHANNELS.filter((_, i) => mask & (1 << i)));
  }
  return sets;
}

function everyCombination(): AdvisorAnswers[] {
  return channelSets().flatMap((channels) =>
    ADVISOR_AUDIENCES.flatMap((audience) =>
      ADVISOR_METRICS.flatMap((metric) =>
        ADVISOR_OWN_COMMUNITY.map((ownCommunity) => ({ channels, audience, metric, ownCommunity })),
      ),
    ),
  );
}

const keyOf = (a: AdvisorAnswers) =>
  `${ADVISOR_CHANNELS.filter((c) => a.channels.includes(c)).join("+")} · ${a.audience} · ${a.metric} · ${a.ownCommunity}`;

const cases = table.cases as Case[];
const expectedByKey = new Map(cases.map((c) => [keyOf(c), c.expected]));
const combinations = everyCombination();

describe("the expected table", () => {
  it("has one line for each of the 84 combinations (7 channel sets × 2 × 2 × 3), and no other", () => {
    expect(combinations).toHaveLength(84);
    expect(cases).toHaveLength(84);
    expect(expectedByKey.size).toBe(84);
    expect([...expectedByKey.keys()].sort()).toEqual(combinations.map(keyOf).sort());
  });
  it("only names recommendations the advisor knows", () => {
    for (const c of cases) expect(ADVISOR_RECOMMENDATIONS).toContain(c.expected);
  });
});

describe("adviseRole() for every combination of answers", () => {
  it.each(combinations.map((answers) => [keyOf(answers), answers] as const))("%s", (key, answers) => {
    expect(adviseRole(answers).recommendation).toBe(expectedByKey.get(key));
  });
});

describe("what every piece of advice has", () => {
  it.each(combinations.map((answers) => [keyOf(answers), answers] as const))("%s", (_key, answers) => {
    const advice = adviseRole(answers);
    const { recommendation, families, reasons, score, strong } = advice;

    // One reason per answer, in question order, channels in their own order.
    expect(reasons.map((r) => r.code)).toEqual([
      ...ADVISOR_CHANNELS.filter((c) => answers.channels.includes(c)).map((c) => `channel.${c.toLowerCase()}`),
      answers.audience === "NEW_LARGE" ? "audience.newLarge" : "audience.existingLoyal",
      answers.metric === "CLICKS_SALES" ? "metric.clicksSales" : "metric.engagementRetention",
      { YES: "community.yes", NO: "community.no", NOT_SURE: "community.notSure" }[answers.ownCommunity],
    ]);

    // The score is the reasons' points added up per side.
    const points = (side: "SMM" | "COMMUNITY") =>
      reasons.filter((r) => r.supports === side).reduce((n, r) => n + r.points, 0);
    expect(score).toEqual({ smm: points("SMM"), community: points("COMMUNITY") });

    // The families are the recommendation, each backed by at least one reason.
    expect(families).toEqual(recommendation === "BOTH" ? ["SMM", "COMMUNITY"] : [recommendation]);
    for (const family of families) expect(reasons.some((r) => r.supports === family && r.points > 0)).toBe(true);

    // BOTH exactly when both sides are strong; otherwise the score never contradicts the advice.
    expect(recommendation === "BOTH").toBe(strong.smm && strong.community);
    if (recommendation === "SMM") expect(score.smm).toBeGreaterThanOrEqual(score.community);
    if (recommendation === "COMMUNITY") expect(score.community).toBeGreaterThanOrEqual(score.smm);
    if (recommendation !== "BOTH" && score.smm === score.community) {
      expect(recommendation).toBe(answers.metric === "CLICKS_SALES" ? "SMM" : "COMMUNITY");
    }
  });

  it("every reason code is given for some answers (so the catalogue needs each one)", () => {
    const given = new Set(combinations.flatMap((a) => adviseRole(a).reasons.map((r) => r.code)));
    expect([...given].sort()).toEqual([...ADVISOR_REASON_CODES].sort());
  });
});

describe("the clear-cut cases", () => {
  it("social networks, a new large audience, clicks and sales, no community of its own: an SMM specialist", () => {
    const advice = adviseRole({ channels: ["SOCIAL"], audience: "NEW_LARGE", metric: "CLICKS_SALES", ownCommunity: "NO" });
    expect(advice.recommendation).toBe("SMM");
    expect(advice.families).toEqual(["SMM"]);
    expect(advice.score).toEqual({ smm: 5, community: 0 });
    expect(advice.reasons.every((r) => r.supports === "SMM")).toBe(true);
  });

  it("offline events, a loyal audience, engagement and retention, a community of its own: a community manager", () => {
    const advice = adviseRole({
      channels: ["OFFLINE"],
      audience: "EXISTING_LOYAL",
      metric: "ENGAGEMENT_RETENTION",
      ownCommunity: "YES",
    });
    expect(advice.recommendation).toBe("COMMUNITY");
    expect(advice.families).toEqual(["COMMUNITY"]);
    expect(advice.score).toEqual({ smm: 0, community: 8 });
    expect(advice.reasons.every((r) => r.supports === "COMMUNITY")).toBe(true);
  });

  it("social networks for reach and offline events: both, with reasons on each side", () => {
    const advice = adviseRole({
      channels: ["SOCIAL", "OFFLINE"],
      audience: "NEW_LARGE",
      metric: "CLICKS_SALES",
      ownCommunity: "NOT_SURE",
    });
    expect(advice.recommendation).toBe("BOTH");
    expect(advice.families).toEqual(["SMM", "COMMUNITY"]);
    expect(advice.strong).toEqual({ smm: true, community: true });
    expect(advice.reasons).toEqual([
      { code: "channel.social", supports: "SMM", points: 2 },
      { code: "channel.offline", supports: "COMMUNITY", points: 4 },
      { code: "audience.newLarge", supports: "SMM", points: 1 },
      { code: "metric.clicksSales", supports: "SMM", points: 1 },
      { code: "community.notSure", supports: null, points: 0 },
    ]);
  });

  it("social networks that host a loyal community and its events are one community manager's work", () => {
    const advice = adviseRole({
      channels: ["SOCIAL", "OFFLINE"],
      audience: "EXISTING_LOYAL",
      metric: "ENGAGEMENT_RETENTION",
      ownCommunity: "YES",
    });
    expect(advice.recommendation).toBe("COMMUNITY");
    expect(advice.strong).toEqual({ smm: false, community: true });
  });

  it("offline events bring in a community manager even when every other answer leans to SMM", () => {
    const advice = adviseRole({ channels: ["OFFLINE"], audience: "NEW_LARGE", metric: "CLICKS_SALES", ownCommunity: "NO" });
    expect(advice.recommendation).toBe("COMMUNITY");
    expect(advice.score).toEqual({ smm: 3, community: 4 });
  });
});

describe("adviseRole() as a function", () => {
  const answers: AdvisorAnswers = {
    channels: ["OFFLINE", "SOCIAL"],
    audience: "EXISTING_LOYAL",
    metric: "CLICKS_SALES",
    ownCommunity: "NO",
  };

  it("gives the same advice for the same answers, and leaves them unchanged", () => {
    const frozen = Object.freeze({ ...answers, channels: Object.freeze([...answers.channels]) });
    const first = adviseRole(frozen);
    expect(adviseRole(frozen)).toEqual(first);
    expect(adviseRole(structuredClone(answers))).toEqual(first);
    expect(frozen.channels).toEqual(["OFFLINE", "SOCIAL"]);
  });

  it("returns fresh objects: changing one piece of advice does not change the next", () => {
    const first = adviseRole(answers);
    first.reasons[0]!.points = 100;
    first.families.push("COMMUNITY");
    expect(adviseRole(answers).reasons[0]!.points).toBe(2);
    expect(adviseRole(answers).families).toEqual(["SMM", "COMMUNITY"]);
  });

  it("does not depend on the order the channels were ticked in", () => {
    const orders: AdvisorChannel[][] = [
      ["SOCIAL", "WEBSITE", "OFFLINE"],
      ["OFFLINE", "WEBSITE", "SOCIAL"],
      ["WEBSITE", "OFFLINE", "SOCIAL"],
    ];
    const results = orders.map((channels) => adviseRole({ ...answers, channels }));
    for (const r of results) expect(r).toEqual(results[0]);
  });

  it("counts a repeated channel once", () => {
    const repeated = adviseRole({ ...answers, channels: ["SOCIAL", "SOCIAL", "OFFLINE", "OFFLINE", "SOCIAL"] });
    expect(repeated).toEqual(adviseRole({ ...answers, channels: ["SOCIAL", "OFFLINE"] }));
    expect(repeated.reasons.filter((r) => r.code === "channel.social")).toHaveLength(1);
    expect(repeated.score.smm).toBe(2 + 1 + 1);
  });

  it("refuses answers with no channel, rather than advising from nothing", () => {
    expect(() => adviseRole({ ...answers, channels: [] })).toThrow(RangeError);
    expect(() => adviseRole({ ...answers, channels: [] })).toThrow(/at least one channel/);
  });

  it("tells a draft with every answer given from one the wizard must not advise on yet", () => {
    expect(isCompleteAdvisorAnswers(answers)).toBe(true);
    expect(isCompleteAdvisorAnswers({ ...answers, channels: [] })).toBe(false);
    expect(isCompleteAdvisorAnswers({ ...answers, audience: null })).toBe(false);
    expect(isCompleteAdvisorAnswers({ channels: ["WEBSITE"], metric: "CLICKS_SALES", ownCommunity: "YES" })).toBe(false);
    expect(isCompleteAdvisorAnswers({ ...answers, ownCommunity: undefined })).toBe(false);
  });

  it("refuses an answer it does not know (input that skipped the wizard's schema)", () => {
    const bad = (patch: Record<string, unknown>) => () => adviseRole({ ...answers, ...patch } as AdvisorAnswers);
    expect(bad({ channels: ["SOCIAL", "TV"] })).toThrow(RangeError);
    expect(bad({ audience: "EVERYONE" })).toThrow(/audience/);
    expect(bad({ metric: undefined })).toThrow(/metric/);
    expect(bad({ ownCommunity: "MAYBE" })).toThrow(/own community/);
  });
});
