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
  "resembles-poisoning",
] as const;

export type PoisoningKind = (typeof POISONING_KINDS)[number];

/** Where one of the whole-text readings found what it looks for in a text, and those words as written. */
export interface Passage {
  start: number;
  end: number;
  text: string;
}

/** One flagged passage of a tool definition, ready to show a person. */
export interface PoisoningFinding {
  /**
   * The flagged words as the server wrote them, with invisible characters made visible
   * ("[U+200B]") and text hidden in tag characters spelled out. Plain text: render as text.
   */
  passage: string;
  /** Where the passage is: "name", "description", "title", "annotations.title" or a path into the input schema. */
  where: string;
  /** What the passage does, strongest first. */
  kinds: PoisoningKind[];
  /** Why it was flagged, in plain English. */
  reason: string;
}

/** Each kind in a few words, for people reading a finding. */
export const POISONING_KIND_LABEL: Record<PoisoningKind, string> = {
  override: "tells the model to set aside its instructions",
  secrecy: "keeps something from the user",
  "sensitive-data": "asks for data the tool does not need",
  "unrelated-parameter": "routes it through an unrelated parameter",
  "other-actions": "changes what other tools or the agent do",
  trigger: "waits for a condition or a later moment",
  "encoded-payload": "hides instructions in an encoded payload",
  "hidden-text": "hides text from a person reading the definition",
  "false-authority": "claims approval the user never gave",
  "resembles-poisoning": "reads like hidden instructions (learned, not a rule)",
};
