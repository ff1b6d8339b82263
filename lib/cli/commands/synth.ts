// Placeholder until the synth command lands; replaced by its owner.
export const summary = "(not built yet)";
export async function run(_args: string[]): Promise<number> {
  throw new Error("the synth command is not built yet");
}
