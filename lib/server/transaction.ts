import "server-only";
// One transaction that can refuse: a Refusal thrown inside, after something
// was written, undoes every write and becomes the answer.
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { Failure, Result } from "@/lib/validations/result";

export type Tx = Prisma.TransactionClient;

export class Refusal extends Error {
  constructor(readonly result: Failure) {
    super(result.error);
  }
}

export async function transaction<T>(fn: (tx: Tx) => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await db.$transaction(fn, { timeout: 30_000, maxWait: 30_000 });
  } catch (error) {
    if (error instanceof Refusal) return error.result;
    throw error;
  }
}

/** A write refused by a unique key (a second row where the schema allows one). */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
