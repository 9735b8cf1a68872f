import type { MetadataRoute } from "next";
import { publicUrl } from "@/lib/env";

export const dynamic = "force-dynamic";

/** Crawlers read the public pages (home, roles, jobs); accounts, companies' and admins' pages and the API are not for them. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [
      {
        userAgent: "*",
        allow: "/",
        disallow: ["/api/", "/admin", "/company", "/account", "/profile", "/notices", "/invite/", "/sign-in", "/sign-up", "/forgot-password", "/reset-password"],
      },
    ],
    sitemap: `${publicUrl}/sitemap.xml`,
  };
}
