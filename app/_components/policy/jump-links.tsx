/**
 * The header's links down to a page's policy, its client exports and the guard. A tool page
 * exports one rule, a server page its whole policy.
 */
export function JumpLinks({ exported }: { exported: "rule" | "policy" }) {
  return (
    <p data-jump-links="">
      Jump to <a href="#policy">its policy</a>, <a href="#exports">{`the same ${exported} for your client`}</a> or{" "}
      <a href="#guard">the guard that enforces it</a>.
    </p>
  );
}
