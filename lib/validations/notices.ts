import { z } from "@/lib/validations/z";
import { zId } from "@/lib/validations/fields";

/** The notices to mark read; none listed means all of the user's own. */
export const zMarkNoticesReadInput = z.strictObject({ ids: z.array(zId).max(100).optional() });
