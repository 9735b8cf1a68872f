import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/card";
import { StackBody, StackCell, StackHead, StackRow, StackTable } from "@/components/ui/stack-table";
import type { TaxonomyOverview } from "@/lib/views/taxonomy";

/** All growth edges as a table for admins: from, to, and vertical or horizontal. */
export async function EdgeTable({ edges, labelledBy }: { edges: TaxonomyOverview["edges"]; labelledBy: string }) {
  const [t, tk] = await Promise.all([getTranslations("admin.edges"), getTranslations("roles.growthKind")]);
  const sorted = [...edges].sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
  const columns = [t("from"), t("to"), t("kind")];
  return (
    <StackTable labelledBy={labelledBy}>
      <StackHead columns={columns} />
      <StackBody>
        {sorted.map((edge, i) => (
          <StackRow key={`${i}-${edge.from}-${edge.to}`}>
            <StackCell label={columns[0]}>{edge.from}</StackCell>
            <StackCell label={columns[1]}>{edge.to}</StackCell>
            <StackCell label={columns[2]}>
              <Badge tone={edge.kind === "VERTICAL" ? "brand" : "slate"}>{tk(edge.kind)}</Badge>
            </StackCell>
          </StackRow>
        ))}
      </StackBody>
    </StackTable>
  );
}
