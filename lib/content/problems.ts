/** One thing wrong with one entry, named so a person can go and fix it. */
export interface ContentProblem {
  file: string;
  /** Dotted front-matter path, or "" when the problem is the file itself. */
  field: string;
  message: string;
}

export function formatProblem(p: ContentProblem): string {
  return p.field ? `${p.file}: ${p.field}: ${p.message}` : `${p.file}: ${p.message}`;
}

/** Thrown when the catalogue cannot be loaded; carries every problem found, not just the first. */
export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(
      `The catalogue has ${problems.length} problem${problems.length === 1 ? "" : "s"}:\n` +
        problems.map((p) => `  - ${formatProblem(p)}`).join("\n"),
    );
    this.name = "ContentError";
  }
}
