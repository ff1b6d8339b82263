/** Pieces of a fake Next export, shared by the tests of the steps that rewrite one. */
import fs from "node:fs";
import path from "node:path";

/** Writes a file, making its folders. */
export function write(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

/** A route's client reference manifest, as next build writes it: module key → module id. */
export function manifest(route: string, modules: Record<string, number>): string {
  const clientModules = Object.fromEntries(Object.entries(modules).map(([key, id]) => [key, { id, name: "*", chunks: [], async: false }]));
  return `globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};\nglobalThis.__RSC_MANIFEST[${JSON.stringify(route)}] = ${JSON.stringify({ clientModules })};\n`;
}
