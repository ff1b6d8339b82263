/**
 * Stage two: on what, and how far. The objects of the action, whether one call reaches many
 * targets, and what the objects are: secrets, permissions, infrastructure, wide containers,
 * private data, local files, the open internet. Also the data-flow roles the tool can play.
 */
import type { Category } from "../../taxonomy";
import type { Facts, Verb } from "../detect";
import {
  BULK_WORDS,
  FLUSH_ALL,
  INFRA_IF_SERVER,
  LOCAL_FILE_WORDS,
  NOISE,
  PERMISSION_OBJECTS,
  PRIVATE_OBJECTS,
  REMOTE_WORDS,
  SINK_OBJECTS,
  SINK_VERBS,
  STRICT_INFRA,
  UNTRUSTED_OBJECTS,
  WEB_PHRASE_RE,
  WEB_WORDS,
  WIDE_OBJECTS,
  ZH_PRIVATE_WORDS,
  SECRET_STORE_SERVER,
} from "../lexicon";
import { findSecretWord, firstIn, hasAny, headNoun, isVerbToken, kindOfServer, someIn, type ServerKind, type Trail } from "./shared";

export interface Scope {
  /** The name's words other than its verb and filler: what the action falls on. */
  objects: string[];
  /** One call reaches many targets (a bulk word, a list of ids, a flush-all). */
  bulk: boolean;
  /** The input list that widens one call to many targets (not the parts of one drawing). */
  bulkProperty: string | null;
  serverKind: ServerKind;
  /** The secret a read returns or a write changes, if any. */
  secretWord: string | undefined;
  permissionWord: string | undefined;
  infraWord: string | undefined;
  /** A container whose loss is wide (account, repository, database, cluster ...). */
  wideWord: string | undefined;
  /** Credentials or sessions of many accounts at once. */
  manyAccounts: boolean;
  /** It takes any address or reaches the open internet. */
  url: boolean;
  privateObject: string | undefined;
  localFiles: boolean;
  /** Its verb puts data where others read it (send, post, publish ...). */
  sinkVerb: boolean;
}

export function readScope(facts: Facts, category: Category, verb: Verb | null, trail: Trail): Scope {
  const { tokens, words, schema } = facts;
  const { evidence, signals, roles } = trail;
  const objects: string[] = [];
  const verbWord = verb?.word;
  const nameVerbWord = facts.nameVerb?.word;
  for (const t of tokens) if (t !== verbWord && t !== nameVerbWord && !NOISE.has(t) && !facts.serverWords.has(t)) objects.push(t);
  const bulkByName = someIn(tokens, BULK_WORDS) || firstIn(tokens, FLUSH_ALL) !== undefined || !!facts.bulkQuote;
  const bulkProperty = schema.bulkProperty;
  const bulk = bulkByName || !!bulkProperty;
  if (bulk) {
    signals.add("bulk-operation");
    if (bulkProperty) evidence.push({ where: "inputSchema", text: `"${bulkProperty}" widens one call to many targets` });
    else if (facts.bulkQuote && !someIn(tokens, BULK_WORDS)) evidence.push(facts.bulkQuote);
  }
  const serverKind = kindOfServer(facts.serverWords);
  const secretWord = category === "read" || category === "write" ? findSecretWord(facts) : undefined;
  let permissionWord: string | undefined;
  let infraWord: string | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] ?? "";
    // A word of the server's own name ("trust" on a trust registry) is its subject, not an object.
    if (!permissionWord && PERMISSION_OBJECTS.has(t) && !isVerbToken(t, facts) && !facts.serverWords.has(t) && !(t === "secret" && tokens[i + 1] === "chat") && !notAccess(t, tokens[i - 1] ?? "")) permissionWord = t;
    // An instance of a design component or a class is part of a document, not a cloud machine.
    if (!infraWord && STRICT_INFRA.has(t) && (serverKind.infra || !INFRA_IF_SERVER.has(t)) && !(t === "instance" && PART_KINDS.has(tokens[i - 1] ?? "")) && !NOT_INFRA_BEFORE.has(tokens[i - 1] ?? "")) infraWord = t;
  }
  permissionWord ??= words.has("permission") || words.has("admin") || words.has("privacy") || words.has("role") ? "permission" : undefined;
  // An input that hands out access ("sharePermissions", "grantAccessTo", "sharingModel"): one call can change who sees what.
  // In a password manager, the groups, collections and members a write names are who gets the secrets.
  if (!permissionWord && category !== "read") {
    const store = hasAny(facts.serverWords, SECRET_STORE_SERVER);
    const key = grantKey(schema.propertyNames, store) ?? grantKey(schema.innerPropertyNames, store);
    if (key) {
      permissionWord = "sharing";
      evidence.push({ where: "inputSchema", text: `"${key}" says who gets access` });
    }
  }
  infraWord ??= words.has("global") ? "global" : undefined;
  const head = headNoun(objects);
  let wideWord: string | undefined;
  if (head) wideWord = WIDE_OBJECTS.has(head) ? head : undefined;
  else for (const w of words) if (WIDE_OBJECTS.has(w) && w !== "all" && w !== "chat") { wideWord = w; break; }
  // A group of people (users, members of a chat or a permission group) is wide; a group of addresses, services or records is a list.
  if ((wideWord === "group" || wideWord === "groups") && THING_GROUP_KINDS.has(tokens[tokens.indexOf(wideWord) - 1] ?? "")) wideWord = undefined;
  // A cluster's nodes are wide; the nodes of a design, a graph or a tree are parts of one document.
  if (wideWord === "nodes" && !serverKind.infra && !/\b(?:cluster|kubernetes|k8s|node ?pool)\b/.test(facts.firstLower)) wideWord = undefined;
  // "Delete a Sub-Account (formerly Location)": the description names the wide thing the name calls something else.
  if (!wideWord && category === "destructive") {
    const m = DELETES_WHAT_RE.exec(facts.firstLower);
    const what = m?.[1]?.replace(/^sub-?/, "");
    if (what && WIDE_OBJECTS.has(what) && what !== "all" && !objects.includes(what) && !objects.includes(`${what}s`)) wideWord = what;
  }
  // On a cloud account's server, a machine, firewall, certificate or network link is a cloud resource: removing it takes down what depends on it.
  if (!wideWord && category === "destructive" && serverKind.infra && head && CLOUD_RESOURCES.has(head)) wideWord = head;
  const manyAccounts = (words.has("accounts") || (words.has("account") && bulk) || words.has("sessions")) && bulk;

  // Roles and data-flow signals.
  let webWord = false;
  for (const t of tokens) if (t !== "search" && WEB_WORDS.has(t)) webWord = true;
  const url = !!schema.urlProperty || webWord || WEB_PHRASE_RE.test(facts.firstSentence);
  if (url && (category === "read" || category === "write" || category === "execute")) {
    signals.add("open-internet");
    if (schema.urlProperty) evidence.push({ where: "inputSchema", text: `"${schema.urlProperty}" takes any address` });
  }
  const untrusted = category === "read" || (category === "write" && (words.has("navigate") || words.has("browser")))
    ? url || someIn(tokens, UNTRUSTED_OBJECTS) || words.has("message") || words.has("email") || words.has("web")
    : false;
  if (untrusted) {
    signals.add("untrusted-content");
    roles.add("untrusted-input");
  }
  const privateObject = firstIn(tokens, PRIVATE_OBJECTS) ?? firstIn(ZH_PRIVATE_WORDS, words);
  const localFiles = !!schema.pathProperty && !schema.remote && !someIn(tokens, REMOTE_WORDS) && (someIn(tokens, LOCAL_FILE_WORDS) || /\bfiles?\b|文件/i.test(facts.firstSentence));
  if (localFiles) {
    signals.add("local-files");
    evidence.push({ where: "inputSchema", text: `"${schema.pathProperty}" takes a local path` });
  }

  const sinkVerb = verb && (SINK_VERBS.has(verb.lemma) || /发送|群发|转发|回复|上传|发布|评论|分享/.test(verb.lemma));
  const sinkObject = firstIn(SINK_OBJECTS, words);
  if ((category === "write" && (sinkVerb || (sinkObject && ["create", "add", "send", "post", "reply", "publish", "submit", "write"].includes(verb?.lemma ?? "")))) || category === "execute" || (category === "read" && !!schema.urlProperty)) {
    roles.add("public-sink");
    if (category === "write") signals.add("sends-externally");
  }
  if (category === "read" && (privateObject || secretWord || localFiles)) roles.add("private-data");
  if (category === "execute") roles.add("private-data");
  if (category === "destructive") roles.add("destroys");


  return { objects, bulk, bulkProperty, serverKind, secretWord, permissionWord, infraWord, wideWord, manyAccounts, url, privateObject, localFiles, sinkVerb: !!sinkVerb };
}

/** The head of what a description's opening deletes, when nothing follows it ("Delete a Sub-Account (formerly Location)"). */
const DELETES_WHAT_RE = /^(?:permanently )?(?:deletes?|destroys?) (?:an? |the )?(?:[\w-]+ )?([\w-]+)(?=\s*(?:[.(,;]|$))/;

/** A list's or an audience's members, a project's coding rules: not access. */
const NOT_ACCESS_MEMBERS = new Set(["list", "audience", "segment", "mailing"]);
const NOT_ACCESS_RULES = new Set(["project", "coding", "style", "lint", "formatting", "naming"]);
function notAccess(word: string, before: string): boolean {
  if (word === "member" || word === "members") return NOT_ACCESS_MEMBERS.has(before);
  if (word === "rule" || word === "rules") return NOT_ACCESS_RULES.has(before);
  return false;
}

/** What an "instance" is of when it is a part of a document or program ("component instance"). */
const PART_KINDS = new Set(["component", "components", "class", "symbol", "template", "widget", "block"]);

/** The first input that says who gets access; in a password manager, its groups and members do too. */
function grantKey(keys: readonly string[], secretStore: boolean): string | undefined {
  for (const k of keys) if (GRANT_KEY.test(k) || (secretStore && STORE_ACCESS_KEY.test(k))) return k;
  return undefined;
}
const STORE_ACCESS_KEY = /^(?:groups|collections|members|users|group_?ids|collection_?ids|member_?ids|user_?ids)$/i;
/** Input properties that grant access to others (not a mere public/private flag, which creating a thing often takes). */
const GRANT_KEY = /^(?:share_?permissions?|sharing_?model|sharing_?settings?|grant_?access_?to|grant_?to|acls?|access_?control(?:_?list)?|permissions|collaborators|share_?with|shared_?with)$/i;

/** Resources a cloud provider runs for the account, beyond the wide objects every server has. */
const CLOUD_RESOURCES = new Set([
  "droplet", "droplets", "vm", "vms", "firewall", "firewalls", "certificate", "certificates", "peering", "peerings",
  "loadbalancer", "loadbalancers", "balancer", "balancers", "registry", "registries", "router", "routers",
  "vpn", "tunnel", "tunnels", "nat", "distribution", "distributions", "queue", "queues", "topic", "topics",
  "cdn", "cdns", "nodepool", "nodepools", "pool", "pools", "lb", "lbs", "node", "share", "shares", "prefix", "prefixes",
  "sandbox", "sandboxes", "inference", "schedule", "schedules",
  // A machine's images, snapshots and backups are how it is recovered; without them it cannot be.
  "image", "images", "snapshot", "snapshots", "backup", "backups",
]);

/** What a group of things, not of people, is named for: "ip group", "network service group", "calendar group". */
const THING_GROUP_KINDS = new Set(["ip", "source", "destination", "network", "svc", "service", "segment", "server", "calendar", "transaction", "address", "port", "url", "rule", "tag", "product", "option", "field", "dimension", "resource", "asset", "location"]);
/** Words that make a zone or a resource a shop's or a calendar's, not a cloud's ("shipping zone", "calendar resource"). */
const NOT_INFRA_BEFORE = new Set(["shipping", "delivery", "tax", "time", "sales", "calendar", "booking", "room", "meeting"]);
