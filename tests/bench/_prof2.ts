import { classifyTool } from "../../lib/classify";
import { benchItems } from "./classify-items";
const { items } = benchItems();
for (const { tool, server } of items) classifyTool(tool, server);
for (let n = 0; n < 100000; n++) { const { tool, server } = items[n % items.length]!; classifyTool(tool, server); }
