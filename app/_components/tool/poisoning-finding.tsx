import { languageHint } from "@/lib/catalogue/text";
import { POISONING_KIND_LABEL, type PoisoningFinding } from "@/lib/poisoning";

/**
 * Why a tool was flagged as poisoned: the passage as the server wrote it, with invisible
 * characters shown as [U+200B] and text spelled in tag characters spelled out, where it sits
 * and what it asks of the model. Everything here came from a stranger: rendered as text only.
 */
export function PoisoningFindingPanel({ finding }: { finding: PoisoningFinding }) {
  return (
    <div className="card space-y-3 border-red-300 dark:border-red-900" data-poisoning-finding="">
      <p className="text-sm">
        Flagged passage, in <code className="break-all">{finding.where}</code>:
      </p>
      <blockquote className="border-l-4 border-red-400 pl-4 dark:border-red-800">
        <p className="font-mono text-sm break-words whitespace-pre-wrap" lang={languageHint(finding.passage)} data-flagged-passage="">
          {finding.passage}
        </p>
      </blockquote>
      <p className="prose-text">{finding.reason}</p>
      <ul className="flex flex-wrap gap-2 text-sm" aria-label="What the passage does">
        {finding.kinds.map((kind) => (
          <li key={kind} className="rounded border border-slate-300 px-2 py-0.5 dark:border-slate-700" data-poisoning-kind={kind}>
            {POISONING_KIND_LABEL[kind]}
          </li>
        ))}
      </ul>
      {finding.kinds.includes("resembles-poisoning") ? (
        <p className="muted text-sm" data-learned-finding="">
          The recommended policy hides this tool from the agent until a person has read the passage. A learned model flagged it, not a
          rule, and such a model is sometimes wrong about honest text; a reviewed correction that clears the tool-poisoning signal
          shows the tool again.
        </p>
      ) : (
        <p className="muted text-sm">
          The recommended policy hides this tool from the agent: text that tries to instruct the model cannot be trusted to describe what
          the tool does.
        </p>
      )}
    </div>
  );
}
