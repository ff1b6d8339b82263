import { argumentRows } from "@/lib/catalogue/arguments";
import { languageHint } from "@/lib/catalogue/text";
import { ToolName } from "../tools/tool-name";

/** The tool's arguments from its input schema; every cell is text from the schema, never markup. */
export function ArgumentsTable({ inputSchema }: { inputSchema: Record<string, unknown> }) {
  const rows = argumentRows(inputSchema);
  if (rows.length === 0) return <p className="muted">It takes no arguments.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="data-table" data-arguments-table="">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Type</th>
            <th scope="col">Required</th>
            <th scope="col">Default</th>
            <th scope="col">Description</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.name}>
              <td className="min-w-[7rem] font-mono" style={{ paddingLeft: `${0.5 + row.depth * 1.25}rem` }}>
                <ToolName name={row.name} />
              </td>
              <td className="font-mono text-xs break-words">{row.type}</td>
              <td>{row.required ? "required" : "optional"}</td>
              <td className="font-mono text-xs break-all">{row.defaultValue ?? ""}</td>
              <td className="min-w-[12rem] whitespace-pre-line" lang={languageHint(row.description)}>
                {row.description}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
