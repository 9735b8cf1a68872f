import { getTranslations } from "next-intl/server";
import { TableFrame } from "@/components/ui/table-frame";
import { Badge } from "@/components/ui/card";
import type { TaxonomyOverview } from "@/lib/views/taxonomy";

const CELL = "px-4 py-3";

/** All growth edges as a table for admins: from, to, and vertical or horizontal. */
export async function EdgeTable({ edges, labelledBy }: { edges: TaxonomyOverview["edges"]; labelledBy: string }) {
  const [t, tk] = await Promise.all([getTranslations("admin.edges"), getTranslations("roles.growthKind")]);
  const sorted = [...edges].sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
  return (
    <TableFrame labelledBy={labelledBy}>
      <table aria-labelledby={labelledBy} className="w-full border-collapse text-left text-sm">
        <thead className="border-b border-slate-200 bg-slate-50 text-slate-800">
          <tr>
            <th scope="col" className={`${CELL} font-semibold`}>
              {t("from")}
            </th>
            <th scope="col" className={`${CELL} font-semibold`}>
              {t("to")}
            </th>
            <th scope="col" className={`${CELL} font-semibold`}>
              {t("kind")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {sorted.map((edge, i) => (
            <tr key={`${i}-${edge.from}-${edge.to}`}>
              <td className={CELL}>{edge.from}</td>
              <td className={CELL}>{edge.to}</td>
              <td className={CELL}>
                <Badge tone={edge.kind === "VERTICAL" ? "brand" : "slate"}>{tk(edge.kind)}</Badge>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}
