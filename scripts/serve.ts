// `npm run serve`: serves the existing build (`npm run build`) with the app's server.
import { logError } from "@/lib/log";
import { serve } from "./server";

serve().catch((error: unknown) => {
  logError("server.failed", error);
  process.exit(1);
});
