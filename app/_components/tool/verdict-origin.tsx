import Link from "next/link";
import { calibrationBandOf, measuredFigures, percent } from "@/lib/catalogue/measured";
import { formatConfidence, type VerdictOrigin as Origin } from "@/lib/catalogue/provenance";
import { paths } from "@/lib/catalogue/site";
import { SourceLink } from "./source-link";

/** Where a tool's verdict comes from: who made it, from which version, when, how, and where to say it is wrong. */
export function VerdictOrigin({ origin, reportUrl }: { origin: Origin; reportUrl: string }) {
  return (
    <section aria-labelledby="verdict-origin" data-verdict-origin="">
      <h2 id="verdict-origin">Where this verdict comes from</h2>
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">Made by</dt>
        <dd data-verdict-by={origin.by}>
          {origin.by === "reviewed" ? (
            <>Reviewed by a person{origin.note ? ": " : "."}</>
          ) : (
            <>
              The classifier, a machine, with {origin.confidence !== undefined ? formatConfidence(origin.confidence) : "no recorded confidence"}; not yet
              checked by a person.
              {origin.confidence !== undefined && <ConfidenceMeaning confidence={origin.confidence} />}
            </>
          )}
          {origin.note && <span className="whitespace-pre-line">{origin.note}</span>}
        </dd>
        <dt className="font-semibold">Read from</dt>
        <dd>
          <SourceLink source={origin.source} />
        </dd>
        <dt className="font-semibold">Imported</dt>
        <dd data-imported={origin.imported ?? ""}>{origin.imported ?? "not recorded (written by hand)"}</dd>
      </dl>
      <p className="mt-3 text-sm">
        <Link href={paths.method()} prefetch={false} data-method-link="">
          How verdicts are made
        </Link>
        , how often they match a labelled test set, and their known weak spots. Think this one is wrong?{" "}
        <a href={reportUrl} rel="nofollow noopener noreferrer external" data-report-link="">
          Report a wrong verdict
        </a>{" "}
        (opens a prefilled issue with a correction to edit).
      </p>
    </section>
  );
}

/** What a confidence has meant where it was measured: how often the sealed split's verdicts in its band were exactly right. */
function ConfidenceMeaning({ confidence }: { confidence: number }) {
  const band = calibrationBandOf(confidence, measuredFigures().calibration);
  if (!band || band.tools === 0) return null;
  return (
    <span className="block" data-confidence-meaning="">
      On servers the rules were never tuned on, verdicts with a confidence from {band.band.replace("-", " to ")} were exactly right {percent(band.exact)} of the time
      ({band.tools} tools).
    </span>
  );
}
