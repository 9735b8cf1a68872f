import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { TableFrame } from "@/components/ui/table-frame";
import { FamilyBadge, SeniorityBadge } from "@/components/taxonomy/role-badges";
import type { RoleSummary } from "@/lib/views/taxonomy";

const CELL = "px-4 py-3";

/** All roles as a table for admins: name (link to the public page), family, seniority, skill counts. */
export async function RoleTable({ roles, labelledBy }: { roles: RoleSummary[]; labelledBy: string }) {
  const t = await getTranslations("admin.roles");
  return (
    <TableFrame labelledBy={labelledBy}>
      <table aria-labelledby={labelledBy} className="w-full border-collapse text-left text-sm">
        <thead className="border-b border-slate-200 bg-slate-50 text-slate-800">
          <tr>
            <th scope="col" className={`${CELL} font-semibold`}>
              {t("role")}
            </th>
            <th scope="col" className={`${CELL} font-semibold`}>
              {t("family")}
            </th>
            <th scope="col" className={`${CELL} hidden font-semibold sm:table-cell`}>
              {t("seniority")}
            </th>
            <th scope="col" className={`${CELL} hidden text-right font-semibold md:table-cell`}>
              {t("essential")}
            </th>
            <th scope="col" className={`${CELL} hidden text-right font-semibold md:table-cell`}>
              {t("optional")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {roles.map((role) => (
            <tr key={role.slug}>
              <th scope="row" className={`${CELL} font-medium`}>
                <Link href={`/roles/${role.slug}`} className="text-brand-700 underline underline-offset-4 hover:text-brand-800">
                  {role.label}
                </Link>
              </th>
              <td className={CELL}>
                <FamilyBadge family={role.family} />
              </td>
              <td className={`${CELL} hidden sm:table-cell`}>
                <SeniorityBadge seniority={role.seniority} />
              </td>
              <td className={`${CELL} hidden text-right tabular-nums md:table-cell`}>{role.essentialCount}</td>
              <td className={`${CELL} hidden text-right tabular-nums md:table-cell`}>{role.optionalCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}
