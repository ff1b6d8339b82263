/** Form controls of the builder (the site's stylesheet has buttons and cards, not inputs). */
export const INPUT =
  "rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100";
