/** A download link's address for text made in the browser (the builder's live policy and exports). */
export function dataUrl(text: string, language: "json" | "toml"): string {
  const type = language === "json" ? "application/json" : "application/toml";
  return `data:${type};charset=utf-8,${encodeURIComponent(text)}`;
}
