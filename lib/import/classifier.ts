import { classifyTool } from "../classify";
import type { Classifier } from "./types";

/** The classifier the importer judges with: lib/classify's classifyTool. */
export async function loadClassifier(): Promise<Classifier> {
  return classifyTool;
}
