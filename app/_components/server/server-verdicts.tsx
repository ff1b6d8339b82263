import Link from "next/link";
import type { ServerVerdicts as Verdicts, SourceLink as Source } from "@/lib/catalogue/provenance";
import { paths } from "@/lib/catalogue/site";
import { plural } from "@/lib/catalogue/text";
import { SourceLink } from "../tool/source-link";

/** Where a server's verdicts come from: the version read, the import date, and how many a person checked. */
export function ServerVerdicts({ verdicts, source, imported }: { verdicts: Verdicts; source: Source; imported?: string }) {
  const range = verdicts.confidence;
  return (
    <section aria-labelledby="verdict-origin" data-verdict-origin="">
      <h2 id="verdict-origin">Where these verdicts come from</h2>
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">Made by</dt>
        <dd data-verdict-counts={`${verdicts.machine}/${verdicts.reviewed}`}>
          {verdicts.machine > 0 &&
            `${plural(verdicts.machine, "verdict")} by the classifier, a machine${
              range ? (range.min === range.max ? ` (confidence ${range.min.toFixed(2)})` : ` (confidence ${range.min.toFixed(2)} to ${range.max.toFixed(2)})`) : ""
            }`}
          {verdicts.machine > 0 && verdicts.reviewed > 0 && "; "}
          {verdicts.reviewed > 0 && `${plural(verdicts.reviewed, "verdict")} reviewed by a person`}
          {verdicts.machine + verdicts.reviewed === 0 && "no tools catalogued"}.
        </dd>
        <dt className="font-semibold">Read from</dt>
        <dd>
          <SourceLink source={source} />
        </dd>
        <dt className="font-semibold">Imported</dt>
        <dd data-imported={imported ?? ""}>{imported ?? "not recorded (written by hand)"}</dd>
      </dl>
      <p className="mt-3 text-sm">
        <Link href={paths.method()} prefetch={false} data-method-link="">
          How verdicts are made
        </Link>
        ; each tool&apos;s page says how sure its verdict is and has a link to report a wrong one.
      </p>
    </section>
  );
}
