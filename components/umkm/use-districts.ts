"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { RegionOptions, RegionPair } from "./region-options";

export type DistrictsState = {
  /** The kabupaten/kota whose kecamatan are shown ("" when none is chosen). */
  regency: string;
  districts: RegionPair[];
  status: "ready" | "loading" | "error";
};

/** Kecamatan lists loaded in this tab, by kabupaten/kota (reference data: they do not change while a page is open). */
const loaded = new Map<string, RegionPair[]>();

/**
 * The one way the kecamatan selects (registry filter, UMKM forms) get their options: the page sends
 * the chosen kabupaten/kota's kecamatan; choosing another one loads its kecamatan from
 * `GET /api/regions/<code>/districts` (once per tab). A newer choice wins over a slower older answer.
 */
export function useDistricts(
  regions: RegionOptions,
  initialRegency: string,
): DistrictsState & { choose: (regency: string) => void } {
  // The same first state on the server and in the browser (no tab memory here: no hydration mismatch).
  const [state, setState] = useState<DistrictsState>(() =>
    !initialRegency
      ? { regency: "", districts: [], status: "ready" }
      : initialRegency === regions.regency
        ? { regency: initialRegency, districts: regions.districts, status: "ready" }
        : { regency: initialRegency, districts: [], status: "loading" },
  );
  const pending = useRef<AbortController | null>(null);

  const choose = useCallback((regency: string) => {
    pending.current?.abort();
    pending.current = null;
    const known = regency ? loaded.get(regency) : [];
    if (known) {
      setState({ regency, districts: known, status: "ready" });
      return;
    }
    const controller = new AbortController();
    pending.current = controller;
    setState({ regency, districts: [], status: "loading" });
    fetch(`/api/regions/${encodeURIComponent(regency)}/districts`, {
      signal: controller.signal,
      headers: { accept: "application/json" },
    })
      .then(async (response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const districts = (await response.json()) as RegionPair[];
        loaded.set(regency, districts);
        if (!controller.signal.aborted) setState({ regency, districts, status: "ready" });
      })
      .catch(() => {
        if (!controller.signal.aborted) setState({ regency, districts: [], status: "error" });
      });
  }, []);

  // A form re-shown with a kabupaten/kota the page did not send (after a refused submission) loads it.
  const initialStatus = useRef(state.status);
  useEffect(() => {
    if (regions.regency) loaded.set(regions.regency, regions.districts);
    if (initialStatus.current === "loading") choose(initialRegency);
    return () => pending.current?.abort();
    // Only on mount: later changes go through `choose`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return { ...state, choose };
}
