// The posting wizard's first step: a company that cannot tell whether it needs
// an SMM specialist or a community manager answers four questions and gets a
// recommendation with its reasons (DOMAIN.md points 3, 6 and 12).
//
// Each answer is one reason: a code, the side it supports and its points.
//
//   answer                       supports    points  why (DOMAIN.md)
//   channel.social               SMM         2       12: an audience in social networks, hire an SMM
//                                                        specialist; but a community can live there too (3)
//   channel.website              COMMUNITY   1       3: a community can live on websites; weak, since an
//                                                        SMM specialist also sends people to a site (6)
//   channel.offline              COMMUNITY   4       12: an event with real people, offline, hire a community
//                                                        manager; the SMM specialist works in social networks (1),
//                                                        so this outweighs the other three answers together (4 > 3)
//   audience.newLarge            SMM         1       6: a large audience beyond one community
//   audience.existingLoyal       COMMUNITY   1       6: an audience already active, loyal users
//   metric.clicksSales           SMM         1       6: quantitative priorities, click-throughs and sales
//   metric.engagementRetention   COMMUNITY   1       4, 6: interaction, feedback, drawing people in
//   community.yes                COMMUNITY   2       3, 6: building a community is the community manager's work;
//                                                        for an SMM specialist it is optional
//   community.no                 SMM         1       6: an SMM specialist does without a community of one's own
//   community.notSure            neither     0       decides nothing
//
// The decision, in this order:
//   1. BOTH (two postings) when each side has a strong signal:
//      SMM:       social networks AND a reach goal (a new, large audience or clicks and sales),
//                 i.e. the rule of thumb's "audience in social networks" used to attract attention;
//      COMMUNITY: offline events (the rule of thumb's other half) OR a community of one's own.
//      Social networks serving an existing loyal audience's engagement are where a
//      community lives (point 3), not a reason for a second posting.
//   2. Otherwise the side with more points.
//   3. A tie goes to the side of the metric: what the hire will be judged by is
//      where the article draws the line (numbers for SMM, interaction for community).
// The points are set so that a side with the only strong signal also has more
// points, so the score shown never contradicts the advice.
//
// The wizard asks for advice only once isCompleteAdvisorAnswers holds, with
// values its schema has checked; incomplete or unknown answers reaching
// adviseRole are a bug, so it throws a RangeError rather than advising from
// nothing. Repeated channels count once; their order does not matter.

export const ADVISOR_CHANNELS = ["SOCIAL", "WEBSITE", "OFFLINE"] as const;
export const ADVISOR_AUDIENCES = ["NEW_LARGE", "EXISTING_LOYAL"] as const;
export const ADVISOR_METRICS = ["CLICKS_SALES", "ENGAGEMENT_RETENTION"] as const;
export const ADVISOR_OWN_COMMUNITY = ["YES", "NO", "NOT_SURE"] as const;
export const ADVISOR_SIDES = ["SMM", "COMMUNITY"] as const;
export const ADVISOR_RECOMMENDATIONS = ["SMM", "COMMUNITY", "BOTH"] as const;

export type AdvisorChannel = (typeof ADVISOR_CHANNELS)[number];
export type AdvisorAudience = (typeof ADVISOR_AUDIENCES)[number];
export type AdvisorMetric = (typeof ADVISOR_METRICS)[number];
export type AdvisorOwnCommunity = (typeof ADVISOR_OWN_COMMUNITY)[number];
/** A role family the advice can name (the taxonomy's SMM and COMMUNITY families). */
export type AdvisorSide = (typeof ADVISOR_SIDES)[number];
export type Recommendation = (typeof ADVISOR_RECOMMENDATIONS)[number];

export type AdvisorAnswers = {
  /** Where the audience should be won; one or more. */
  channels: readonly AdvisorChannel[];
  audience: AdvisorAudience;
  metric: AdvisorMetric;
  ownCommunity: AdvisorOwnCommunity;
};

/** Every reason the advisor can give, in the order it lists them: the table above as data. */
export const ADVISOR_REASONS = {
  "channel.social": { supports: "SMM", points: 2 },
  "channel.website": { supports: "COMMUNITY", points: 1 },
  "channel.offline": { supports: "COMMUNITY", points: 4 },
  "audience.newLarge": { supports: "SMM", points: 1 },
  "audience.existingLoyal": { supports: "COMMUNITY", points: 1 },
  "metric.clicksSales": { supports: "SMM", points: 1 },
  "metric.engagementRetention": { supports: "COMMUNITY", points: 1 },
  "community.yes": { supports: "COMMUNITY", points: 2 },
  "community.no": { supports: "SMM", points: 1 },
  "community.notSure": { supports: null, points: 0 },
} as const satisfies Record<string, { supports: AdvisorSide | null; points: number }>;

export type AdvisorReasonCode = keyof typeof ADVISOR_REASONS;
export const ADVISOR_REASON_CODES = Object.keys(ADVISOR_REASONS) as AdvisorReasonCode[];

/** One line of "why": `supports` is null for an answer that favours neither side. */
export type AdvisorReason = { code: AdvisorReasonCode; supports: AdvisorSide | null; points: number };

export type RoleAdvice = {
  recommendation: Recommendation;
  /** The postings to create: one family, or both in the taxonomy's order (SMM, then community). */
  families: AdvisorSide[];
  /** One per distinct answer: channels (in ADVISOR_CHANNELS order), audience, metric, community. */
  reasons: AdvisorReason[];
  score: { smm: number; community: number };
  /** Which sides have a strong signal (rule 1); both true exactly when the advice is BOTH. */
  strong: { smm: boolean; community: boolean };
};

const CHANNEL_REASON: Record<AdvisorChannel, AdvisorReasonCode> = {
  SOCIAL: "channel.social",
  WEBSITE: "channel.website",
  OFFLINE: "channel.offline",
};
const AUDIENCE_REASON: Record<AdvisorAudience, AdvisorReasonCode> = {
  NEW_LARGE: "audience.newLarge",
  EXISTING_LOYAL: "audience.existingLoyal",
};
const METRIC_REASON: Record<AdvisorMetric, AdvisorReasonCode> = {
  CLICKS_SALES: "metric.clicksSales",
  ENGAGEMENT_RETENTION: "metric.engagementRetention",
};
const COMMUNITY_REASON: Record<AdvisorOwnCommunity, AdvisorReasonCode> = {
  YES: "community.yes",
  NO: "community.no",
  NOT_SURE: "community.notSure",
};

function check<T extends string>(allowed: readonly T[], value: unknown, question: string): T {
  if (!allowed.includes(value as T)) throw new RangeError(`role advisor: unknown ${question} answer ${String(value)}`);
  return value as T;
}

/**
 * Whether a draft's answers are all given (at least one channel, every question
 * answered): the wizard asks for advice only then, so adviseRole never throws.
 */
export function isCompleteAdvisorAnswers(draft: {
  channels: readonly AdvisorChannel[];
  audience?: AdvisorAudience | null;
  metric?: AdvisorMetric | null;
  ownCommunity?: AdvisorOwnCommunity | null;
}): draft is AdvisorAnswers {
  return draft.channels.length > 0 && draft.audience != null && draft.metric != null && draft.ownCommunity != null;
}

/** The recommended role family (or both) for a company's four answers, with the reasons. */
export function adviseRole(answers: AdvisorAnswers): RoleAdvice {
  if (answers.channels.length === 0) throw new RangeError("role advisor: at least one channel is required");
  const picked = new Set(answers.channels.map((c) => check(ADVISOR_CHANNELS, c, "channel")));
  const audience = check(ADVISOR_AUDIENCES, answers.audience, "audience");
  const metric = check(ADVISOR_METRICS, answers.metric, "metric");
  const ownCommunity = check(ADVISOR_OWN_COMMUNITY, answers.ownCommunity, "own community");

  const codes = [
    ...ADVISOR_CHANNELS.filter((c) => picked.has(c)).map((c) => CHANNEL_REASON[c]),
    AUDIENCE_REASON[audience],
    METRIC_REASON[metric],
    COMMUNITY_REASON[ownCommunity],
  ];
  const reasons: AdvisorReason[] = codes.map((code) => ({ code, ...ADVISOR_REASONS[code] }));
  const sum = (side: AdvisorSide) => reasons.reduce((n, r) => (r.supports === side ? n + r.points : n), 0);
  const score = { smm: sum("SMM"), community: sum("COMMUNITY") };

  const strong = {
    smm: picked.has("SOCIAL") && (audience === "NEW_LARGE" || metric === "CLICKS_SALES"),
    community: picked.has("OFFLINE") || ownCommunity === "YES",
  };

  let recommendation: Recommendation;
  if (strong.smm && strong.community) recommendation = "BOTH";
  else if (score.smm !== score.community) recommendation = score.smm > score.community ? "SMM" : "COMMUNITY";
  else recommendation = metric === "CLICKS_SALES" ? "SMM" : "COMMUNITY";

  const families: AdvisorSide[] = recommendation === "BOTH" ? ["SMM", "COMMUNITY"] : [recommendation];
  return { recommendation, families, reasons, score, strong };
}
