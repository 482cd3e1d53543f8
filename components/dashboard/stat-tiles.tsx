import { getFormatter, getTranslations } from "next-intl/server";
import type { Tile } from "@/lib/dal/dashboard";

/** A responsive grid of labelled counts; `namespace` picks the labels for the role. */
export async function StatTiles({ tiles, namespace }: { tiles: Tile[]; namespace: string }) {
  const [t, format] = await Promise.all([getTranslations(namespace), getFormatter()]);
  return (
    <dl className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {tiles.map((tile) => (
        <div
          key={tile.key}
          className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
          data-testid={`tile-${tile.key}`}
        >
          <dt className="text-sm text-slate-600">{t(tile.key)}</dt>
          <dd className="mt-1 text-3xl font-semibold text-brand-800">{format.number(tile.value)}</dd>
        </div>
      ))}
    </dl>
  );
}
