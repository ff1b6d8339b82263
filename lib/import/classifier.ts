import type { Classifier } from "./types";

/**
 * The classifier the importer judges with: lib/classify's classifyTool. Loaded on demand so
 * the pure planning code can be given any Classifier (tests give the real one too).
 */
export async function loadClassifier(): Promise<Classifier> {
  // TEMPORARY: the classifier is being written alongside; switch to a static import once it lands.
  const specifier = "../classify/index";
  const module = (await import(specifier)) as { classifyTool?: Classifier };
  if (typeof module.classifyTool !== "function") throw new Error("lib/classify/index.ts does not export classifyTool");
  return module.classifyTool;
}
