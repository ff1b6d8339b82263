/**
 * Tool poisoning: instructions to the model hidden in a tool definition. `scanDefinition`
 * reads every string of a definition that reaches the model (description, titles, every
 * parameter's description, title, enum values and defaults, however nested), undoes the ways
 * text is hidden (and counts the hiding against it), and judges what the text asks of the
 * model. Pure: no I/O, the same definition always gets the same answer.
 */
export { scanDefinition, FLAG_SCORE, type ScanOptions } from "./scan";
export { reveal } from "./reveal";
export { normalise, type HidingKind, type NormalisedText } from "./normalise";
export { POISONING_KIND_LABEL, POISONING_KINDS, type PoisoningFinding, type PoisoningKind } from "./types";
