import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

// Options are built on first use, not at import: the build must not need the secret.
type Ctx = { params: Promise<{ nextauth: string[] }> };
const handler = (req: Request, ctx: Ctx) => NextAuth(req as never, ctx as never, authOptions());

export { handler as GET, handler as POST };
