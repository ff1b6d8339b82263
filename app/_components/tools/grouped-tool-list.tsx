import Link from "next/link";
import type { ToolEntry } from "@/lib/content";
import { groupByServer } from "@/lib/catalogue/queries";
import { paths } from "@/lib/catalogue/site";
import { ToolList } from "./tool-list";

/** A long listing split by server, so thousands of tools stay scannable. */
export function GroupedToolList({ tools }: { tools: readonly ToolEntry[] }) {
  if (tools.length === 0) return <p className="muted">No tools here yet.</p>;
  return (
    <div className="space-y-6">
      {groupByServer(tools).map((group) => (
        <section key={group.server} aria-label={`Tools of ${group.server}`}>
          <h2 className="mb-1 text-lg">
            <Link href={paths.server(group.server)} prefetch={false}>
              {group.server}
            </Link>{" "}
            <span className="muted text-sm font-normal">({group.tools.length})</span>
          </h2>
          <ToolList tools={group.tools} showServer={false} />
        </section>
      ))}
    </div>
  );
}
