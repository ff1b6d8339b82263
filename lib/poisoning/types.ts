/** What a tool definition's text asks of the model, when it asks something it should not. */
export const POISONING_KINDS = [
  "override",
  "secrecy",
  "sensitive-data",
  "unrelated-parameter",
  "other-actions",
  "trigger",
  "encoded-payload",
  "hidden-text",
  "false-authority",
] as const;

export type PoisoningKind = (typeof POISONING_KINDS)[number];

/** One flagged passage of a tool definition, ready to show a person. */
export interface PoisoningFinding {
  /**
   * The flagged words as the server wrote them, with invisible characters made visible
   * ("[U+200B]") and text hidden in tag characters spelled out. Plain text: render as text.
   */
  passage: string;
  /** Where the passage is: "description", "title", "annotations.title" or a path into the input schema. */
  where: string;
  /** What the passage does, strongest first. */
  kinds: PoisoningKind[];
  /** Why it was flagged, in plain English. */
  reason: string;
}
