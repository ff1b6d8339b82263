import { classifyTool } from "../../lib/classify";
import { scanDefinition } from "../../lib/poisoning";
import { benchItems } from "./classify-items";
const { items } = benchItems();
for (const { tool, server } of items) classifyTool(tool, server);
const N = 60000;
let t = process.cpuUsage();
for (let n = 0; n < N; n++) { const { tool, server } = items[n % items.length]!; classifyTool(tool, server); }
let c = process.cpuUsage(t); console.log("classify µs", ((c.user + c.system) / N).toFixed(1));
t = process.cpuUsage();
for (let n = 0; n < N; n++) { const { tool } = items[n % items.length]!; scanDefinition(tool); }
c = process.cpuUsage(t); console.log("scan µs", ((c.user + c.system) / N).toFixed(1));
