import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LocaleSwitcher, type SetLocaleAction } from "@/components/layout/locale-switcher";
import { NotificationsLink } from "@/components/notifications/notifications-link";
import { SignOutButton } from "@/components/layout/sign-out-button";
import { NAV_BY_ROLE } from "@/lib/navigation";
import type { SessionUser } from "@/lib/session-user";

/**
 * Top bar: portal name, the role's navigation, the signed-in user, notifications (with the
 * unread count), password change, language (the layout passes app/actions.ts's `setLocale`)
 * and sign-out. `showNavigation` is false while the user must change their password (the only
 * page open to them then is the password page).
 */
export async function SiteHeader({
  user,
  setLocale,
  showNavigation = true,
  unreadCount = null,
}: {
  user: SessionUser;
  setLocale: SetLocaleAction;
  showNavigation?: boolean;
  unreadCount?: number | null;
}) {
  const t = await getTranslations();
  return (
    <header className="bg-brand-800 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/dashboard" className="font-semibold">
          {t("app.name")} <span className="font-normal opacity-80">· {t("app.tagline")}</span>
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          <p className="text-sm">
            {t("nav.signedInAs", { name: user.name })}{" "}
            <span className="rounded bg-white/15 px-2 py-0.5" data-testid="role-badge">
              {t(`roles.${user.role}`)}
            </span>
          </p>
          <div className="rounded bg-white text-slate-900">
            <LocaleSwitcher setLocale={setLocale} />
          </div>
          {showNavigation && unreadCount !== null && (
            <NotificationsLink
              count={unreadCount}
              label={t("notifications.headerLabel", { count: unreadCount })}
              text={t("notifications.headerLink")}
            />
          )}
          <Link href="/account/password" className="text-sm underline hover:no-underline">
            {t("account.headerLink")}
          </Link>
          <SignOutButton label={t("nav.signOut")} />
        </div>
      </div>
      {showNavigation && (
        <nav aria-label={t("nav.label")} className="bg-brand-700">
          <ul className="mx-auto flex max-w-6xl flex-wrap gap-1 px-4">
            {NAV_BY_ROLE[user.role].map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="block px-3 py-2 text-sm hover:bg-white/10">
                  {t(`nav.${item.labelKey}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </header>
  );
}
