import type { Metadata } from "next";
import Link from "next/link";
import { pageMetadata, paths } from "@/lib/catalogue";
import { measuredFigures, percent, percentRange, type MeasuredFigures } from "@/lib/catalogue/measured";
import { repositoryUrl } from "@/lib/catalogue/site";
import { RECOMMENDATION_TABLE } from "@/lib/policy/recommend";
import { RISK_INFO, RISK_LEVELS } from "@/lib/taxonomy";

export const metadata: Metadata = pageMetadata({
  title: "How verdicts are made",
  description:
    "How the catalogue rates each MCP tool: the classifier's stages, how the policy follows the verdict, how often verdicts match the labels of a sealed test set, and where it is weak.",
  path: paths.method(),
});

const STAGES: { name: string; what: string }[] = [
  {
    name: "Action",
    what: "What the tool does. The verb in its name usually decides; the description's leading verbs, an operation list in its arguments and runnable text in its schema refine it. This gives the category: read, write, destructive, execute or financial, the strongest effect one call can have.",
  },
  {
    name: "Scope",
    what: "On what, and how far. The objects of the action and whether one call reaches many of them; whether they are secrets, permissions, infrastructure, whole accounts or databases, private data, local files or the open internet. Here the tool also gets its data-flow roles: reads untrusted content, reads private data, sends data out.",
  },
  {
    name: "Level",
    what: "The risk level starts from the category and moves with the scope: bulk operations, permission changes, infrastructure, secrets, locking people out, wide losses and money that moves each raise it, and each move records its reason.",
  },
  {
    name: "Domain capabilities",
    what: "What a kind of server is known to be able to do (a payment service moves money, a shell runs commands) sets a floor under the level, so a mild-sounding name on a powerful server is not rated as mild.",
  },
  {
    name: "Confidence",
    what: "How sure the verdict is, from 0 to 1. A short or missing description, a name that is only a noun, or a description that disagrees with the name each lower it. Doubt raises the level: a tool that changes things and is uncertain is never left at low. Text that tries to instruct the model raises the level too. The number shown is then calibrated: how often verdicts of the same kind (category and level, where the verb came from, whether it touches private data, whether the tool takes more than three parameters) were exactly right on the development servers, taken at a cautious lower bound so that 0.9 is a promise kept on servers nobody tuned on.",
  },
];

const WEAK_SPOTS: string[] = [
  "Verdicts read the definition, not the code. A tool that does more than its description says is rated by what it says, and a server can change a tool after it was rated (a rug pull); re-imports report changed definitions.",
  "Thin definitions: with no description, or a name that is only a noun, the verdict rests on the name alone. Confidence is then low and the level leans up.",
  "Schemas taken from registries that list no arguments are recorded as an empty object, so signals that come from arguments (lists of ids, free-form URLs, raw queries) are missed.",
  "Descriptions in French, Spanish, Portuguese, Italian and German are read for the verb they open with, not for what they act on, so private data or secrets named only in those languages are missed; descriptions in other languages (besides English and Chinese) are judged mostly from the tool's name.",
  "Gateways that can do anything (\"execute any task\", proxies to many services) are rated by the strongest thing they could do; in your deployment they may do less.",
  "Data-flow roles come from words. A missed role hides an exfiltration path; an extra one adds a warning and approvals that are not needed.",
  "Annotations are never trusted to lower a level, so an honest read-only hint does not help a tool whose name sounds like a change.",
  "Money that moves only by a description's prose (a paid task, a prize, a renewal) is caught when the text or an argument names the sum or the currency; otherwise it is rated as the write it looks like.",
  "Tools that pass a call through to any API endpoint are recognised by their arguments (a method and a path, an operation and its parameters); a gateway that hides this behind its own words is rated by those words.",
  "The labels are not all consistent: of 41 definitions that appear word for word on two development or legacy servers, 9 carry different labels (each time between the first, single-pass labels and a later double-labelled round), so part of any figure here is disagreement between labels rather than error.",
  "Confidence is calibrated on the labelled development servers, which the rules were written while reading, so it can run high on tools nobody has read yet: on six later rounds of fresh labels, drawn mostly from the largest servers, verdicts at 0.9 or above were exactly right 90% to 96% of the time under the earlier, looser calibration. The stricter calibration of December 2026 was chosen on the development servers alone. On the next fresh round, 48 servers from the docker/mcp-registry repository, its 0.9+ verdicts were exactly right 95.8% of 239 times first seen, but only 91.5% of 106 on the 19 of them that were sealed; on the next 49 from the same source, 97.0% of 169 first seen and 98.5% of 66 on the 20 sealed. With both rounds in, the sealed split's 0.9+ band is just over 95% (the table above); it has been either side of that line as servers were added, within what its servers can tell apart (see the intervals).",
  "Rules written by kind of mistake carry over less than they seem to: they lift the servers they were written while reading well above the sealed ones, so the sealed figure above is the one to trust, and most of its misses are wording no rule has met yet.",
  "Servers from outside the collection the rules were written beside are as hard as the sealed ones: on 98 servers listed straight from their npm packages, none read before, the exact level was right for about 77% of tools first seen (rounds ranged from 69% to 89%), and it is 79.2% on the 39 of them in the sealed split.",
  "The check for instructions hidden in definitions (tool poisoning) raises false alarms on real servers it has not seen: it flagged 6 of 985 tools (0.6%) on the sealed servers listed from npm, real published servers whose tools are presumably honest (those flags are counted, not read, so that they stay a fair test). A flagged tool is hidden by its recommended policy until a reviewed correction clears the flag.",
];

/** A share, with its 95% interval beneath when one was measured. */
function ShareCell({ share, interval }: { share: number; interval?: readonly [number, number] | undefined }) {
  return (
    <td>
      {percent(share)}
      {interval && (
        <span className="muted block text-xs" data-interval="">
          {percentRange(interval)}
        </span>
      )}
    </td>
  );
}

function FiguresRow({ label, figures }: { label: string; figures: MeasuredFigures }) {
  return (
    <tr data-figures={label}>
      <th scope="row">{label}</th>
      <td>{figures.servers}</td>
      <td>{figures.tools}</td>
      <ShareCell share={figures.categoryExact} interval={figures.intervals?.categoryExact} />
      <ShareCell share={figures.riskExact} interval={figures.intervals?.riskExact} />
      <ShareCell share={figures.riskWithinOne} interval={figures.intervals?.riskWithinOne} />
      <td>{figures.dangerousRatedLow}</td>
      <td>{figures.codeOrMoneyBelowHigh}</td>
    </tr>
  );
}

export default function MethodPage() {
  const measured = measuredFigures();
  const repository = repositoryUrl();
  return (
    <div className="space-y-6">
      <h1>How verdicts are made</h1>
      <p className="prose-text">
        Every tool in the catalogue has a verdict: a category, a risk level, the reasons, the words of its definition they rest on, and the
        policy that follows. A classifier makes it from the tool&apos;s own definition as the server lists it (name, description, argument
        schema and annotations). Nothing is run, and nothing the server says is obeyed: its words are evidence. Each tool page says whether
        its verdict is the machine&apos;s, with its confidence, or was reviewed by a person, and which version of the server it was read from.
      </p>

      <h2>The stages</h2>
      <ol className="prose-text list-decimal space-y-2 pl-5" data-method-stages="">
        {STAGES.map((stage) => (
          <li key={stage.name}>
            <strong>{stage.name}.</strong> {stage.what}
          </li>
        ))}
      </ol>
      <p className="prose-text">
        Annotations such as <code>readOnlyHint</code> and <code>destructiveHint</code> are hints from the server&apos;s author: where they
        contradict the verdict they lower its confidence, and they never lower a level.
      </p>

      <h2>From the level to the policy</h2>
      <div className="overflow-x-auto">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Level</th>
              <th scope="col">Recommended</th>
            </tr>
          </thead>
          <tbody>
            {RISK_LEVELS.map((level) => (
              <tr key={level}>
                <th scope="row">{RISK_INFO[level].label}</th>
                <td>{RECOMMENDATION_TABLE[level].summary}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="prose-text">
        Then the server as a whole: when its tools read content strangers wrote, read private data and send data out, an instruction hidden
        in that content can carry the private data away (<Link href={paths.attack("lethal-trifecta")}>the lethal trifecta</Link>). On such a
        server every sending tool needs a person&apos;s approval, whatever its own level, and its rule says why.
      </p>

      <h2>How often verdicts match the labels</h2>
      <p className="prose-text">
        Two labelling passes gave each tool from real servers a category and a risk level by the rubric, each without seeing the
        other&apos;s labels or the classifier&apos;s; where they disagreed on the level, the higher one stands. The passes were made by
        separate sessions of an AI model, not by people: their notes are often word for word the same, so they likely agree with
        each other more than two people would, and nobody has checked them tool by tool. A random 40% of those servers is sealed: rules are
        never written while reading them, and their misses are never printed, so the sealed figures are the honest ones. The development
        servers are the ones the rules are written against; the legacy labels come from the servers the first rules were tuned on. Measured on{" "}
        <time dateTime={measured.date}>{measured.date}</time>.
      </p>
      {measured.labelAgreement && (
        <p className="prose-text" data-label-agreement="">
          The two labelling passes agreed on the category of {percent(measured.labelAgreement.categoryExact)} of{" "}
          {measured.labelAgreement.tools} tools and on the exact level of {percent(measured.labelAgreement.riskExact)} (within one level:{" "}
          {percent(measured.labelAgreement.riskWithinOne)}): no classifier can be measured more precisely than its labels agree.
        </p>
      )}
      {measured.labelRetest && (
        <p className="prose-text" data-label-retest="">
          Two passes made side by side agree more than labels made at different times. So a random sample of {measured.labelRetest.sealed.tools}{" "}
          sealed and {measured.labelRetest.development.tools} development tools was labelled again later by two fresh blind passes, the same way.
          The new labels matched the stored level on {percent(measured.labelRetest.sealed.riskExact)} of the sealed sample and{" "}
          {percent(measured.labelRetest.development.riskExact)} of the development one, and the category on{" "}
          {percent(measured.labelRetest.sealed.categoryExact)} and {percent(measured.labelRetest.development.categoryExact)}. So a figure
          against these labels is uncertain by several points, and a level that is exactly right more than about nine times in ten cannot be told
          apart from one that is right every time. Where both labellings agree, the classifier has the exact level of{" "}
          {percent(measured.labelRetest.sealed.classifierRiskExactWhereAgreed)} of the sealed sample ({measured.labelRetest.sealed.agreedTools}{" "}
          tools): most of its misses are its own, not the labels&apos;.
        </p>
      )}
      {measured.sealed?.intervals && (
        <p className="prose-text" data-intervals="">
          Beneath each sealed figure and each confidence band is a 95% interval, from resampling the sealed servers with replacement: tools of
          one server share an author and often one mistake, so the split counts as {measured.sealed.servers} servers rather than{" "}
          {measured.sealed.tools} tools, and another set of servers like them would give a figure in that range about nineteen times in twenty.
        </p>
      )}
      {measured.provisional && (
        <p className="prose-text text-sm" data-measured-provisional="">
          <strong>Provisional:</strong> {measured.provisional}
        </p>
      )}
      <div className="overflow-x-auto">
        <table className="data-table" data-measured="">
          <thead>
            <tr>
              <th scope="col">Split</th>
              <th scope="col">Servers</th>
              <th scope="col">Tools</th>
              <th scope="col">Category exact</th>
              <th scope="col">Risk exact</th>
              <th scope="col">Risk within one level</th>
              <th scope="col">High or critical rated low</th>
              <th scope="col">Code or money rated below high</th>
            </tr>
          </thead>
          <tbody>
            {measured.sealed ? (
              <FiguresRow label="Sealed" figures={measured.sealed} />
            ) : (
              <tr data-figures="Sealed">
                <th scope="row">Sealed</th>
                <td colSpan={7}>not measured yet</td>
              </tr>
            )}
            <FiguresRow label="Development" figures={measured.development} />
            {measured.legacy && <FiguresRow label="Legacy (tuned on)" figures={measured.legacy} />}
          </tbody>
        </table>
      </div>
      {measured.calibration.length > 0 && (
        <>
          <h3>Confidence against agreement</h3>
          <p className="prose-text">Verdicts on the sealed split grouped by their confidence, with the share whose category and risk both matched the label.</p>
          <div className="overflow-x-auto">
            <table className="data-table" data-calibration="">
              <thead>
                <tr>
                  <th scope="col">Confidence</th>
                  <th scope="col">Tools</th>
                  <th scope="col">Exactly right</th>
                </tr>
              </thead>
              <tbody>
                {measured.calibration.map((row) => (
                  <tr key={row.band}>
                    <th scope="row">{row.band.replace("-", " to ")}</th>
                    <td>{row.tools}</td>
                    <ShareCell share={row.exact} interval={row.interval} />
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}

      <h2>Known weak spots</h2>
      <ul className="prose-text list-disc space-y-2 pl-5" data-weak-spots="">
        {WEAK_SPOTS.map((spot) => (
          <li key={spot}>{spot}</li>
        ))}
      </ul>

      <h2>When a verdict is wrong</h2>
      <p className="prose-text">
        Every tool page has a link to report a wrong verdict: it opens an issue in{" "}
        <a href={repository} rel="noopener noreferrer external">
          the project&apos;s repository
        </a>{" "}
        with the tool, its verdict and a correction to edit. A correction is a small file, <code>corrections/&lt;server&gt;/&lt;tool&gt;.yaml</code>,
        checked with the same rules as the entries. It names the server and tool, gives the fields that change (category, risk, rationale,
        signals, roles), says <code>reviewed: true</code> and a note on why. It overrides the machine&apos;s verdict, the policy follows a
        changed level, the tool is shown as reviewed by a person, and a re-import keeps it.
      </p>
    </div>
  );
}
