/**
 * What a tool's input schema says about its scope: free text it runs, local paths, URLs,
 * money amounts, lists of targets, and the operations a multi-operation tool offers.
 */
import { CODE_PROPERTIES } from "./lexicon";
import { nameTokens } from "./tokens";

export interface SchemaFacts {
  /** A property whose text the tool runs, and the kind of execution it implies. */
  codeProperty: { name: string; kind: "code" | "query" | "page" } | null;
  /** The code property's own description says what it holds is run ("The command to execute"). */
  codePropertyRuns: boolean;
  /** A property whose own description says the code in it is run ("GDScript expressions evaluated every frame", "A JavaScript script to be executed on each new document"). */
  evaluatedCodeProperty: string | null;
  /** A `query` property (a search or a statement, depending on context). */
  queryProperty: string | null;
  /** The `query` property's own description says it holds a statement ("The SQL query to execute", "CREATE TABLE statement"). */
  queryIsStatement: boolean;
  pathProperty: string | null;
  urlProperty: string | null;
  moneyProperty: string | null;
  /** A sum the call spends (budget_usd, tip, bounty): the call costs money. */
  spendProperty: string | null;
  /** A spending sum named as a payment with its currency (budget_usd, prize_usd): money leaves whatever the verb. */
  payoutProperty: string | null;
  /** An array of targets (ids, users, accounts, recipients): one call acts on many. */
  bulkProperty: string | null;
  /** A boolean `force`-style switch. */
  forceProperty: string | null;
  /** Words from the enum of an operation/action/method property ("delete", "create", ...). */
  operationWords: string[];
  /** Operations named by one word alone ("close", "post"): a verb, even where the word is often a noun. */
  bareOperationWords: string[];
  /** The operations a list of batched items may each pick, or a list of what to delete ("delete": [ids]). */
  batchOperationWords: string[];
  batchOperationProperty: string | null;
  operationProperty: string | null;
  propertyCount: number;
  /** Every input is an id or a label of the thing (name, labels, tags, description): a call can only rename or relabel it. */
  labelsOnly: boolean;
  /** An operation or command named in free text (no enum): the caller picks any operation. */
  freeOperation: boolean;
  /** An HTTP method property whose only choices read ("method": ["GET"]): the request it sends changes nothing. */
  readMethodsOnly: boolean;
  /** An object or text property that carries the parameters of whatever operation is picked. */
  paramsProperty: boolean;
  /** A property whose own description says it takes a local file path ("Local file path or URL"). */
  localPathProperty: string | null;
  /** An enumerated choice that names a secret ("object": [..., "password", "totp"]): the tool can return one. */
  secretChoice: { property: string; value: string } | null;
  /** A switch that takes the mask off what comes back ("unmask", "reveal", "revealEnvValues"): secrets in plain text. */
  revealSwitch: string | null;
  /** A top-level property whose description says what it carries replaces what is there (a list of slides "that replace the existing slides"). */
  replacingProperty: string | null;
  /** A text property that takes a file's whole content ("content": "New file content"), not a part or an addition to it. */
  wholeContentProperty: string | null;
  /** A property that names where the tool writes its output ("output_path", or "output": "Output .csv path"). */
  outputPathProperty: string | null;
  /** A switch that lets a written file replace one already there ("overwrite": true). */
  overwriteSwitch: string | null;
  /** The top-level property names, as written (at most the first 60). */
  propertyNames: string[];
  /** Those of them that take free text (typed string, or untyped): a prompt is text, a filter object is not. */
  textPropertyNames: string[];
  /** The names one level down, inside a top-level object ("workout": {"is_private": ...}) or a list's items: APIs often wrap a body so. */
  innerPropertyNames: string[];
  /** The schema addresses a remote store (owner/repo, bucket, project): its paths are not local files. */
  remote: boolean;
}

const PATH_KEY = /^(?:path|paths|file_?paths?|file_?names?|file|files|dir|directory|directories|folder|output_?(?:path|dir|file)|save_?(?:path|dir)|input_?(?:path|file)|source_?path|dest(?:ination)?_?path|local_?path|project_?(?:dir|directory|path)|root_?path|target_?path|photo_?path|log_?file)$/i;
const URL_KEY = /^(?:url|urls|uri|link|links|href|website|webpage|page_?url|target_?url|start_?url|webhook_?url)$/i;
const MONEY_KEY = /^(?:amount|amounts|currency|price|unit_?amount|total_?amount|payment_?amount|quantity_?usd|value_?usd|amount_?cents|transaction_?amount)$/i;
/** A sum the call spends: a budget, a tip, a bounty, an amount in a currency. */
const SPEND_KEY = /^(?:budget|tip|tips|bounty|prize|reward|max_?price|budget_?(?:usd|usdc|eur|cents)|(?:amount|value|price|cost)_?(?:usd|usdc|usdt|eur|eth|sol|cents|wei|lamports)|(?:usd|usdc|usdt|eth|sol)_?amount)$/i;
/**
 * A sum the caller pays out, whatever the tool's verb: pay, a bonus, a prize, a bounty, a budget,
 * named with its currency ("base_pay_usd", "bonus_1st_usd", "prize_usd", "amount_in_dollars").
 * A price or a cost is not here: on a search it is a filter, not a payment.
 */
const PAYOUT_KEY = /^(?:[a-z0-9]+_?)?(?:pay|payout|payment|bonus|prize|reward|bounty|tip|budget|stake|wager|bid)(?:_?[a-z0-9]+)?_?(?:usd|usdc|usdt|eur|gbp|eth|sol|cents|wei|lamports|dollars|sats)$|^(?:amount|budget|pay)_?in_?(?:usd|dollars|cents|eur|eth|sol)$/i;
const STATEMENT_DESCRIPTION = /\b(?:sql|ddl|dml|soql|cypher|gremlin|sparql|hql)\b|\b(?:create|alter|drop|insert|update|delete|select)\s(?:table\s)?statements?\b|\bstatements?\sto\s(?:run|execute)\b/i;
const BULK_KEY = /(?:ids|targets|recipients|accounts|users|user_?names|usernames|emails|entity_?names|keys|members|instances|resources|records|rows|entries|documents)$/i;
/**
 * Lists of ids that are not many targets: the parts of one open drawing, design or deck an edit
 * picks ("nodeIds", "element_ids", "pageObjectIds"), or the labels, tags and teams one record is
 * given ("labelIds", "addedLabelIds"), the reviewers of one merge request, a record's ids in other
 * systems, the test suites of one run.
 */
const PARTS_OR_ATTRIBUTES_KEY = /^(?:target_?)?(?:added_?|removed_?)?(?:elements?|nodes?|shapes?|layers?|cells?|blocks?|children|frames?|page_?object|slide_?object|object|nav_?item|component|label|tag|team|category|assignee|reviewer|external|suite|calendar)_?(?:ids?|uuids)$/i;
const CODE_SUFFIX = /(?:^|[_-])(?:command|cmd|script|shell_?command|python_?code|source_?code|js_?code)$/;
/** The same in camel case: "amCommand", "shellCmd", "userScript". */
const CAMEL_CODE_SUFFIX = /[a-z0-9](?:Command|Cmd|Script)$/;
const SQL_SUFFIX = /(?:^|[_-])(?:sql|cypher|gremlin|hql)$/;
const REMOTE_KEY = /^(?:owner|repo|repository|repo_?name|bucket|bucket_?name|project_?id|project|drive_?id|gist_?id|branch|ref|site_?id|space_?id)$/i;
/** A switch that widens one call to many targets ("many": true, "all_namespaces": true). */
const BULK_FLAG_KEY = /^(?:many|all|multi|multiple|bulk|delete_?all|all_?namespaces|allnamespaces|recursive)$/i;
const OPERATION_KEY = /^(?:operation|operations|action|actions|method|op|command|subcommand|mode|api_?operation|verb)$/i;
// "File paths to read as context", "files to read": the tool opens whatever local files it is given.
const LOCAL_PATH_DESCRIPTION = /\b(?:local (?:file )?path|local file|file path or (?:a )?(?:remote )?url|absolute path to (?:a |the )?(?:file|image|video|document)|(?:file )?paths? (?:of (?:the )?files? )?to (?:read|include|attach|load)|files? to (?:read|load) (?:as|for|into)\b|path to an? (?:[\w.-]+ ){0,2}file to (?:read|load|open|parse))\b/i;
/** The words REPLACING_DESCRIPTION cannot match without, looked for first (most descriptions have neither). */
function mayReplace(description: string): boolean {
  return MAY_REPLACE_RE.test(description);
}
const MAY_REPLACE_RE = /eplac|verwrit/i;
/** A file's content, given whole: "content", "file_content", "new_content" described as the file's (new, full) content or as what to write. */
const WHOLE_CONTENT_KEY = /^(?:content|contents|file_?content|new_?content|full_?content)$/i;
const WHOLE_CONTENT_DESCRIPTION = /^(?:the )?(?:new |full |complete |entire |updated )?(?:file |text |document )?contents?(?: of (?:the )?file| for (?:the )?file| to write)?\s*[.(]?\s*$|^(?:the )?(?:new |full |complete |entire |updated )?(?:file |text )?contents? (?:of|for) the (?:file|document)\b|^(?:the )?(?:new |full |complete |entire )?contents? to (?:write|save|put)\b|^(?:the )?(?:new |full |complete |entire |updated )(?:file |text |document )?contents?\b/i;
/** "to replace existing slides", "replaces the current content", "overwrites the existing file": not "if omitted, existing values are kept". */
const REPLACING_DESCRIPTION = /\b(?:to |that |which |will |it )?(?:replac(?:e|es|ing)|overwrit(?:e|es|ing)) (?:the |all |any )?(?:existing|current|entire|whole|previous)\b(?! (?:\w+ )?(?:if|when|only if)\b)/i;
const OUTPUT_PATH_KEY = /^(?:output|out|save|dest|destination|export|write|baseline|report)_?(?:path|file|dir|directory|folder|file_?path|location)$|^save_?to$|^(?:output|save|export)_?(?:file)?_?(?:name)?_?path$/i;
/** A bare "output" or "destination" is a path only when its description says so ("Output .tcfx path"). */
const BARE_OUTPUT_KEY = /^(?:output|out|dest|destination|save|target_?file)$/i;
/** A path or file name whose own description says what the tool makes goes there ("the folder where the images are placed", "filename for the generated theme"). */
const OUTPUT_PLACE_DESCRIPTION = /\bwhere (?:the )?(?:\w+ ){0,3}(?:are|is|will be|get|gets) (?:placed|written|stored|created|generated)\b|\b(?:file ?name|file|path|directory|folder) (?:for|of) the (?:generated|created|new)\b/i;
function namesFile(key: string): boolean {
  const k = key.toLowerCase();
  return k.endsWith("path") || k.endsWith("dir") || k.endsWith("directory") || k.endsWith("folder") || k.endsWith("filename") || k.endsWith("file_name");
}
/**
 * A "code" that names something rather than runs: a project, coupon, country or error code, or a
 * one-time code from an email or an OAuth callback. Its schema bounds it (a pattern, a short maximum
 * length, a fixed choice), or its description says which kind of code it is.
 */
function holdsIdentifier(spec: Record<string, unknown>): boolean {
  if (typeof spec.pattern === "string" || Array.isArray(spec.enum) || typeof spec.const === "string") return true;
  if (typeof spec.maxLength === "number" && spec.maxLength <= MAX_IDENTIFIER_LENGTH) return true;
  return typeof spec.description === "string" && IDENTIFIER_CODE_DESCRIPTION.test(spec.description.slice(0, 160));
}
const MAX_IDENTIFIER_LENGTH = 64;

/**
 * A "path" that addresses something inside what the tool already holds, not the file system: a
 * file inside an EPUB or an archive, a node in a scene, an entry a listing returned.
 */
function addressesInside(spec: Record<string, unknown>): boolean {
  return typeof spec.description === "string" && INSIDE_PATH_DESCRIPTION.test(spec.description.slice(0, 200));
}
const INSIDE_PATH_DESCRIPTION =
  /\b(?:internal|inside|within) (?:(?:the|a|an|this|its) )?(?:[\w-]+ )?(?:epub|book|archive|zip|tarball|package|bundle|repo(?:sitory)?|bucket|container image|image|topic|docs|documentation|scene|tree|vault|notebook|document|model)\b|\b(?:starting |scene )?node path\b|^\W*path to (?:the |a )?(?:node|gridmap|element|key|field|property|setting)\b|\bpath (?:in|of) the (?:scene|tree|document|json|object|epub|archive)\b|\binternal (?:file )?path\b|\bscene root\b/i;
const IDENTIFIER_CODE_DESCRIPTION =
  /^\W*(?:(?:the|a|an|your)\s)?(?:[\w-]+\s){0,3}?(?:project|coupon|discount|promo(?:tion(?:al)?)?|voucher|gift|referral|invite|invitation|authori[sz]ation|auth|oauth|verification|confirmation|security|one[- ]time|otp|sms|email|error|status|exit|response|country|currency|language|locale|region|postal|zip|area|airport|station|product|item|stock|ticker|tax|iso|hs|sku)\s(?:[\w-]+\s)?code\b|^\W*\d+[- ](?:character|digit)\b/i;
const PATH_DESCRIPTION = /\b(?:path|file|directory|folder|dir)\b/i;
const REVEAL_KEY = /^(?:unmask|unmasked|reveal|reveal_?(?:secrets?|values?|env\w*|credentials?|passwords?)|show_?(?:secrets?|passwords?)|include_?(?:secrets?|passwords?|credentials?|creds?|keys?|tokens?)|with_?decryption|decrypt(?:ed)?|plain_?text)$/i;
/** "Return the actual values ... these are credentials", "true=返回明文临时密钥": a switch said to hand secrets over unmasked. */
const REVEALS_SECRETS_DESCRIPTION = /\b(?:actual|real|plain[- ]?text|unmasked|unredacted|decrypted) values?\b[^.]{0,60}\b(?:credentials?|secrets?|passwords?|tokens?|keys?)\b|明文/i;
const SECRET_CHOICE = /^(?:password|passwords|totp|otp|api_?key|api_?keys|secret|secrets|secret_?value|private_?key|access_?token|refresh_?token|mnemonic|seed_?phrase)$/i;
/** How the tool signs in ("auth-method": "Key") is not what it returns. */
const AUTH_CHOICE_KEY = /auth|login|sign_?in|credential|mode|method/i;
const DELETE_LIST_KEY = /^(?:delete|deletes|deletions|remove|removals|destroy|to_?delete|delete_?ids|ids_?to_?delete)$/i;
const PARAMS_KEY = /^(?:params|parameters|api_?params|api_?parameters|body|request_?body|payload|arguments|args|input)$/i;
/** Code in a named programming language that the description says is evaluated or executed (not a JMESPath filter or a cron expression: those name no language). */
/** What a command or script property says of its text: it is run ("the command to execute", "script to run"). */
const RUN_DESCRIPTION = /\b(?:commands?|scripts?|code)\b[^.;]{0,20}?\b(?:to (?:execute|run)|(?:is|are|will be|gets?) (?:executed|run))\b/i;
const EVALUATED_CODE_DESCRIPTION = /\b(?:javascript|js|typescript|gdscript|python|lua|ruby|bash|shell|powershell)\b[^.;]{0,30}?\b(?:(?:re-?)?evaluated|executed)\b/i;
const OVERWRITE_SWITCH_KEY = /^(?:overwrite|overwrite_?existing|overwrite_?files?|allow_?overwrite|clobber|replace_?existing)$/i;
const FORCE_KEY = /^(?:force|force_?delete|force_?push|overwrite|hard|purge|recursive_?delete|delete_?local_?data|cascade)$/i;

const EMPTY: SchemaFacts = {
  codeProperty: null,
  codePropertyRuns: false,
  evaluatedCodeProperty: null,
  queryProperty: null,
  queryIsStatement: false,
  pathProperty: null,
  urlProperty: null,
  moneyProperty: null,
  spendProperty: null,
  payoutProperty: null,
  bulkProperty: null,
  forceProperty: null,
  operationWords: [],
  bareOperationWords: [],
  batchOperationWords: [],
  batchOperationProperty: null,
  operationProperty: null,
  propertyCount: 0,
  labelsOnly: false,
  freeOperation: false,
  readMethodsOnly: false,
  paramsProperty: false,
  localPathProperty: null,
  replacingProperty: null,
  wholeContentProperty: null,
  outputPathProperty: null,
  overwriteSwitch: null,
  secretChoice: null,
  revealSwitch: null,
  propertyNames: [],
  textPropertyNames: [],
  innerPropertyNames: [],
  remote: false,
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const MAX_PROPERTIES = 60;

/** What a property's name alone says; names repeat across tools, so this is looked up once per name. */
interface KeyKind {
  lower: string;
  code: "code" | "query" | "page" | undefined;
  query: boolean;
  path: boolean;
  remote: boolean;
  url: boolean;
  money: boolean;
  spend: boolean;
  payout: boolean;
  bulkList: boolean;
  bulkFlag: boolean;
  force: boolean;
  operation: boolean;
}
const keyKinds = new Map<string, KeyKind>();
function keyKind(key: string): KeyKind {
  let kind = keyKinds.get(key);
  if (kind) return kind;
  const lower = key.toLowerCase();
  const path = PATH_KEY.test(key);
  kind = {
    lower,
    code: CODE_PROPERTIES[lower] ?? (CODE_SUFFIX.test(lower) || CAMEL_CODE_SUFFIX.test(key) ? "code" : SQL_SUFFIX.test(lower) ? "query" : undefined),
    query: lower === "query" || lower === "sql_query" || lower === "query_text",
    path,
    remote: REMOTE_KEY.test(key),
    url: URL_KEY.test(key),
    money: MONEY_KEY.test(key) || SPEND_KEY.test(key),
    spend: SPEND_KEY.test(key) || PAYOUT_KEY.test(key),
    payout: PAYOUT_KEY.test(key),
    bulkList: BULK_KEY.test(key) && !path && !PARTS_OR_ATTRIBUTES_KEY.test(key),
    bulkFlag: BULK_FLAG_KEY.test(key),
    force: FORCE_KEY.test(key),
    operation: OPERATION_KEY.test(key),
  };
  // Bounded: property names are a small vocabulary in practice, but inputs are untrusted.
  if (keyKinds.size > 20_000) keyKinds.clear();
  keyKinds.set(key, kind);
  return kind;
}

const READ_METHOD_RE = /^(?:get|head|options)$/i;
/** Inputs that only label a thing: its name, labels, tags, description. */
const LABEL_KEY_RE = /^(?:name|new_?name|display_?name|friendly_?name|title|labels?|tags?|description|comment|notes?)$/i;
/** Inputs that pick the thing: its id. */
const ID_KEY_RE = /^(?:id|uuid|\w+_id|\w+Id|\w+_uuid)$/;

/** A list of a query's stages: an aggregation pipeline. */
const STAGES_KEY_RE = /^(?:pipeline|aggregation_?pipeline|aggregate_?pipeline)$/i;
const HTTP_METHOD_RE = /^(?:get|post|put|patch|delete|head|options|trace|connect|copy|link|unlink|purge|lock|unlock|propfind|view)$/i;

/**
 * Operations offered as a union of constants rather than an enum: `anyOf: [{const: "list"}, ...]`,
 * or a union of objects each fixing the operation (`{properties: {action: {const: "close_handle"}}}`).
 */
function choicesOf(spec: Record<string, unknown>, key: string): unknown[] | null {
  const union = Array.isArray(spec.anyOf) ? spec.anyOf : Array.isArray(spec.oneOf) ? spec.oneOf : null;
  if (!union) return null;
  const values: unknown[] = [];
  for (const option of union.slice(0, 60)) {
    if (!isRecord(option)) continue;
    if (typeof option.const === "string") values.push(option.const);
    else if (isRecord(option.properties)) {
      const inner = option.properties[key];
      if (isRecord(inner) && typeof inner.const === "string") values.push(inner.const);
    }
  }
  return values.length ? values : null;
}

export function schemaFacts(inputSchema: unknown): SchemaFacts {
  if (!isRecord(inputSchema)) return EMPTY;
  const properties = inputSchema.properties;
  if (!isRecord(properties)) return EMPTY;
  const facts: SchemaFacts = { ...EMPTY, operationWords: [], bareOperationWords: [], batchOperationWords: [], propertyNames: [], textPropertyNames: [], innerPropertyNames: [] };
  let seen = 0;
  for (const key in properties) {
    if (++seen > MAX_PROPERTIES) break;
    facts.propertyNames.push(key);
    const spec = properties[key];
    // One level down: an object's own properties, or those of each item of a list of objects.
    const body = isRecord(spec) ? (isRecord(spec.properties) ? spec.properties : isRecord(spec.items) && isRecord(spec.items.properties) ? spec.items.properties : null) : null;
    if (body && facts.innerPropertyNames.length < MAX_PROPERTIES) {
      for (const inner in body) if (facts.innerPropertyNames.push(inner) >= MAX_PROPERTIES) break;
    }
    const type = isRecord(spec) ? spec.type : undefined;
    const isArray = type === "array" || (Array.isArray(type) && type.includes("array"));
    const isText = type === undefined || type === "string" || (Array.isArray(type) && type.includes("string"));
    if (isText) facts.textPropertyNames.push(key);
    const k = keyKind(key);
    if (k.code && isText && !facts.codeProperty && !(isRecord(spec) && holdsIdentifier(spec))) {
      facts.codeProperty = { name: key, kind: k.code };
      facts.codePropertyRuns = isRecord(spec) && typeof spec.description === "string" && RUN_DESCRIPTION.test(spec.description.slice(0, 200));
    }
    // An aggregation pipeline ("pipeline": [{"$match": …}, {"$out": …}]) is a query the caller writes, stage by stage; $out and $merge write.
    if (isArray && !facts.codeProperty && STAGES_KEY_RE.test(key)) facts.codeProperty = { name: key, kind: "query" };
    if (!facts.evaluatedCodeProperty && (isText || isArray) && isRecord(spec) && typeof spec.description === "string" && EVALUATED_CODE_DESCRIPTION.test(spec.description.slice(0, 200))) facts.evaluatedCodeProperty = key;
    if (k.query && isText && !facts.queryProperty) {
      facts.queryProperty = key;
      facts.queryIsStatement = isRecord(spec) && typeof spec.description === "string" && STATEMENT_DESCRIPTION.test(spec.description.slice(0, 200));
    }
    if (k.path && !facts.pathProperty && !(isRecord(spec) && addressesInside(spec))) facts.pathProperty = key;
    if (k.remote) facts.remote = true;
    if (!facts.replacingProperty && isRecord(spec) && typeof spec.description === "string" && spec.description.length < 400 && mayReplace(spec.description) && REPLACING_DESCRIPTION.test(spec.description)) facts.replacingProperty = key;
    if (!facts.wholeContentProperty && isText && WHOLE_CONTENT_KEY.test(key) && (!isRecord(spec) || typeof spec.description !== "string" || WHOLE_CONTENT_DESCRIPTION.test(spec.description.slice(0, 120)))) facts.wholeContentProperty = key;
    if (!facts.localPathProperty && isRecord(spec) && typeof spec.description === "string" && spec.description.length < 400 && LOCAL_PATH_DESCRIPTION.test(spec.description)) facts.localPathProperty = key;
    if (!facts.outputPathProperty && (OUTPUT_PATH_KEY.test(key) || (isText && isRecord(spec) && typeof spec.description === "string" && ((BARE_OUTPUT_KEY.test(key) && PATH_DESCRIPTION.test(spec.description.slice(0, 200))) || (k.path || namesFile(key)) && OUTPUT_PLACE_DESCRIPTION.test(spec.description.slice(0, 200)))))) facts.outputPathProperty = key;
    if (PARAMS_KEY.test(key) && (type === "object" || type === "string" || type === undefined)) facts.paramsProperty = true;
    if (k.url && !facts.urlProperty) facts.urlProperty = key;
    if (k.money && !facts.moneyProperty) facts.moneyProperty = key;
    if (k.spend && !facts.spendProperty) facts.spendProperty = key;
    if (k.payout && !facts.payoutProperty) facts.payoutProperty = key;
    if (!facts.bulkProperty && isArray && k.bulkList) facts.bulkProperty = key;
    if (!facts.bulkProperty && type === "boolean" && k.bulkFlag) facts.bulkProperty = key;
    if (!facts.forceProperty && k.force && (type === "boolean" || type === undefined)) facts.forceProperty = key;
    if (!facts.overwriteSwitch && type === "boolean" && OVERWRITE_SWITCH_KEY.test(key)) facts.overwriteSwitch = key;
    if (!facts.secretChoice && isRecord(spec) && Array.isArray(spec.enum) && spec.enum.length <= 40 && !AUTH_CHOICE_KEY.test(key)) {
      for (const value of spec.enum) if (typeof value === "string" && SECRET_CHOICE.test(value)) facts.secretChoice = { property: key, value };
    }
    if (!facts.revealSwitch && (type === "boolean" || type === undefined) && (REVEAL_KEY.test(key) || (isRecord(spec) && typeof spec.description === "string" && REVEALS_SECRETS_DESCRIPTION.test(spec.description.slice(0, 300))))) facts.revealSwitch = key;
    // A list of sources each with its own path ("sources": [{path, pages}]) takes paths as surely as one "path" does.
    if (!facts.pathProperty && isArray && isRecord(spec) && isRecord(spec.items) && isRecord(spec.items.properties)) {
      for (const inner in spec.items.properties) {
        const innerKind = keyKind(inner);
        if (innerKind.path) facts.pathProperty = `${key}[].${inner}`;
        if (innerKind.remote) facts.remote = true;
        if (facts.pathProperty) break;
      }
    }
    // A batch: a list whose items each pick an operation ("operations": [{operation: "delete", ...}]).
    // (Collected apart: only a tool named for a batch is judged by them; an edit's "remove this cell" is still an edit.)
    if (isArray && isRecord(spec) && isRecord(spec.items) && isRecord(spec.items.properties)) {
      for (const inner in spec.items.properties) {
        const innerSpec = spec.items.properties[inner];
        if (!OPERATION_KEY.test(inner) || !isRecord(innerSpec) || !Array.isArray(innerSpec.enum)) continue;
        facts.batchOperationProperty ??= `${key}[].${inner}`;
        for (const value of innerSpec.enum.slice(0, 60)) {
          const first = typeof value === "string" ? nameTokens(value)[0] : undefined;
          if (first) facts.batchOperationWords.push(first);
        }
      }
    }
    // A batch's list of what to delete ("delete": [ids]) is a delete operation.
    if (isArray && DELETE_LIST_KEY.test(key)) {
      facts.batchOperationProperty ??= key;
      facts.batchOperationWords.push("delete");
    }
    if (k.operation && isRecord(spec)) {
      const values = Array.isArray(spec.enum) ? spec.enum : isRecord(spec.items) && Array.isArray(spec.items.enum) ? spec.items.enum : choicesOf(spec, key);
      // An HTTP method ("method": GET | POST | DELETE) is a request's, not an operation of the tool:
      // a tool that sends the request is a pass-through, judged by the API it reaches.
      if (values && key.toLowerCase().endsWith("method") && values.every((v) => typeof v === "string" && HTTP_METHOD_RE.test(v))) {
        facts.readMethodsOnly = values.length > 0 && values.every((v) => READ_METHOD_RE.test(String(v)));
        continue;
      }
      if (values) {
        facts.operationProperty = key;
        for (const value of values) {
          // The first word of each operation is its verb ("get_comments" → get).
          if (typeof value === "string") {
            const words = nameTokens(value);
            // A mode of several words names a kind of result ("drop_attribution", "period_over_period"), not an operation.
            if (words.length > 1 && /mode$/i.test(key)) continue;
            const first = words[0];
            if (first) facts.operationWords.push(first);
            // (A "mode" picks how, not what: "complete" there is no operation.)
            if (first && words.length === 1 && !/mode$/i.test(key)) facts.bareOperationWords.push(first);
          }
        }
      } else {
        if (!facts.operationProperty) facts.operationProperty = key;
        if (type === "string" || type === undefined) facts.freeOperation = true;
      }
    }
  }
  facts.propertyCount = Math.min(seen, MAX_PROPERTIES);
  facts.labelsOnly = facts.propertyNames.some((k) => LABEL_KEY_RE.test(k)) && facts.propertyNames.every((k) => LABEL_KEY_RE.test(k) || ID_KEY_RE.test(k));
  return facts;
}
