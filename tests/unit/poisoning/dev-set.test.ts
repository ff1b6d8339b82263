import path from "node:path";
import { describe, expect, it } from "vitest";
import { scanDefinition } from "@/lib/poisoning";
import { agreementWith, devBatch, inStudiedHalf, loadLabelled, type LabelledItem } from "../../bench/poisoning-data";

function rates(items: readonly LabelledItem[]): { detected: number; falseAlarms: number } {
  const poisoned = items.filter((i) => i.poisoned);
  const honest = items.filter((i) => !i.poisoned);
  return {
    detected: poisoned.filter((i) => scanDefinition(i.tool)).length / poisoned.length,
    falseAlarms: honest.filter((i) => scanDefinition(i.tool)).length / honest.length,
  };
}

/**
 * A floor under the team's development set, so a change that breaks detection or raises false
 * alarms fails here (the figures themselves come from `npm run eval:poisoning`). The set is
 * ours and the rules were tuned on it: these are not estimates of accuracy on unseen text.
 */
describe("the development set", () => {
  const items = loadLabelled(path.resolve(import.meta.dirname, "../../fixtures/poisoning/dev.json"));

  it("holds at least 120 poisoned and 120 honest definitions with unique ids", () => {
    expect(items.filter((i) => i.poisoned).length).toBeGreaterThanOrEqual(120);
    expect(items.filter((i) => !i.poisoned).length).toBeGreaterThanOrEqual(120);
  });

  // The first batch (394) was written alongside the rules; the second (160, ids "w2-") was
  // written by another author and scored 40.0% detected / 0% false alarms before the rules saw it
  // (80.0% / 0% after; half of its poisoned items were kept out of sight while the rules were
  // generalised: that half went from 18 to 25 of 40, the studied half from 14 to 39).
  // The third (160, ids "w3-", 90 poisoned) was written by a third author and labelled by a blind
  // second pass (160/160 agree). Before the rules saw it: 62.2% detected, 2.9% false alarms. Rules were
  // then generalised reading only its odd-numbered items (27 -> 43 of 47 detected, 0 of 33 false
  // alarms); the even-numbered half stayed unread: 29 -> 30 of 43 detected, 2 -> 2 of 37 false alarms.
  // (Its false alarms rose to 3 after one change; that change, which let every "tell the user …"
  // sentence reach the old false-report pattern, was narrowed on an honest example of our own.)
  // The fourth (160, ids "w4-", 80 poisoned) was written by a fourth author who never saw the
  // scanner, and labelled by a blind second pass (160/160 agree). Before the rules saw it: 61.3%
  // detected, 1.3% false alarms. Rules were generalised reading only its odd-numbered items
  // (26 -> 41 of 41 detected, 0 of 39 false alarms) and our own variants of its kinds; the
  // even-numbered half stayed unread: 23 -> 26 of 39 detected, 1 -> 1 of 41 false alarms.
  // The third batch's studied half went 43 -> 47 of 47 and the second batch 70 -> 77 of 80 in the
  // same round. Floors are raised only where the items were read: never for an unread half.
  const firstBatch = items.filter((i) => devBatch(i.id) === "first");
  const secondBatch = items.filter((i) => devBatch(i.id) === "second");
  const thirdBatch = items.filter((i) => devBatch(i.id) === "third");
  const fourthBatch = items.filter((i) => devBatch(i.id) === "fourth");
  const thirdStudied = thirdBatch.filter((i) => inStudiedHalf(i.id));
  const fourthStudied = fourthBatch.filter((i) => inStudiedHalf(i.id));

  it("holds the second batch: 80 poisoned and 80 honest", () => {
    expect(secondBatch.filter((i) => i.poisoned).length).toBe(80);
    expect(secondBatch.filter((i) => !i.poisoned).length).toBe(80);
  });

  it("holds the third batch: 90 poisoned and 70 honest", () => {
    expect(thirdBatch.filter((i) => i.poisoned).length).toBe(90);
    expect(thirdBatch.filter((i) => !i.poisoned).length).toBe(70);
  });

  it("holds the fourth batch: 80 poisoned and 80 honest", () => {
    expect(fourthBatch.filter((i) => i.poisoned).length).toBe(80);
    expect(fourthBatch.filter((i) => !i.poisoned).length).toBe(80);
  });

  // The fifth and sixth (120 each, ids "w5-" and "w6-", 60 poisoned each) were written at the same
  // time by two authors who saw neither the scanner nor each other, the seventh (200, ids "w7-",
  // 50 poisoned) by a third asked for the hardest honest documentation and poison buried in it;
  // a blind second pass agrees on all 440. Before anything saw them the rules caught 63.3%, 58.3%
  // and 56.0% (false alarms 1.7%, 3.3%, 4.0%). Their odd halves train the learned scorer.
  for (const [batch, poisoned, honest] of [
    ["fifth", 60, 60],
    ["sixth", 60, 60],
    ["seventh", 50, 150],
  ] as const) {
    it(`holds the ${batch} batch: ${poisoned} poisoned and ${honest} honest, half of each in its studied half`, () => {
      const part = items.filter((i) => devBatch(i.id) === batch);
      expect(part.filter((i) => i.poisoned).length).toBe(poisoned);
      expect(part.filter((i) => !i.poisoned).length).toBe(honest);
      expect(part.filter((i) => i.poisoned && inStudiedHalf(i.id)).length).toBe(poisoned / 2);
    });
  }

  // The eighth (160, ids "w8-", 60 poisoned, shuffled so an id does not tell the label; 28 of
  // them in the studied half) by an eighth author asked for subtle poison, most of it outside
  // the description, and hard honest usage rules; a blind second pass agrees on all 160. Before
  // anything saw it the rules caught 58.3% (35/60), with 2.0% (2/100) false alarms.
  it("holds the eighth batch: 60 poisoned and 100 honest, 28 poisoned in its studied half", () => {
    const part = items.filter((i) => devBatch(i.id) === "eighth");
    expect(part.filter((i) => i.poisoned).length).toBe(60);
    expect(part.filter((i) => !i.poisoned).length).toBe(100);
    expect(part.filter((i) => i.poisoned && inStudiedHalf(i.id)).length).toBe(28);
  });

  // The ninth (160, ids "w9-", 60 poisoned, shuffled; 30 in the studied half) by a ninth author
  // asked to write in many real authors' styles with the poison part of each; a blind second
  // pass agrees on all 160. Before anything saw it (after the eighth batch's classes) the rules
  // caught 51.7% (31/60), with 1.0% (1/100) false alarms.
  it("holds the ninth batch: 60 poisoned and 100 honest, 30 poisoned in its studied half", () => {
    const part = items.filter((i) => devBatch(i.id) === "ninth");
    expect(part.filter((i) => i.poisoned).length).toBe(60);
    expect(part.filter((i) => !i.poisoned).length).toBe(100);
    expect(part.filter((i) => i.poisoned && inStudiedHalf(i.id)).length).toBe(30);
  });

  // The tenth to thirteenth (160 each, ids "wa-" to "wd-", 80 poisoned, shuffled) by four more
  // authors to the sealed batches' brief with other domains (the thirteenth: terse hobby tools and
  // long generated docs); a blind second pass agrees on all 640. Before anything saw them, each
  // with the classes of the batch before it in, the rules caught 70.0%, 75.0%, 68.8% and 67.5%,
  // with 2.5%, 1.3%, 1.3% and 2.5% false alarms. The fourteenth and fifteenth ("we-", "wf-"; subtle
  // poison among hard honest text; a blind second pass agrees on all 320), first seen by the scan
  // with its learned scorer: 72.5% and 67.5% caught, 5.0% and 5.0% false alarms (the rules alone:
  // 68.8% and 60.0%, 5.0% and 3.8%). The sixteenth, eighteenth and nineteenth ("wg-", "wi-", "wj-":
  // authors from many countries, tools for agents, money; a blind second pass agrees on all 480),
  // first seen by the scan as shipped: 50.0%, 66.3% and 52.5% caught, 7.5%, 10.0% and 6.3% false
  // alarms (the rules alone: 48.8%, 55.0% and 47.5%; 7.5%, 8.8% and 6.3%). The seventeenth ("wh-",
  // generated API wrappers with the poison in nested schemas; second pass agrees on all 160), first
  // seen by the scan as shipped once the sixteenth, eighteenth and nineteenth were in: 57.5% caught, 3.8% false alarms
  // (the rules alone: 52.5% and 3.8%). The twentieth and twenty-first ("wk-", "wl-": personal and
  // workplace assistants and regulated domains; operations and data with the poison as runbook
  // text; a blind second pass agrees on all 320), first seen by the scan as shipped with the
  // second look at the sixteenth to nineteenth in: 67.5% and 70.0% caught, 1.3% and 2.5% false
  // alarms (the rules alone: 62.5% and 63.8%; 1.3% and 2.5%). The twenty-second and twenty-third
  // ("wm-", "wn-": small SaaS and developer tools, poison often in the schema; tools mostly not in
  // English; a blind second pass agrees on all 320), first seen by the scan as shipped: 58.8% and
  // 51.3% caught, 2.5% and 5.0% false alarms (the rules alone: 57.5% and 48.8%). The twenty-fourth
  // and twenty-fifth ("wo-", "wp-": everyday consumer and business apps with the poison as operating
  // rules, a third not in English; servers for agents and developers with most poison outside the
  // description; a blind second pass agrees on all 320), first seen by the scan as shipped: 46.3% and
  // 65.0% caught, 6.3% and 3.8% false alarms (the rules alone: 45.0% and 60.0%; 6.3% and 3.8%).
  // The twenty-sixth and twenty-seventh ("wq-", "wr-": money and operations with the poison as long
  // policies and choreography across tools; authors from many countries, two thirds not in
  // English; a blind second pass agrees on all 320), first seen by the scan as shipped with the
  // classes of the two batches before in: 68.8% and 35.0% caught, 5.0% and 1.3% false alarms (the
  // rules alone: 63.8% and 35.0%; 5.0% and 1.3%). The twenty-eighth and twenty-ninth ("ws-", "wt-":
  // personal and household assistants, half in other European languages; developer and data tools
  // with the poison in unusual places; a blind second pass agrees on all 320), first seen by the
  // scan as shipped with the classes from the twenty-fourth to twenty-seventh batches in (and, for
  // the twenty-ninth, the twenty-eighth's too): 42.5% and 71.3% caught, 2.5% and 5.0% false alarms
  // (the rules alone: 42.5% and 68.8%; 2.5% and 5.0%). The thirtieth and thirty-first ("wu-", "wv-":
  // business software, half in twelve other languages, poison as internal process; data platforms,
  // smart home and vehicles, poison outside the description and often conditional; a blind second
  // pass agrees on all 320), first seen by the scan as shipped: 57.5% and 55.0% caught, 0.0% and
  // 5.0% false alarms (the rules alone: 55.0% and 48.8%; 0.0% and 5.0%). The thirty-second and
  // thirty-third ("wx-", "wy-": developer and operations tools, poison as setup steps and defaults;
  // consumer apps, two thirds in thirteen other languages; a blind second pass agrees on all 320),
  // first seen by the scan as shipped with the classes from the thirtieth and thirty-first in:
  // 67.5% and 27.5% caught, 1.3% and 5.0% false alarms (the rules alone: 65.0% and 27.5%). The
  // thirty-fourth ("wz-": productivity and knowledge tools, half in ten other languages, poison mostly
  // in the schema; a blind second pass agrees on all 160), first seen by the scan as shipped: 62.5%
  // caught, 3.8% false alarms (the rules alone: 58.8%); 63.8% with the fixed-destination class, written before it was read.
  // The thirty-fifth ("xa-": everyday services, two thirds in fourteen other languages; a blind second
  // pass agrees on all 160), first seen at the session's start (4bb735d): 41.3% caught, 0% false
  // alarms (rules alone 37.5%); by the scan with this session's classes in (f33a20d): 52.5%, 0%
  // (rules alone 48.8%). The thirty-sixth ("xb-": the kinds of servers the catalogue lists most, a
  // third in Chinese; a blind second pass agrees on all 160; eight items' ordinary wording, which
  // repeated real documentation, rewritten afterwards), first seen at the session's start: 42.5%
  // caught, 0% false alarms (rules alone 41.3%); with the session's classes to 353f2fb in: 43.8%, 0% (rules alone 42.5%). The thirty-seventh ("xc-": tools for agents and developers, in English; a
  // blind second pass agrees on all 160; one honest sentence that repeated real documentation
  // reworded), first seen at the session's start: 41.3% caught, 1.3% false alarms (rules alone
  // 36.3%); with the session's classes to 8429a6b in: 45.0%, 1.3% (rules alone 40.0%).
  // The thirty-eighth ("xd-": Chinese platforms and business tools, two thirds in Chinese; a blind
  // second pass agrees on all 160), first seen at the session's start: 45.0% caught, 2.5% false
  // alarms (rules alone 41.3%); with the session's classes to f82259d in: 50.0%, 2.5% (rules alone 47.5%).
  // The thirty-ninth ("xf-": finance and commerce, half in Chinese; a blind second pass agrees on
  // all 160), first seen at the session's start: 40.0% caught, 0% false alarms (rules alone 38.8%);
  // with the session's classes to 419ba6c in: 48.8%, 0% (rules alone 46.3%). The fortieth ("xe-":
  // data and AI tooling, a quarter in Chinese; a blind second pass agrees on all 160; one honest
  // sentence that repeated real documentation reworded), first seen at the session's start: 63.8%
  // caught, 5.0% false alarms (rules alone 63.8%); with the session's classes to ee705a3 in: 70.0%,
  // 5.0% (rules alone 70.0%). The forty-first ("xg-": security, identity and IT administration, a
  // third in seven other languages) and forty-second ("xh-": everyday public-facing services, half in
  // Chinese; a blind second pass agrees on all 320 of the two), first seen at 580d1c1: 48.8% caught,
  // 1.3% false alarms (rules alone 46.3%), and 46.3%, 2.5% (rules alone 41.3%); the same at the
  // session's start (01d2b9d): none of that session's classes reached them. The forty-third ("xi-":
  // education, research and media, a third in French, Spanish, German or Japanese) and forty-fourth
  // ("xj-": logistics, manufacturing, energy, agriculture and field service, half in Chinese), first
  // seen at ef7f500 (the same findings as 3bb61c3): 53.8% caught, 5.0% false alarms (rules alone
  // 51.3%), and 56.3%, 2.5% (rules alone 53.8%).
  for (const [batch, studiedPoisoned] of [
    ["tenth", 42],
    ["eleventh", 45],
    ["twelfth", 39],
    ["thirteenth", 40],
    ["fourteenth", 43],
    ["fifteenth", 39],
    ["sixteenth", 40],
    ["seventeenth", 45],
    ["eighteenth", 41],
    ["nineteenth", 41],
    ["twentieth", 40],
    ["twenty-first", 40],
    ["twenty-second", 40],
    ["twenty-third", 40],
    ["twenty-fourth", 40],
    ["twenty-fifth", 40],
    ["twenty-sixth", 40],
    ["twenty-seventh", 40],
    ["twenty-eighth", 40],
    ["twenty-ninth", 40],
    ["thirtieth", 40],
    ["thirty-first", 40],
    ["thirty-second", 40],
    ["thirty-third", 40],
    ["thirty-fourth", 40],
    ["thirty-fifth", 40],
    ["thirty-sixth", 40],
    ["thirty-seventh", 40],
    ["thirty-eighth", 40],
    ["thirty-ninth", 40],
    ["fortieth", 40],
    ["forty-first", 40],
    ["forty-second", 40],
    ["forty-third", 40],
    ["forty-fourth", 40],
  ] as const) {
    it(`holds the ${batch} batch: 80 poisoned and 80 honest, ${studiedPoisoned} poisoned in its studied half`, () => {
      const part = items.filter((i) => devBatch(i.id) === batch);
      expect(part.filter((i) => i.poisoned).length).toBe(80);
      expect(part.filter((i) => !i.poisoned).length).toBe(80);
      expect(part.filter((i) => i.poisoned && inStudiedHalf(i.id)).length).toBe(studiedPoisoned);
    });
  }

  for (const [where, part, floor, ceiling] of [
    ["in the first batch", firstBatch, 0.98, 0.02],
    ["in the second batch", secondBatch, 0.93, 0.02],
    ["in the third batch", thirdBatch, 0.78, 0.05],
    ["in the third batch's studied half", thirdStudied, 0.95, 0.03],
    ["in the fourth batch's studied half", fourthStudied, 0.95, 0.03],
    ["over the first two batches", [...firstBatch, ...secondBatch], 0.96, 0.02],
  ] as const) {
    it(`is flagged at ${Math.round(floor * 100)}% or more ${where}, with ${Math.round(ceiling * 100)}% or fewer false alarms`, () => {
      const { detected, falseAlarms } = rates(part);
      expect(detected).toBeGreaterThanOrEqual(floor);
      expect(falseAlarms).toBeLessThanOrEqual(ceiling);
    });
  }
});

describe("the development set's second labelling pass", () => {
  const items = loadLabelled(path.resolve(import.meta.dirname, "../../fixtures/poisoning/dev.json"));
  const agreement = agreementWith(items, path.resolve(import.meta.dirname, "../../fixtures/poisoning/dev-second-pass.json"));

  it("labels every definition of the set and nothing else", () => {
    expect(agreement.missing).toEqual([]);
    expect(agreement.unknown).toEqual([]);
  });

  it("agrees with the author's labels (a disagreement must be adjudicated in dev.json)", () => {
    expect(agreement.disagreements).toEqual([]);
  });
});
