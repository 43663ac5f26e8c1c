import { getTranslations } from "next-intl/server";
import type { TMember } from "./types";

/** The team as non-admins see it: names, emails and roles, nothing to change. */
export async function MemberTable({ members, selfId }: { members: TMember[]; selfId: string }) {
  const t = await getTranslations("members");
  const tRoles = await getTranslations("roles");
  return (
    <table aria-label={t("title")} className="member-table">
      <thead>
        <tr>
          <th scope="col">{t("columns.name")}</th>
          <th scope="col">{t("columns.email")}</th>
          <th scope="col">{t("columns.role")}</th>
        </tr>
      </thead>
      <tbody>
        {members.map((m) => (
          <tr key={m.id}>
            <td>
              <bdi dir="auto">{m.name}</bdi> {m.id === selfId && <span className="muted">({t("you")})</span>}
            </td>
            <td dir="ltr">{m.email}</td>
            <td>{tRoles(m.role)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
