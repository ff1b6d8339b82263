import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/**
 * The folders the build benchmark builds in, outside the project so nothing it makes can
 * reach the public site: a copy of the project's sources whose content folder holds the
 * committed catalogue and whose corpus is synthetic, and a minimal Next.js site to compare
 * with. Both use the project's own node_modules through a symlink; Turbopack's root is set
 * to "/" so it follows that link out of the folder.
 */

const COPIED = ["app", "lib", "content", "tsconfig.json", "postcss.config.mjs", "package.json", ".gitignore"];

export function prepareSiteCopy(projectDir: string, siteDir: string): void {
  fs.mkdirSync(siteDir, { recursive: true });
  for (const name of COPIED) {
    const target = path.join(siteDir, name);
    fs.rmSync(target, { recursive: true, force: true });
    fs.cpSync(path.join(projectDir, name), target, { recursive: true });
  }
  fs.mkdirSync(path.join(siteDir, "public"), { recursive: true });
  linkNodeModules(projectDir, siteDir);
  // Tailwind finds class names in every file git would track, as in the project: without a
  // repository it would read the build's own output and the imported entries too, and the
  // stylesheet (and its name in every page) would change from one build to the next.
  if (!fs.existsSync(path.join(siteDir, ".git"))) execFileSync("git", ["init", "--quiet"], { cwd: siteDir });
  const config = fs.readFileSync(path.join(projectDir, "next.config.ts"), "utf8");
  const exported = /export default (\w+);\s*$/.exec(config);
  if (!exported) throw new Error("next.config.ts does not end in `export default <name>;`; teach tests/bench/build/work-site.ts its new shape");
  fs.writeFileSync(
    path.join(siteDir, "next.config.ts"),
    config.replace(exported[0], `export default { ...${exported[1]}, turbopack: { ...${exported[1]}.turbopack, root: "/" } };\n`),
  );
}

/** A site of `pages` pages that each print one line: what Next.js does with no work of ours. */
export function prepareMinimalSite(projectDir: string, siteDir: string, pages: number, cpus: number | undefined): void {
  fs.rmSync(siteDir, { recursive: true, force: true });
  fs.mkdirSync(path.join(siteDir, "app/p/[id]"), { recursive: true });
  linkNodeModules(projectDir, siteDir);
  fs.writeFileSync(path.join(siteDir, "package.json"), JSON.stringify({ name: "minimal-static-site", private: true, type: "module" }) + "\n");
  const experimental = cpus === undefined ? "" : `, experimental: { cpus: ${cpus} }`;
  fs.writeFileSync(path.join(siteDir, "next.config.mjs"), `export default { output: "export", trailingSlash: true, turbopack: { root: "/" }${experimental} };\n`);
  fs.writeFileSync(path.join(siteDir, "app/layout.jsx"), `export default function Layout({ children }) {\n  return <html lang="en"><body>{children}</body></html>;\n}\n`);
  fs.writeFileSync(
    path.join(siteDir, "app/p/[id]/page.jsx"),
    `export const dynamicParams = false;\n` +
      `export function generateStaticParams() {\n  return Array.from({ length: ${pages} }, (_, i) => ({ id: String(i) }));\n}\n` +
      `export default async function Page({ params }) {\n  const { id } = await params;\n  return <p>Page {id}</p>;\n}\n`,
  );
}

function linkNodeModules(projectDir: string, siteDir: string): void {
  const link = path.join(siteDir, "node_modules");
  fs.rmSync(link, { recursive: true, force: true });
  fs.symlinkSync(path.join(projectDir, "node_modules"), link, "dir");
}
