import { ClientMessages } from "@/components/i18n/client-messages";

/** Only the message namespaces this folder's client components read (lib/i18n/client-namespaces.ts). */
export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages segment="(portal)/umkm">{children}</ClientMessages>;
}
