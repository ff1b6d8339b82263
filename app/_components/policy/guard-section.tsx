import { guardClientConfig, guardShellLine, type GuardSetup } from "@/lib/guard/command-line";
import { withBasePath } from "@/lib/catalogue/site";
import { CopyButton } from "./copy-button";
import { RawText } from "./raw-text";

interface GuardSectionProps {
  /** The server's name in the reader's client: the key of the guard's entry. */
  name: string;
  setup: GuardSetup;
  /** Site path of the policy file the guard reads. */
  policyPath: string;
  /** Said on tool pages: the guard reads one policy for the whole server. */
  wholeServerNote?: boolean;
}

/**
 * "Put it in front of the server": the guard command for this server's package, beside the
 * client exports. The client entry carries the reader's name for the server, so the page
 * script rewrites it with the exports.
 */
export function GuardSection({ name, setup, policyPath, wholeServerNote = false }: GuardSectionProps) {
  return (
    <section aria-labelledby="guard" className="mt-6" data-guard-section="">
      <h3 id="guard">Put it in front of the server</h3>
      <p className="prose-text">
        A client enforces only what its own format can say. <code>catalogue guard</code> enforces the whole policy in front of the server, for any MCP
        client: hidden tools stay out of the agent&apos;s list, argument checks and limits apply, approvals are asked through your client, and every call
        can go to an audit log. Save{" "}
        <a href={withBasePath(policyPath)} download={setup.policyFile}>
          {setup.policyFile}
        </a>
        {wholeServerNote ? " (the policy for the whole server: a guard reads one policy for all of its tools)" : ""}, then try it from a checkout of this
        catalogue:
      </p>
      <div className="mb-2 flex flex-wrap items-center gap-2">
        <CopyButton targetId="guard-command" label="Copy the command" />
      </div>
      <pre className="code-block" id="guard-command" tabIndex={0} role="region" aria-label="The guard command">
        <code>{guardShellLine(setup)}</code>
      </pre>
      <p className="prose-text mt-3">
        In your client&apos;s MCP config, run the guard in place of the server: put your paths for the catalogue and the policy, and keep the
        server&apos;s env.
      </p>
      <div className="mb-2 flex flex-wrap items-center gap-2">
        <CopyButton targetId="guard-config" label="Copy the client entry" />
      </div>
      <pre className="code-block" id="guard-config" tabIndex={0} role="region" aria-label="The client entry that runs the guard">
        <RawText as="code" data-guard-part="config" text={guardClientConfig(name, setup)} />
      </pre>
    </section>
  );
}
