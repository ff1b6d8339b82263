import { Fragment } from "react";
import { nameParts } from "@/lib/catalogue/text";

/** A tool's (or server's) name as text, with line-break opportunities at its word boundaries (see nameParts). */
export function ToolName({ name }: { name: string }) {
  const parts = nameParts(name);
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {part}
        </Fragment>
      ))}
    </>
  );
}
