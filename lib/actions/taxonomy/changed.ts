// After a taxonomy edit: the admin's pages show the new state at once. (The
// public pages read through the taxonomy cache, which notices the new
// revision by itself: lib/server/taxonomy/cache.ts.)
import "server-only";
import { revalidatePath } from "next/cache";
import type { Result } from "@/lib/validations/result";

export function taxonomyChanged<T>(result: Result<T>): Result<T> {
  if (result.ok) revalidatePath("/admin", "layout");
  return result;
}
