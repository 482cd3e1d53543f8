import "server-only";
import { createTranslator } from "use-intl/core";
import { requestPasswordReset, RESET_TOKEN_MINUTES } from "@/lib/dal/users/password-reset";
import { TIME_ZONE, toLocale } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/messages";
import { mailerFromEnv, sendMail, type Mailer, type MailMessage } from "@/lib/notifications/email";

/** The reset page of a token: the token is in the path, never in a query string logged by proxies. */
export const resetPath = (token: string) => `/sign-in/reset/${token}`;

/** The reset mail in the account's language, with the absolute link when NEXTAUTH_URL is known. */
export async function composeResetMail(
  target: { email: string; name: string; locale: string; token: string },
  mailer: Pick<Mailer, "from" | "baseUrl">,
): Promise<MailMessage> {
  const locale = toLocale(target.locale);
  const messages = await loadMessages(locale);
  const translator = createTranslator({ locale, messages, namespace: "passwordReset", timeZone: TIME_ZONE });
  const t = (key: string, values?: Record<string, string | number>) => translator(key as never, values as never);
  const link = resetPath(target.token);
  const url = mailer.baseUrl ? new URL(link, mailer.baseUrl).toString() : link;
  const body = [
    t("mail.greeting", { name: target.name }),
    "",
    t("mail.body", { minutes: RESET_TOKEN_MINUTES }),
    "",
    url,
    "",
    t("mail.ignore"),
  ];
  return { from: mailer.from, to: target.email, subject: t("mail.subject"), text: `${body.join("\n")}\n` };
}

/**
 * A reset request from the "Lupa kata sandi?" form: the data layer's limits, token and audit,
 * then the mail for an existing active account. The caller answers the same either way. The
 * mail is handed to `defer` (the action passes Next's `after`: sent once the answer has left),
 * so the answer for a real account does not take a mail server's round trip longer than for
 * an unknown one; a failed send is logged (sendMail) and not reported to the requester.
 */
export async function requestPasswordResetMail(
  email: string,
  ip: string | null,
  defer: (task: () => Promise<unknown>) => void,
  mailer: Mailer = mailerFromEnv(),
): Promise<void> {
  const target = await requestPasswordReset(email, { ip });
  if (target) defer(async () => sendMail(await composeResetMail(target, mailer), mailer));
}
