/**
 * The day the provincial partnership programme started, for "before/after the programme"
 * figures (the province paperwork view): an NIB whose paperwork item was issued before this
 * day was held before the programme. The ANTARA article that launched it dates from late
 * 2025, so the programme's first full year starts on 1 January 2026. Change it here only.
 */
export const PROGRAMME_START = "2026-01-01";
