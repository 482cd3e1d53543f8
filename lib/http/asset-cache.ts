/**
 * Caching of the files in public/ (icons, fonts, robots.txt, images), applied by next.config.ts
 * headers(). Their names carry no content hash, so a changed file keeps its URL: a day of
 * caching, then revalidation — never `immutable`. Next.js itself serves /_next/static (hashed
 * build output) with "public, max-age=31536000, immutable" and overrides a Cache-Control set
 * for it or for pages, so the pattern leaves /_next/ and /api/ alone.
 */
export const PUBLIC_ASSET_SOURCE =
  "/:file((?!_next/|api/)[^?]*\\.(?:ico|png|jpg|jpeg|gif|webp|avif|svg|woff2?|txt|webmanifest|xml))";
export const PUBLIC_ASSET_CACHE_CONTROL = "public, max-age=86400, stale-while-revalidate=604800";
