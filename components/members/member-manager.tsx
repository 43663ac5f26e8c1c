"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { callApi, type ApiResult } from "@/lib/api/client";
import type { AnyEndpoint } from "@/lib/api/endpoint";
import { WORKSPACE_API } from "@/lib/api/endpoints/workspace";
import { FirstPassword } from "./first-password";
import { InviteForm } from "./invite-form";
import { ROLES, type TMember } from "./types";

/** The team for admins: invite, change a role, remove; the API's refusal (e.g. the last admin) shown as it says it. */
export function MemberManager({ initial, selfId }: { initial: TMember[]; selfId: string }) {
  const t = useTranslations("members");
  const tRoles = useTranslations("roles");
  const router = useRouter();
  const [members, setMembers] = useState(initial);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [password, setPassword] = useState<{ name: string; value: string } | null>(null);

  async function settle<E extends AnyEndpoint>(sent: Promise<ApiResult<E>>) {
    setMessage(null);
    const result = await sent;
    if (result.ok) return result.data;
    setMessage({ text: result.failure.message || t("network"), error: true });
    return null;
  }

  async function changeRole(member: TMember, role: TMember["role"]) {
    const updated = await settle(callApi(WORKSPACE_API.changeRole, { params: { userId: member.id }, body: { role } }));
    if (!updated) return;
    setMembers((list) => list.map((m) => (m.id === member.id ? updated : m)));
    setMessage({ text: t("saved"), error: false });
    if (member.id === selfId) router.refresh();
  }

  async function remove(member: TMember) {
    if (!window.confirm(t("removeConfirm", { name: member.name }))) return;
    if (!(await settle(callApi(WORKSPACE_API.removeMember, { params: { userId: member.id } })))) return;
    setMembers((list) => list.filter((m) => m.id !== member.id));
    if (member.id === selfId) router.refresh();
  }

  return (
    <>
      {password && <FirstPassword name={password.name} password={password.value} onDone={() => setPassword(null)} />}
      {message && (
        <p
          role={message.error ? "alert" : "status"}
          className={message.error ? "alert" : "notice"}
          dir="auto"
          data-testid="members-message"
        >
          {message.text}
        </p>
      )}
      <table aria-label={t("title")} className="member-table">
        <thead>
          <tr>
            <th scope="col">{t("columns.name")}</th>
            <th scope="col">{t("columns.email")}</th>
            <th scope="col">{t("columns.role")}</th>
            <th scope="col">{t("columns.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.id} data-member={m.email}>
              <td>
                <bdi dir="auto">{m.name}</bdi> {m.id === selfId && <span className="muted">({t("you")})</span>}
              </td>
              <td dir="ltr">{m.email}</td>
              <td>
                {/* key: a refused change puts the select back to the stored role */}
                <select
                  key={`${m.role}-${message?.text ?? ""}`}
                  aria-label={t("roleOf", { name: m.name })}
                  defaultValue={m.role}
                  onChange={(e) => changeRole(m, ROLES.find((r) => r === e.target.value) ?? m.role)}
                >
                  {ROLES.map((role) => (
                    <option key={role} value={role}>
                      {tRoles(role)}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <button type="button" className="secondary remove-member" onClick={() => remove(m)}>
                  {t("remove")}
                  <span className="visually-hidden"> {m.name}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <InviteForm
        onInvited={({ member, firstPassword }) => {
          setMembers((list) => [...list, member]);
          setPassword(firstPassword ? { name: member.name, value: firstPassword } : null);
          setMessage(firstPassword ? null : { text: t("existing", { name: member.name }), error: false });
        }}
      />
    </>
  );
}
