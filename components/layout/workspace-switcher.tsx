import { getTranslations } from "next-intl/server";
import { chooseWorkspace } from "@/app/actions/preferences";
import type { TMembership } from "@/lib/workspaces/memberships";

export async function WorkspaceSwitcher({
  memberships,
  current,
}: {
  memberships: TMembership[];
  current: TMembership;
}) {
  const t = await getTranslations();
  if (memberships.length < 2) {
    return (
      <span className="workspace-name">
        <bdi>{current.workspace.name}</bdi> · {t(`roles.${current.role}`)}
      </span>
    );
  }
  return (
    <form action={chooseWorkspace} className="workspace-switcher">
      <label className="visually-hidden" htmlFor="workspace">
        {t("nav.workspace")}
      </label>
      <select id="workspace" name="workspace" defaultValue={current.workspace.slug}>
        {memberships.map((m) => (
          <option key={m.workspace.slug} value={m.workspace.slug}>
            {m.workspace.name} · {t(`roles.${m.role}`)}
          </option>
        ))}
      </select>
      <button type="submit" className="secondary">
        ↵
      </button>
    </form>
  );
}
