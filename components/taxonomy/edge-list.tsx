import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/card";
import type { RoleDetail } from "@/lib/views/taxonomy";

type Edge = RoleDetail["edges"][number];

/** Growth edges as a list: the other role (a link to its page), optionally the kind, and the rationale. */
export async function EdgeList({ edges, showKind = false }: { edges: Edge[]; showKind?: boolean }) {
  const t = await getTranslations("roles.growthKind");
  return (
    <ul className="grid gap-3 md:grid-cols-2">
      {edges.map((edge) => (
        <li key={`${edge.direction}-${edge.slug}`} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <div className="flex flex-wrap items-center gap-2">
            <Link
              href={`/roles/${edge.slug}`}
              className="font-semibold text-brand-700 underline underline-offset-4 hover:text-brand-800"
            >
              {edge.label}
            </Link>
            {showKind ? <Badge tone={edge.kind === "VERTICAL" ? "brand" : "slate"}>{t(edge.kind)}</Badge> : null}
          </div>
          <p className="mt-2 text-sm text-slate-700">{edge.rationale}</p>
        </li>
      ))}
    </ul>
  );
}
