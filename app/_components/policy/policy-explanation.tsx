import type { Policy } from "@/lib/policy/schema";
import { explainPolicy } from "@/lib/policy/explain";

/** What the rule does, sentence by sentence, as the policy owner's explainer says it. */
export function PolicyExplanation({ policy, serverTools }: { policy: Policy; serverTools: readonly string[] }) {
  const sentences = explainPolicy(policy, serverTools);
  return (
    <div data-policy-explanation="">
      <h3>What this policy does</h3>
      <ul className="prose-text list-disc space-y-1 pl-5">
        {sentences.map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
    </div>
  );
}
