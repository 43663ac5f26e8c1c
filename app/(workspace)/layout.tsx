import { redirect } from "next/navigation";
import { AppHeader } from "@/components/layout/app-header";
import { findActorContext } from "@/lib/auth/current-actor";

export default async function WorkspaceLayout({ children }: { children: React.ReactNode }) {
  const context = await findActorContext();
  if (!context) redirect("/sign-in");
  return (
    <>
      <AppHeader context={context} />
      <main id="main" className="page">
        {children}
      </main>
    </>
  );
}
