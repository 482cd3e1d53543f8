/**
 * The message namespaces sent to the browser, per app/ folder. Server components translate on
 * the server (`getTranslations`, or `useTranslations` in a non-async server component) with the
 * whole catalogue; only client components ("use client" and what they import) read messages
 * from `NextIntlClientProvider`, and every namespace given to it is inlined into the page.
 *
 * Each key is a folder under app/ whose layout.tsx wraps its children in
 * `<ClientMessages segment="<key>">` (components/i18n/client-messages.tsx); "" is the root
 * layout. A nested provider REPLACES its parent's messages, so a folder's list covers every
 * client component rendered below it (down to the next folder with its own list). An entry is
 * a namespace or a dotted part of one ("status.need"). tests/unit/client-namespaces.test.ts
 * follows the imports of every route file and fails when a client component's namespace is
 * missing from the list that covers it, or when a list holds one that nothing there uses.
 */
export const CLIENT_NAMESPACES = {
  "": ["errors", "flash"],
  "sign-in": ["signIn", "passwordReset", "forms"],
  "(portal)/account": ["account", "userValidation", "forms"],
  "(portal)/allocation": ["allocation"],
  "(portal)/api-tokens": ["apiTokens"],
  "(portal)/cases/[id]": ["cases", "forms"],
  "(portal)/firms": ["firms"],
  "(portal)/introductions": ["matching", "forms"],
  "(portal)/matches/[id]": ["matching", "forms"],
  "(portal)/my-business": ["umkmForm"],
  "(portal)/my-business/paperwork": ["paperwork", "forms"],
  "(portal)/needs/new": ["needForm", "needValidation", "needs", "scale", "lists", "forms"],
  "(portal)/needs/[id]": ["needs", "needValidation", "status.need", "nominations"],
  "(portal)/needs/[id]/edit": ["needForm", "needValidation", "needs", "scale", "lists", "forms"],
  "(portal)/needs/[id]/matches": ["matching", "candidates"],
  "(portal)/nominations/[id]": ["nominations"],
  "(portal)/settings/document-types": ["documentTypes"],
  "(portal)/settings/matching-weights": ["matchingWeights"],
  "(portal)/umkm": ["registry", "lists"],
  "(portal)/umkm/new": ["umkmForm", "lists"],
  "(portal)/umkm/[id]": ["nominations", "cases", "paperwork", "forms"],
  "(portal)/umkm/[id]/edit": ["umkmForm", "lists"],
  "(portal)/users/new": ["userAdmin", "userValidation", "roles", "search"],
  "(portal)/users/[id]": ["userAdmin", "userValidation", "roles", "search"],
} as const satisfies Record<string, readonly string[]>;

export type ClientSegment = keyof typeof CLIENT_NAMESPACES;

type MessageTree = { [key: string]: string | MessageTree };

/** The parts of `messages` named by `paths` ("ns" or "ns.part"), nested as next-intl expects. */
export function pickMessages(messages: Record<string, unknown>, paths: readonly string[]): MessageTree {
  const picked: MessageTree = {};
  const taken: string[] = [];
  // Shortest first: a part whose namespace is already picked whole is skipped, so the shared
  // catalogue objects are only ever read, never written into.
  for (const dotted of [...paths].sort((a, b) => a.length - b.length)) {
    if (taken.some((whole) => dotted === whole || dotted.startsWith(`${whole}.`))) continue;
    taken.push(dotted);
    const keys = dotted.split(".");
    let source: unknown = messages;
    for (const key of keys) source = (source as Record<string, unknown> | undefined)?.[key];
    if (source === undefined) throw new Error(`no messages at "${dotted}"`);
    let target = picked;
    for (const key of keys.slice(0, -1)) target = (target[key] ??= {}) as MessageTree;
    target[keys.at(-1)!] = source as string | MessageTree;
  }
  return picked;
}
