import type { Policy } from "@/lib/policy/schema";
import { explainPolicy } from "@/lib/policy/explain";

interface PolicyExplanationProps {
  policy: Policy;
  serverTools: readonly string[];
  /** Say why for each rule; left out on a server page too large to show its files, where the reasons would be most of its weight. */
  reasons?: boolean;
}

/** What the rule does, sentence by sentence, as the policy owner's explainer says it. */
export function PolicyExplanation({ policy, serverTools, reasons = true }: PolicyExplanationProps) {
  const sentences = explainPolicy(policy, serverTools, { reasons });
  return (
    <div data-policy-explanation="">
      <h3>What this policy does</h3>
      <ul className="prose-text list-disc space-y-1 pl-5">
        {sentences.map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
      {!reasons && (
        <p className="muted mt-2 text-sm" data-policy-reasons-elsewhere="">
          Why each tool gets its rule is in the policy file (its reason) and on the tool&apos;s own page.
        </p>
      )}
    </div>
  );
}
