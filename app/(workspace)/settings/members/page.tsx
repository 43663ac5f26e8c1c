import { getTranslations } from "next-intl/server";
import { MemberManager } from "@/components/members/member-manager";
import { MemberTable } from "@/components/members/member-table";
import { requirePageActor } from "@/lib/auth/current-actor";
import { listMembers } from "@/lib/members/list-members";
import { roleCan } from "@/lib/permissions/roles";

export async function generateMetadata() {
  return { title: (await getTranslations("members"))("title") };
}

export default async function MembersPage() {
  const actor = await requirePageActor();
  const { members } = await listMembers(actor);
  const t = await getTranslations("members");
  return (
    <>
      <div className="page-title">
        <h1>{t("title")}</h1>
      </div>
      {roleCan(actor.role, "manageMembers") ? (
        <MemberManager initial={members} selfId={actor.userId} />
      ) : (
        <>
          <p className="muted">{t("readOnly")}</p>
          <MemberTable members={members} selfId={actor.userId} />
        </>
      )}
    </>
  );
}
