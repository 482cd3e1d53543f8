// Faithful stand-ins for Next.js' request APIs in unit tests that run actions, pages' loaders and
// route handlers outside a request. Use them from vi.mock factories (which are hoisted, so they
// import this module themselves):
//   vi.mock("next/navigation", async () => (await import("../setup/next-mocks")).navigationMock());
// and compare what was thrown with `new Interrupt(kind, to?)` from this same module.

/** What next/navigation's forbidden(), notFound(), unauthorized() and redirect() throw here. */
export class Interrupt extends Error {
  constructor(
    readonly kind: "forbidden" | "notFound" | "redirect" | "unauthorized",
    readonly to?: string,
  ) {
    super(to ? `${kind} ${to}` : kind);
  }
}

/** next/navigation: every interrupt throws an Interrupt (permanentRedirect as a redirect). */
export function navigationMock() {
  return {
    forbidden: (): never => {
      throw new Interrupt("forbidden");
    },
    notFound: (): never => {
      throw new Interrupt("notFound");
    },
    unauthorized: (): never => {
      throw new Interrupt("unauthorized");
    },
    redirect: (to: string): never => {
      throw new Interrupt("redirect", to);
    },
    permanentRedirect: (to: string): never => {
      throw new Interrupt("redirect", to);
    },
  };
}

/** next/cache: revalidation does nothing outside a request. */
export function cacheMock() {
  return { revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} };
}

/** next/headers: these request headers (same-origin localhost:3000 unless overridden) and no cookies. */
export function headersMock(headers: Record<string, string>) {
  return {
    headers: async () => new Headers({ host: "localhost:3000", origin: "http://localhost:3000", ...headers }),
    cookies: async () => ({
      get: () => undefined,
      getAll: () => [],
      set: () => {},
      delete: () => {},
      has: () => false,
    }),
  };
}
