import { setLocale } from "@/app/actions";
import { PasswordChangeGate } from "@/components/account/password-change-gate";
import { FlashMessage } from "@/components/forms/flash-message";
import { GlobalSearch } from "@/components/layout/global-search";
import { SiteHeader } from "@/components/layout/site-header";
import { hasRole, UMKM_REGISTRY_ROLES } from "@/lib/access/roles";
import { requireUser } from "@/lib/auth";
import { countUnread } from "@/lib/dal/notifications";

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser({ allowPasswordChangeDue: true });
  const unreadCount = user.mustChangePassword ? null : await countUnread(user);
  // A user with an initial/temporary password sees only /account/password until they change it.
  return (
    <>
      <SiteHeader
        user={user}
        setLocale={setLocale}
        showNavigation={!user.mustChangePassword}
        unreadCount={unreadCount}
        search={!user.mustChangePassword && hasRole(user, UMKM_REGISTRY_ROLES) ? <GlobalSearch /> : undefined}
      />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        <FlashMessage />
        {user.mustChangePassword ? <PasswordChangeGate>{children}</PasswordChangeGate> : children}
      </main>
    </>
  );
}
