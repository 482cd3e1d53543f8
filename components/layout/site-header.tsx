import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { HeaderMenu } from "@/components/layout/header-menu";
import { LocaleSwitcher, type SetLocaleAction } from "@/components/layout/locale-switcher";
import { NavLinks } from "@/components/layout/nav-links";
import { NotificationsLink } from "@/components/notifications/notifications-link";
import { SignOutButton } from "@/components/layout/sign-out-button";
import { NAV_BY_ROLE } from "@/lib/navigation";
import type { SessionUser } from "@/lib/session-user";

/**
 * Top bar: the portal's logo and name, notifications (with the unread count), an optional
 * global search (`search`, rendered by the layout), the role's navigation (the current page
 * marked), the signed-in user, password change, language (the layout passes app/actions.ts's
 * `setLocale`) and sign-out. On a phone everything but the name and notifications sits behind
 * the "Menu" button (components/layout/header-menu.tsx). `showNavigation` is false while the
 * user must change their password (the only page open to them then is the password page).
 */
export async function SiteHeader({
  user,
  setLocale,
  showNavigation = true,
  unreadCount = null,
  search,
}: {
  user: SessionUser;
  setLocale: SetLocaleAction;
  showNavigation?: boolean;
  unreadCount?: number | null;
  search?: React.ReactNode;
}) {
  const t = await getTranslations();
  const navItems = NAV_BY_ROLE[user.role].map((item) => ({ href: item.href, label: t(`nav.${item.labelKey}`) }));
  return (
    <header className="bg-brand-800 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-2 gap-y-1 px-4 md:gap-x-3 py-2 md:py-3">
        <Link
          href="/dashboard"
          className="order-1 flex min-h-11 min-w-0 flex-1 items-center gap-2 text-sm font-semibold sm:text-base md:mr-auto md:flex-none"
        >
          {/* eslint-disable-next-line @next/next/no-img-element -- a static SVG: nothing to optimise */}
          <img src="/logo.svg" alt="" width={32} height={32} className="h-7 w-7 shrink-0 sm:h-8 sm:w-8" />
          <span>
            {t("app.name")} <span className="hidden font-normal opacity-80 sm:inline">· {t("app.tagline")}</span>
          </span>
        </Link>
        {showNavigation && unreadCount !== null && (
          <div className="order-2 md:order-3">
            <NotificationsLink
              count={unreadCount}
              label={t("notifications.headerLabel", { count: unreadCount })}
              text={t("notifications.headerLink")}
            />
          </div>
        )}
        <HeaderMenu label={t("nav.menu")}>
          {search && <div className="py-2 md:order-2 md:py-0">{search}</div>}
          {showNavigation && (
            <nav aria-label={t("nav.label")} className="border-t border-white/20 py-2 md:order-last md:w-full md:pb-0">
              <NavLinks items={navItems} pendingLabel={t("nav.pending")} />
            </nav>
          )}
          <div className="flex flex-wrap items-center gap-3 border-t border-white/20 py-3 md:order-4 md:border-0 md:py-0">
            <p className="w-full text-sm md:w-auto">
              {t("nav.signedInAs", { name: user.name })}{" "}
              <span className="rounded bg-white/15 px-2 py-0.5" data-testid="role-badge">
                {t(`roles.${user.role}`)}
              </span>
            </p>
            <div className="rounded bg-white text-slate-900">
              <LocaleSwitcher setLocale={setLocale} />
            </div>
            <Link
              href="/account/password"
              className="inline-flex min-h-11 items-center text-sm underline hover:no-underline md:min-h-0"
            >
              {t("account.headerLink")}
            </Link>
            <SignOutButton label={t("nav.signOut")} />
          </div>
        </HeaderMenu>
      </div>
    </header>
  );
}
