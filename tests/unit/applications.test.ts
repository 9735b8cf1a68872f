// The application rules (lib/domain/application-rules.ts) and the forms'
// schemas (lib/validations/application.ts): which stage moves are allowed,
// the knock-out check, the answers a posting needs, the filters from an address.
import { describe, expect, it } from "vitest";
import { answerQuestions, APPLICATION_STAGES, canMoveStage, canWithdraw, failsKnockout, STAGE_MOVES, type AskedQuestion } from "@/lib/domain/application-rules";
import { parseApplicantFilter, parseCandidateSearch, zApplyInput, zMoveStageInput } from "@/lib/validations/application";

describe("stage moves", () => {
  it("go forward, reject from any open stage, reconsider a rejection, and never leave hired or withdrawn", () => {
    expect(canMoveStage("NEW", "SCREENING")).toBe(true);
    expect(canMoveStage("NEW", "INTERVIEW")).toBe(true);
    expect(canMoveStage("NEW", "HIRED")).toBe(false);
    expect(canMoveStage("INTERVIEW", "SCREENING")).toBe(false);
    expect(canMoveStage("OFFER", "HIRED")).toBe(true);
    expect(canMoveStage("REJECTED", "SCREENING")).toBe(true);
    expect(canMoveStage("REJECTED", "OFFER")).toBe(false);
    for (const to of APPLICATION_STAGES) {
      expect(canMoveStage("HIRED", to)).toBe(false);
      expect(canMoveStage("WITHDRAWN", to)).toBe(false);
      // Withdrawing is the candidate's, never a company's move.
      for (const from of APPLICATION_STAGES) if (to === "WITHDRAWN") expect(canMoveStage(from, to)).toBe(false);
    }
    for (const from of ["NEW", "SCREENING", "INTERVIEW", "OFFER"] as const) expect(STAGE_MOVES[from]).toContain("REJECTED");
  });

  it("let the candidate withdraw only while the application is open", () => {
    expect(APPLICATION_STAGES.filter(canWithdraw)).toEqual(["NEW", "SCREENING", "INTERVIEW", "OFFER"]);
  });
});

const Q: AskedQuestion[] = [
  { id: "q1", kind: "YES_NO", textEn: "Evenings?", textRu: "Вечером?", knockout: true, expectedYes: true },
  { id: "q2", kind: "TEXT", textEn: "Why us?", textRu: "Почему мы?", knockout: false, expectedYes: null },
  { id: "q3", kind: "YES_NO", textEn: "Relocate?", textRu: "Переезд?", knockout: false, expectedYes: null },
];

describe("answers", () => {
  it("are all needed, yes/no for yes/no questions, and only for the posting's questions", () => {
    expect(answerQuestions(Q, { q1: "yes", q2: "  Люблю кофе ", q3: "no" })).toEqual({
      ok: true,
      answered: [
        { ...Q[0], answer: "yes" },
        { ...Q[1], answer: "Люблю кофе" },
        { ...Q[2], answer: "no" },
      ],
    });
    expect(answerQuestions(Q, { q1: "maybe", q2: "", q4: "yes" })).toEqual({
      ok: false,
      fieldErrors: { "answers.q4": "errors.application.unknownQuestion", "answers.q1": "errors.application.yesOrNo", "answers.q2": "errors.required", "answers.q3": "errors.required" },
    });
  });

  it("fail a knock-out only when a knock-out yes/no question gets the other answer", () => {
    const [knockout, text, plain] = [Q[0]!, Q[1]!, Q[2]!];
    expect(failsKnockout({ ...knockout, answer: "no" })).toBe(true);
    expect(failsKnockout({ ...knockout, answer: "yes" })).toBe(false);
    expect(failsKnockout({ ...knockout, expectedYes: false, answer: "yes" })).toBe(true);
    expect(failsKnockout({ ...text, answer: "no" })).toBe(false);
    expect(failsKnockout({ ...plain, answer: "no" })).toBe(false);
  });
});

describe("the forms' schemas", () => {
  it("take an unanswered yes/no (null from a radio group) as empty, and an empty cover note as none", () => {
    expect(zApplyInput.parse({ postingId: "p1", coverNote: "", answers: { q1: null } })).toEqual({ postingId: "p1", coverNote: null, answers: { q1: "" } });
    expect(zApplyInput.safeParse({ postingId: "p1", answers: { q1: "a\u0000b" } }).success).toBe(false);
  });

  it("give a reason only when rejecting", () => {
    expect(zMoveStageInput.safeParse({ applicationId: "a", version: 1, to: "REJECTED", reason: "Нет опыта", reasonShared: true }).success).toBe(true);
    expect(zMoveStageInput.safeParse({ applicationId: "a", version: 1, to: "INTERVIEW", reason: "Нет опыта" }).success).toBe(false);
  });

  it("read the applicants' filters and the candidate search from an address, falling back on anything odd", () => {
    expect(parseApplicantFilter({})).toEqual({ stage: "active", knockoutsPassed: false, fitMin: 0 });
    expect(parseApplicantFilter({ stage: "OFFER", knockouts: "passed", fit: "50" })).toEqual({ stage: "OFFER", knockoutsPassed: true, fitMin: 50 });
    expect(parseApplicantFilter({ stage: "HACKED", fit: "500" })).toEqual({ stage: "active", knockoutsPassed: false, fitMin: 100 });
    expect(parseApplicantFilter({ fit: "abc" }).fitMin).toBe(0);
    expect(parseCandidateSearch({ skill: ["a1", "a1", "", "b2", "c3", "d4"], target: "r1" })).toEqual({ skills: ["a1", "b2", "c3"], target: "r1" });
    expect(parseCandidateSearch({ skill: "'; DROP TABLE", target: "../x" })).toEqual({ skills: [], target: null });
  });
});
