import { LocaleSwitcher } from "@/components/layout/locale-switcher";

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <main className="page auth-page">
      <div className="auth-top">
        <LocaleSwitcher />
      </div>
      {children}
    </main>
  );
}
