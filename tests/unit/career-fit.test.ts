// Career fit (issue 10): how well stated skills fit a role, where the candidate
// stands, and which roles are reachable from there. Every expected number below
// is worked out by hand from the rules in lib/domain/career-fit.ts's header:
// essential weighs 3, optional 1; credit = min(1, level ÷ minLevel), 0 when not
// stated; fit = round(Σ weight·credit × 100 ÷ Σ weight); a gap's points =
// weight·(1 − credit) × 100 ÷ Σ weight, to one decimal.
import { describe, expect, it } from "vitest";
import {
  computeFit,
  placeCandidate,
  reachableSteps,
  type Edge,
  type FitRequirement,
  type PastRole,
  type PlacementRole,
} from "@/lib/domain/career-fit";
import type { Importance, Seniority } from "@/lib/views/vocabulary";

function req(skillId: string, importance: Importance, minLevel: number, deprecated = false): FitRequirement {
  return deprecated ? { skillId, importance, minLevel, skillStatus: "DEPRECATED" } : { skillId, importance, minLevel, skillStatus: "ACTIVE" };
}

const stated = (levels: Record<string, number> = {}) => new Map(Object.entries(levels));
const gapIds = (requirements: FitRequirement[], levels: Record<string, number>) =>
  computeFit(requirements, stated(levels)).gaps.map((g) => g.skillId);

describe("computeFit()", () => {
  // One essential (minimum 3) and one optional (minimum 2): total weight 3 + 1 = 4.
  const pair = [req("moderation", "ESSENTIAL", 3), req("copywriting", "OPTIONAL", 2)];

  it("gives 0 with no stated skills, and every requirement is a gap", () => {
    const result = computeFit(pair, stated());
    expect(result.fit).toBe(0); // 0 ÷ 4
    expect(result.matched).toEqual([]);
    expect(result.gaps).toEqual([
      { skillId: "moderation", importance: "ESSENTIAL", minLevel: 3, level: null, points: 75 }, // 3 × 1 × 100 ÷ 4
      { skillId: "copywriting", importance: "OPTIONAL", minLevel: 2, level: null, points: 25 }, // 1 × 1 × 100 ÷ 4
    ]);
    expect(result).toMatchObject({ essentialTotal: 1, essentialMet: 0, total: 2 });
  });

  it("gives 100 when every requirement is met, exactly at the minimum or above it", () => {
    const result = computeFit(pair, stated({ moderation: 3, copywriting: 5 }));
    expect(result.fit).toBe(100); // (3 × 1 + 1 × min(1, 5 ÷ 2)) × 100 ÷ 4 = 4 × 100 ÷ 4
    expect(result.gaps).toEqual([]);
    expect(result.matched).toEqual([
      { skillId: "moderation", importance: "ESSENTIAL", minLevel: 3, level: 3, points: 0 },
      { skillId: "copywriting", importance: "OPTIONAL", minLevel: 2, level: 5, points: 0 },
    ]);
    expect(result).toMatchObject({ essentialTotal: 1, essentialMet: 1, total: 2 });
  });

  it("counts a level below the minimum in part (level ÷ minimum)", () => {
    const result = computeFit([req("analytics", "ESSENTIAL", 4)], stated({ analytics: 2 }));
    expect(result.fit).toBe(50); // 3 × (2 ÷ 4) × 100 ÷ 3 = 1.5 × 100 ÷ 3
    expect(result.matched).toEqual([]);
    expect(result.gaps).toEqual([
      { skillId: "analytics", importance: "ESSENTIAL", minLevel: 4, level: 2, points: 50 }, // 3 × (1 − 0.5) × 100 ÷ 3
    ]);
    expect(result).toMatchObject({ essentialTotal: 1, essentialMet: 0, total: 1 });
  });

  it("weighs an essential requirement 3 and an optional one 1", () => {
    expect(computeFit(pair, stated({ moderation: 3 })).fit).toBe(75); // 3 × 100 ÷ 4
    expect(computeFit(pair, stated({ copywriting: 2 })).fit).toBe(25); // 1 × 100 ÷ 4
  });

  it("has no fit (null) for a role with no requirements", () => {
    expect(computeFit([], stated({ moderation: 5 }))).toEqual({
      fit: null,
      matched: [],
      gaps: [],
      essentialTotal: 0,
      essentialMet: 0,
      total: 0,
    });
  });

  it("has no fit (null) for a role whose only requirements are on deprecated skills", () => {
    const onlyDeprecated = [req("orkut-groups", "ESSENTIAL", 2, true), req("icq-chats", "OPTIONAL", 1, true)];
    const expected = { fit: null, matched: [], gaps: [], essentialTotal: 0, essentialMet: 0, total: 0 };
    expect(computeFit(onlyDeprecated, stated())).toEqual(expected);
    expect(computeFit(onlyDeprecated, stated({ "orkut-groups": 5, "icq-chats": 5 }))).toEqual(expected);
  });

  it("leaves deprecated requirements out of the totals in a mixed role", () => {
    const mixed = [req("moderation", "ESSENTIAL", 3), req("orkut-groups", "ESSENTIAL", 3, true), req("copywriting", "OPTIONAL", 2)];
    const levelSets: Record<string, number>[] = [{ moderation: 3 }, { moderation: 3, "orkut-groups": 5 }];
    for (const levels of levelSets) {
      const result = computeFit(mixed, stated(levels));
      expect(result.fit).toBe(75); // counted weight 3 + 1 = 4 (not 7); earned 3 → 3 × 100 ÷ 4
      expect(result.matched.map((m) => m.skillId)).toEqual(["moderation"]);
      expect(result.gaps).toEqual([
        { skillId: "copywriting", importance: "OPTIONAL", minLevel: 2, level: null, points: 25 }, // 1 × 100 ÷ 4
      ]);
      expect(result).toMatchObject({ essentialTotal: 1, essentialMet: 1, total: 2 });
    }
  });

  it("ignores stated skills the role does not ask for", () => {
    const without = computeFit(pair, stated({ moderation: 2 }));
    const withExtras = computeFit(pair, stated({ moderation: 2, "video-editing": 5, sql: 1 }));
    expect(withExtras).toEqual(without);
    expect(withExtras.fit).toBe(50); // 3 × (2 ÷ 3) × 100 ÷ 4 = 2 × 100 ÷ 4
  });

  it("orders gaps: stated below the minimum first, then not stated; each essential first, then more points, then higher minimum", () => {
    // Total weight: 1 + 3 + 1 + 3 + 3 + 3 + 3 = 17.
    const role = [
      req("u-opt", "OPTIONAL", 2), // not stated: 1 × 1 × 100 ÷ 17 = 5.88 → 5.9
      req("u-ess-a", "ESSENTIAL", 2), // not stated: 3 × 1 × 100 ÷ 17 = 17.65 → 17.6
      req("s-opt", "OPTIONAL", 5), // level 1: 1 × (1 − 1/5) × 100 ÷ 17 = 80 ÷ 17 = 4.71 → 4.7
      req("u-ess-b", "ESSENTIAL", 4), // not stated: 17.6 (same points as u-ess-a, higher minimum)
      req("s-ess-small", "ESSENTIAL", 4), // level 3: 3 × (1 − 3/4) × 100 ÷ 17 = 75 ÷ 17 = 4.41 → 4.4
      req("s-ess-big", "ESSENTIAL", 4), // level 1: 3 × (1 − 1/4) × 100 ÷ 17 = 225 ÷ 17 = 13.24 → 13.2
      req("u-ess-c", "ESSENTIAL", 2), // not stated: 17.6, same minimum as u-ess-a, later in the input
    ];
    const result = computeFit(role, stated({ "s-opt": 1, "s-ess-small": 3, "s-ess-big": 1 }));
    expect(result.gaps.map((g) => [g.skillId, g.points])).toEqual([
      // stated below the minimum (the optional 4.7 still comes after the essential 4.4)
      ["s-ess-big", 13.2],
      ["s-ess-small", 4.4],
      ["s-opt", 4.7],
      // not stated (the essentials, each 17.6, still come after the stated optional's 4.7)
      ["u-ess-b", 17.6],
      ["u-ess-a", 17.6],
      ["u-ess-c", 17.6],
      ["u-opt", 5.9],
    ]);
    // earned: 1 × 1/5 + 3 × 3/4 + 3 × 1/4 = 0.2 + 2.25 + 0.75 = 3.2 → 3.2 × 100 ÷ 17 = 18.8 → 19
    expect(result.fit).toBe(19);
    expect(result).toMatchObject({ essentialTotal: 5, essentialMet: 0, total: 7 });
  });

  it("breaks gap ties on equal points by the higher minimum, then keeps the input order", () => {
    // Total weight 9; each is half met: 3 × 0.5 × 100 ÷ 9 = 16.67 → 16.7.
    const role = [req("x", "ESSENTIAL", 2), req("y", "ESSENTIAL", 4), req("z", "ESSENTIAL", 4)];
    const result = computeFit(role, stated({ x: 1, y: 2, z: 2 }));
    expect(result.gaps.map((g) => [g.skillId, g.points])).toEqual([
      ["y", 16.7],
      ["z", 16.7],
      ["x", 16.7],
    ]);
    expect(gapIds([req("z", "ESSENTIAL", 4), req("y", "ESSENTIAL", 4), req("x", "ESSENTIAL", 2)], { x: 1, y: 2, z: 2 })).toEqual([
      "z",
      "y",
      "x",
    ]);
    // Not stated, all equal: the input order.
    expect(gapIds([req("c", "OPTIONAL", 3), req("a", "OPTIONAL", 3), req("b", "OPTIONAL", 3)], {})).toEqual(["c", "a", "b"]);
  });

  it("gives each gap the points it would add if met, to one decimal", () => {
    // Total weight 3 + 3 + 1 = 7.
    const role = [req("strategy", "ESSENTIAL", 3), req("crisis", "ESSENTIAL", 2), req("design", "OPTIONAL", 1)];
    const result = computeFit(role, stated({ strategy: 2 }));
    expect(result.gaps).toEqual([
      { skillId: "strategy", importance: "ESSENTIAL", minLevel: 3, level: 2, points: 14.3 }, // 3 × (1 − 2/3) × 100 ÷ 7 = 100 ÷ 7 = 14.29
      { skillId: "crisis", importance: "ESSENTIAL", minLevel: 2, level: null, points: 42.9 }, // 3 × 100 ÷ 7 = 42.86
      { skillId: "design", importance: "OPTIONAL", minLevel: 1, level: null, points: 14.3 }, // 1 × 100 ÷ 7 = 14.29
    ]);
    expect(result.fit).toBe(29); // 3 × 2/3 = 2 → 200 ÷ 7 = 28.57 → 29
  });

  it("rounds fit to a whole percentage", () => {
    expect(computeFit([req("a", "ESSENTIAL", 3)], stated({ a: 1 })).fit).toBe(33); // 3 × 1/3 × 100 ÷ 3 = 33.33 → 33
    expect(computeFit([req("a", "ESSENTIAL", 3)], stated({ a: 2 })).fit).toBe(67); // 3 × 2/3 × 100 ÷ 3 = 66.67 → 67
    // 3 × 2/4 + 1 × 1 = 2.5 → 2.5 × 100 ÷ 4 = 62.5 → 63 (half rounds up)
    expect(computeFit([req("a", "ESSENTIAL", 4), req("b", "OPTIONAL", 1)], stated({ a: 2, b: 1 })).fit).toBe(63);
  });

  it("counts essentialTotal, essentialMet and total over the counted requirements", () => {
    const role = [
      req("e-met", "ESSENTIAL", 2),
      req("e-below", "ESSENTIAL", 4),
      req("e-missing", "ESSENTIAL", 1),
      req("o-met", "OPTIONAL", 1),
      req("o-missing", "OPTIONAL", 3),
      req("e-deprecated", "ESSENTIAL", 1, true),
    ];
    const result = computeFit(role, stated({ "e-met": 4, "e-below": 3, "o-met": 1, "e-deprecated": 5 }));
    // essentials counted: e-met, e-below, e-missing (e-deprecated is left out); met: e-met only
    expect(result).toMatchObject({ essentialTotal: 3, essentialMet: 1, total: 5 });
    expect(result.matched.map((m) => m.skillId)).toEqual(["e-met", "o-met"]);
    expect(result.gaps.map((g) => g.skillId)).toEqual(["e-below", "e-missing", "o-missing"]);
    // weight 3 × 3 + 1 × 2 = 11; earned 3 + 3 × 3/4 + 0 + 1 + 0 = 6.25 → 625 ÷ 11 = 56.8 → 57
    expect(result.fit).toBe(57);
  });
});

describe("placeCandidate()", () => {
  const role = (id: string, seniority: Seniority, position: number, fit: number | null): PlacementRole => ({ id, seniority, position, fit });
  const current = (roleId: string): PastRole => ({ roleId, current: true });
  const past = (roleId: string): PastRole => ({ roleId, current: false });

  it("places no one with neither history nor stated skills", () => {
    expect(placeCandidate([role("cm-middle", "MIDDLE", 0, 80)], [], 0)).toBeNull();
    expect(placeCandidate([], [], 0)).toBeNull();
  });

  it("keeps the current role when its bonus makes up for a better fit elsewhere", () => {
    const roles = [role("smm-middle", "MIDDLE", 1, 70), role("cm-middle", "MIDDLE", 0, 50)];
    // cm-middle: 50 + 25 = 75 > smm-middle: 70
    expect(placeCandidate(roles, [current("cm-middle")], 4)).toEqual({ roleId: "cm-middle", score: 75, fit: 50, reasons: ["current", "fit"] });
  });

  it("keeps the current role on an exact 25-point difference (a tie) when it is the earlier role", () => {
    const roles = [role("smm-middle", "MIDDLE", 1, 75), role("cm-middle", "MIDDLE", 0, 50)];
    // cm-middle: 50 + 25 = 75 = smm-middle: 75; same rung, cm-middle has the lower position
    expect(placeCandidate(roles, [current("cm-middle")], 4)?.roleId).toBe("cm-middle");
  });

  it("moves to a role whose fit is more than 25 points higher than the current one", () => {
    const roles = [role("cm-middle", "MIDDLE", 0, 50), role("smm-middle", "MIDDLE", 1, 76)];
    // smm-middle: 76 > cm-middle: 50 + 25 = 75
    expect(placeCandidate(roles, [current("cm-middle")], 4)).toEqual({ roleId: "smm-middle", score: 76, fit: 76, reasons: ["fit"] });
  });

  it("adds 10 for a past role", () => {
    const roles = [role("moderator", "JUNIOR", 0, 40), role("cm-junior", "JUNIOR", 1, 45)];
    // moderator: 40 + 10 = 50 > cm-junior: 45
    expect(placeCandidate(roles, [past("moderator")], 3)).toEqual({ roleId: "moderator", score: 50, fit: 40, reasons: ["past", "fit"] });
    // cm-junior: 51 > moderator: 40 + 10 = 50
    const closer = [role("moderator", "JUNIOR", 0, 40), role("cm-junior", "JUNIOR", 1, 51)];
    expect(placeCandidate(closer, [past("moderator")], 3)).toEqual({ roleId: "cm-junior", score: 51, fit: 51, reasons: ["fit"] });
  });

  it("gives the current bonus, not both, to a role named as current and past", () => {
    const roles = [role("cm-middle", "MIDDLE", 0, 50)];
    expect(placeCandidate(roles, [past("cm-middle"), current("cm-middle")], 2)).toEqual({
      roleId: "cm-middle",
      score: 75, // 50 + 25 (not + 10)
      fit: 50,
      reasons: ["current", "fit"],
    });
  });

  it("breaks a tie by the lower rung (JUNIOR < MIDDLE < SENIOR < LEAD < HEAD)", () => {
    const ladder: Seniority[] = ["JUNIOR", "MIDDLE", "SENIOR", "LEAD", "HEAD"];
    // Every role scores 60; the rung decides, whatever the positions and the input order.
    const all = ladder.map((s, i) => role(`cm-${s.toLowerCase()}`, s, 10 - i, 60));
    expect(placeCandidate(all, [], 3)?.roleId).toBe("cm-junior");
    expect(placeCandidate([...all].reverse(), [], 3)?.roleId).toBe("cm-junior");
    ladder.slice(1).forEach((higherRung, i) => {
      const lower = role("lower", ladder[i] as Seniority, 9, 60);
      const higher = role("higher", higherRung, 0, 60);
      expect(placeCandidate([higher, lower], [], 3)?.roleId).toBe("lower");
      expect(placeCandidate([lower, higher], [], 3)?.roleId).toBe("lower");
    });
  });

  it("breaks a tie on the same rung by the lower position", () => {
    const a = role("cm-middle", "MIDDLE", 2, 60);
    const b = role("smm-middle", "MIDDLE", 1, 60);
    expect(placeCandidate([a, b], [], 3)?.roleId).toBe("smm-middle");
    expect(placeCandidate([b, a], [], 3)?.roleId).toBe("smm-middle");
  });

  it("gives the reasons for the placement", () => {
    const roles = [role("cm-middle", "MIDDLE", 0, 30)];
    expect(placeCandidate(roles, [current("cm-middle")], 2)?.reasons).toEqual(["current", "fit"]);
    expect(placeCandidate(roles, [past("cm-middle")], 2)?.reasons).toEqual(["past", "fit"]);
    expect(placeCandidate(roles, [], 2)?.reasons).toEqual(["fit"]);
    expect(placeCandidate(roles, [past("cm-middle")], 0)?.reasons).toEqual(["past"]); // 0 + 10, no skills stated
    // A current role the skills do not fit at all: 0 + 25, no "fit" reason.
    expect(placeCandidate([role("cm-lead", "LEAD", 0, 0)], [current("cm-lead")], 2)).toEqual({
      roleId: "cm-lead",
      score: 25,
      fit: 0,
      reasons: ["current"],
    });
  });

  it("places the current role with reasons ['current'] when there is history but no stated skills", () => {
    const roles = [role("moderator", "JUNIOR", 0, null), role("cm-junior", "JUNIOR", 1, 0), role("cm-middle", "MIDDLE", 2, null)];
    // cm-middle: 0 + 25 = 25 > moderator: 0 + 10 = 10
    expect(placeCandidate(roles, [past("moderator"), current("cm-middle")], 0)).toEqual({
      roleId: "cm-middle",
      score: 25,
      fit: null,
      reasons: ["current"],
    });
  });

  it("never places a role with score 0", () => {
    // Skills stated, but no role fits at all and there is no history.
    expect(placeCandidate([role("cm-junior", "JUNIOR", 0, 0), role("cm-middle", "MIDDLE", 1, 0)], [], 3)).toBeNull();
    // Skills stated, but no role has a fit.
    expect(placeCandidate([role("cm-junior", "JUNIOR", 0, null)], [], 3)).toBeNull();
    // History names a role that is not among the roles.
    expect(placeCandidate([role("cm-junior", "JUNIOR", 0, 0)], [current("gone")], 0)).toBeNull();
  });
});

describe("reachableSteps()", () => {
  // Modelled on the real map.
  const graph: Edge[] = [
    { from: "moderator", to: "cm-junior", kind: "HORIZONTAL" },
    { from: "cm-junior", to: "cm-middle", kind: "VERTICAL" },
    { from: "cm-middle", to: "cm-senior", kind: "VERTICAL" },
    { from: "cm-middle", to: "smm-middle", kind: "HORIZONTAL" },
    { from: "smm-middle", to: "cm-middle", kind: "HORIZONTAL" },
    { from: "cm-senior", to: "cm-lead", kind: "VERTICAL" },
  ];

  it("finds every reachable role by the fewest steps, with the edge leading into it", () => {
    expect(reachableSteps("moderator", graph)).toEqual([
      { roleId: "cm-junior", distance: 1, via: "moderator", kind: "HORIZONTAL" },
      { roleId: "cm-middle", distance: 2, via: "cm-junior", kind: "VERTICAL" },
      { roleId: "cm-senior", distance: 3, via: "cm-middle", kind: "VERTICAL" },
      { roleId: "smm-middle", distance: 3, via: "cm-middle", kind: "HORIZONTAL" },
      { roleId: "cm-lead", distance: 4, via: "cm-senior", kind: "VERTICAL" },
    ]);
  });

  it("follows a bridge back without looping, and never lists the start", () => {
    expect(reachableSteps("smm-middle", graph)).toEqual([
      { roleId: "cm-middle", distance: 1, via: "smm-middle", kind: "HORIZONTAL" },
      { roleId: "cm-senior", distance: 2, via: "cm-middle", kind: "VERTICAL" },
      { roleId: "cm-lead", distance: 3, via: "cm-senior", kind: "VERTICAL" },
    ]);
    expect(reachableSteps("cm-middle", graph).map((s) => s.roleId)).toEqual(["cm-senior", "smm-middle", "cm-lead"]);
  });

  it("terminates on cycles and self-loops", () => {
    const cycle: Edge[] = [
      { from: "a", to: "b", kind: "VERTICAL" },
      { from: "b", to: "a", kind: "HORIZONTAL" },
      { from: "b", to: "c", kind: "VERTICAL" },
      { from: "c", to: "a", kind: "HORIZONTAL" },
      { from: "c", to: "c", kind: "HORIZONTAL" },
    ];
    expect(reachableSteps("a", cycle)).toEqual([
      { roleId: "b", distance: 1, via: "a", kind: "VERTICAL" },
      { roleId: "c", distance: 2, via: "b", kind: "VERTICAL" },
    ]);
    expect(reachableSteps("solo", [{ from: "solo", to: "solo", kind: "VERTICAL" }])).toEqual([]);
  });

  it("gives [] for a role with no way out and for an unknown start", () => {
    expect(reachableSteps("cm-lead", graph)).toEqual([]);
    expect(reachableSteps("astronaut", graph)).toEqual([]);
    expect(reachableSteps("moderator", [])).toEqual([]);
  });

  it("takes the direct edge over a longer path listed first", () => {
    const edges: Edge[] = [
      { from: "a", to: "b", kind: "VERTICAL" },
      { from: "b", to: "c", kind: "VERTICAL" },
      { from: "a", to: "c", kind: "HORIZONTAL" },
    ];
    expect(reachableSteps("a", edges)).toEqual([
      { roleId: "b", distance: 1, via: "a", kind: "VERTICAL" },
      { roleId: "c", distance: 1, via: "a", kind: "HORIZONTAL" },
    ]);
  });

  it("picks the first edge in input order between equal-length paths", () => {
    const viaB: Edge[] = [
      { from: "a", to: "b", kind: "VERTICAL" },
      { from: "a", to: "c", kind: "HORIZONTAL" },
      { from: "b", to: "d", kind: "VERTICAL" },
      { from: "c", to: "d", kind: "HORIZONTAL" },
    ];
    expect(reachableSteps("a", viaB).find((s) => s.roleId === "d")).toEqual({ roleId: "d", distance: 2, via: "b", kind: "VERTICAL" });
    const viaC: Edge[] = [
      { from: "a", to: "c", kind: "HORIZONTAL" },
      { from: "a", to: "b", kind: "VERTICAL" },
      { from: "c", to: "d", kind: "HORIZONTAL" },
      { from: "b", to: "d", kind: "VERTICAL" },
    ];
    expect(reachableSteps("a", viaC).find((s) => s.roleId === "d")).toEqual({ roleId: "d", distance: 2, via: "c", kind: "HORIZONTAL" });
    // Two edges between the same pair: the first one given.
    const twice: Edge[] = [
      { from: "a", to: "b", kind: "HORIZONTAL" },
      { from: "a", to: "b", kind: "VERTICAL" },
    ];
    expect(reachableSteps("a", twice)).toEqual([{ roleId: "b", distance: 1, via: "a", kind: "HORIZONTAL" }]);
  });
});
