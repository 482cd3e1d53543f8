/** The page a user changes their own password on (the only portal page open while it is due). */
export const PASSWORD_PAGE = "/account/password";

/** `/sign-in?notice=…` value after a password change ended the user's sessions. */
export const PASSWORD_CHANGED_NOTICE = "password-changed";

/** `/sign-in?notice=…` value after a self-service password reset ended the user's sessions. */
export const PASSWORD_RESET_NOTICE = "password-reset";
