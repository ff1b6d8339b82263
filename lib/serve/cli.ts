import path from "node:path";
import fs from "node:fs";
import { createStaticServer } from "./server";

// usage: tsx lib/serve/cli.ts [DIR] [--port N]; PORT and NEXT_PUBLIC_BASE_PATH are honoured too.
const args = process.argv.slice(2);
const portFlag = args.indexOf("--port");
const port = Number(portFlag >= 0 ? args[portFlag + 1] : (process.env.PORT ?? 3000));
const root = path.resolve(args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--port") ?? "out");
const basePath = process.env.NEXT_PUBLIC_BASE_PATH ?? "";

if (!fs.existsSync(path.join(root, "index.html"))) {
  process.stderr.write(`serve: ${root} has no index.html; run "npm run build" first\n`);
  process.exit(1);
}
createStaticServer(root, basePath).listen(port, "127.0.0.1", () => {
  process.stdout.write(`Serving ${root} at http://localhost:${port}${basePath}/\n`);
});
