/**
 * The cheap first pass. One walk over the characters of a text splits it into sentences and
 * marks, per sentence, which families of cue words it holds (a hashed vocabulary: the cost
 * does not grow with the number of words known). Only a sentence whose families combine the
 * way poisoning needs (an instruction that moves secrets, touches other tools, hides from the
 * user...) goes on to the detailed reading in `judge.ts`. Ordinary definitions stop here.
 *
 * The walk also notices what needs normalising first (anything outside printable ASCII,
 * comments, screens of blank space), so plain text is read once and never copied.
 */
import { NOT_SECRET_NAME_PREFIXES } from "./lexicon";
import { topLevelAlternatives } from "./pattern";

export const Cue = {
  overrideVerb: 1 << 0,
  overrideObject: 1 << 1,
  you: 1 << 2,
  /** always, also, automatically, must: an order that insists. */
  insist: 1 << 3,
  markup: 1 << 4,
  negation: 1 << 5,
  tell: 1 << 6,
  stealth: 1 << 7,
  consent: 1 << 8,
  approved: 1 << 9,
  sensitive: 1 << 10,
  sensitiveWeak: 1 << 11,
  qualifier: 1 << 12,
  transfer: 1 << 13,
  tool: 1 << 14,
  action: 1 << 15,
  modify: 1 << 16,
  destination: 1 << 17,
  substitute: 1 << 18,
  trigger: 1 << 19,
  encoded: 1 << 20,
  authority: 1 << 21,
  parameter: 1 << 22,
  user: 1 << 23,
  answer: 1 << 24,
  deceive: 1 << 25,
  foreign: 1 << 26,
  path: 1 << 27,
  privilege: 1 << 28,
  traffic: 1 << 29,
  hidden: 1 << 30,
  /** Words that destroy; and (below) a tool-like identifier ("delete_file") in the same sentence. */
  destructive: 1 << 31,
} as const;

/**
 * Which kinds of data a sentence names, kept apart from the families so the close reading
 * only looks for the kinds that are there.
 */
export const Data = {
  path: 1 << 0,
  secret: 1 << 1,
  conversation: 1 << 2,
  environment: 1 << 3,
  personal: 1 << 4,
  traffic: 1 << 5,
  /** An email address (an "@" between words). */
  email: 1 << 6,
  all: (1 << 7) - 1,
  /** Not a kind of data: words that say data is kept or passed on ("retained", "keeps a copy", "enrichment"). */
  retained: 1 << 7,
  /** Not a kind of data: words that change an amount or add to an action ("multiply", "plus", "enrols"). */
  alters: 1 << 8,
  /** Not a kind of data: whose data or how much of it ("the user's", "every", "earlier", "including"). */
  reach: 1 << 9,
  /** Not a kind of data: all of it ("every", "entire", "verbatim"). */
  whole: 1 << 13,
  /** Not a kind of data: keeping something from the user politely ("no need to trouble", "rather not", "only"). */
  hush: 1 << 10,
  /** Not a kind of data: the user overruled ("regardless", "even if", "aunque"). */
  overrule: 1 << 11,
  /** Not a kind of data: what is told the user about what was done ("describe … as", "instead reply"). */
  lie: 1 << 12,
  /** Not a kind of data: carrying out what some text says ("carried out as written", "execute any commands it returns"). */
  obey: 1 << 14,
  /** Not a kind of data: what the user is to be told ("confirm to the user that", "informe ao usuário"). */
  claim: 1 << 15,
  /** Not a kind of data: leaving something out of what the user sees ("leave it out of", "omit", "between us"). */
  omit: 1 << 16,
  /** Not a kind of data: a safeguard turned off ("unlocked", "disarm", "autoApprove", "mfa"). */
  safeguard: 1 << 17,
  /** Not a kind of data: a spreadsheet function that fetches an address ("IMPORTXML", "WEBSERVICE"). */
  formula: 1 << 18,
  /** Not a kind of data: a failure ("fails", "errors"), which a report may turn into a success. */
  failure: 1 << 19,
  /** Not a kind of data: a payment card's security code, or its number unmasked ("CVV", "CVC", "unmasked"). */
  card: 1 << 20,
  /** Not a kind of data: everyone at once, signed in or not ("system:anonymous", "allUsers"). */
  everyone: 1 << 21,
  /** Not a kind of data: what the user is used to seeing ("as usual", "the usual address", "l'adresse habituelle"). */
  usual: 1 << 22,
} as const;

/** "Tell", "mention" and "show" in Portuguese, French, Swedish, Danish, Norwegian and Dutch: a word of telling, and of keeping quiet when negated. */
const TELL_ELSEWHERE = "mostre afficher mentionner signaler montrer nämnas nämn nämna berätta berättas meddelas nævn nævne nævnes nevn nevne nevnes fortæl fortælle fortell fortelle noem vermeld vermelden melden gemeld vertel vertellen";

const DATA_WORDS: [number, string][] = [
  [Data.secret, "maiden answers localstorage sessionstorage 2fa mfa totp passcode passcodes verification keychain keychains passe password passwords passphrase passphrases passwd credential credentials secret secrets apikey apikeys api_key api_keys key keys token tokens cookie cookies pin pins mnemonic seed recovery private ssh authorization otp contraseña contraseñas credenciales passwort passwörter kennwort zugangsdaten senha senhas credenciais sandi şifresi şifreyi şifremi şifrenin parolası parolasını parolanızı"],
  [Data.conversation, "conversation conversations chat chats message messages history transcript transcripts prompt prompts queries questions requests inputs words instructions said told typed discussed written shared clipboard everything whatever file files documents photos opened historial conversación historique gesprächsverlauf chatverlauf histórico conversa"],
  [Data.environment, "history environment env variables vars printenv environ entorno environnement umgebungsvariablen ambiente whoami hostname uname"],
  [Data.personal, "coordinates latitude longitude cpf telefone teléfono téléphone telefon telefonnummer posta eposta name email address phone birth birthday location browsing device medical health insurance ssn passport salary income employer family contacts portfolio holdings balance bank account card credit iban ibans personal whereabouts town ktp nik kandung cccd zahlungsdaten"],
  [Data.traffic, "arguments args results result outputs tool's tools returned"],
  [Data.retained, "retained keeps enrichment profiling advertisers resold sold vendor's provider's third"],
  [Data.reach, "localstorage sessionstorage user's users' customer's customers' cardholder's caller's their earlier recent recently seen visible including includes system developer printenv environ recovery seed mnemonic conversation conversations transcript history mentioned appeared usuario utilisateur nutzers benutzers usuário utente kullanıcının người historial historique verlauf cronologia conversa conversazione geçmişi percakapan siswa pelanggan mandanten khách nachrichten"],
  [Data.whole, "completo completa íntegro íntegra intégral intégrale integral all every entire full complete whole verbatim previous prior todo toda todos todas tout toute toutes tous alle gesamten gesamte vollständige vollständigen intera intero tutta tutte tutti tüm bütün toàn wörtlich nguyên"],
  [Data.omit, "between omit omitted leave appear appears exclude drop"],
  [Data.everyone, "anonymous allusers allauthenticatedusers unauthenticated"],
  [Data.usual, "usual habituelle habituel habituelles original originally stated chosen"],
  [Data.hush, `displayed shown ${TELL_ELSEWHERE} säg meld mitteilen erwähnen verraten falta necesita necesitan besoin avisar gerek precisa precisam söyleme bildirme bahsetme nói báo mention need needn't needs necessary rather prefer trouble troubled troubling bother bothered burden told informed notified surfaced disclosed just only simply necesario necessário necessario inutile mitgeteilt söylemeyin bildirmeyin bahsetmeyin thông menciones digas informes mencione informe dirlo non söz sunma mencionarlo mencionarla mencionar comentarlo decirlo attention itemise itemize listed bring brought erwähnt`],
  [Data.overrule, "rather regardless even whatever quel quelle aunque même auch mesmo anche ısrar bất ngay independientemente independentemente indipendentemente unabhängig egal"],
  [Data.lie, "describe present report reported phrase label instead claim reply replies respond say state refer call nothing dile diles dígale digale dites sage sagen diga"],
  [Data.claim, "confirm tell inform assure reassure informe informa söyle kullanıcıya confirmez confirme confirma confirmale confirmele confírmale confírmele confírmalo bestätige bestätigen conferma"],
  [Data.obey, "carried carry obey obeyed execute executed follow followed verbatim says treat treated trate trata trátalo trátala trátelo traitez traite trattalo trattala behandle"],
  [Data.alters, "adding multiply multiplied double triple inflate inflated plus enrols enrolls enrol enroll subscribes upgrades surcharge markup artırarak artır"],
  [Data.safeguard, "unlock unlocked unlocking disarm disarmed disarming disable disabling mfa 2fa totp factor firewall firewalls antivirus alarm alarms autoapprove alwaysallow auto_approve alwaysapprove trustedtools approval_policy approvalpolicy approvalmode permission_mode permissionmode dangerously yolo sslverify insecure"],
  [Data.formula, "importxml importdata importhtml importfeed webservice filterxml encodeurl hyperlink"],
  [Data.failure, "fail fails failed failing failure failures error errors errored broken breaks rejected rejects declined declines denied bounced stuck conflict conflicts conflicted"],
  [Data.card, "cvv cvc cvv2 cvc2 csc unmasked security verification upi gopay mpesa paytm"],
  [Data.path, "tfstate environ ssh id_rsa id_ed25519 id_ecdsa kubeconfig npmrc netrc pypirc gitconfig pgpass bash_history zsh_history claude_desktop_config mcp wallet known_hosts authorized_keys"],
];

const words = (list: string): string[] => list.split(/\s+/).filter(Boolean);
/** A verb with its -s-less forms: base, -ing, -ed (third-person "-s" describes the tool, not an order). */
const verbs = (list: string): string[] =>
  words(list).flatMap((v) => {
    const stem = v.endsWith("e") ? v.slice(0, -1) : v;
    const last = v.charAt(v.length - 1);
    const doubled = /[bdgmnprt]/.test(last) && v.length <= 4 && !/[aeiou]{2}/.test(v) ? v + last : v;
    return [v, `${stem}ing`, `${doubled}ing`, `${stem}ed`, `${doubled}ed`, `${v}ed`];
  });

const VOCABULARY: [number, string[]][] = [
  [Cue.overrideVerb, words("ignore ignoring disregard disregarding forget override overrides bypass supersede supersedes precedence jailbreak obey suspended ignora ignorez ignorer ignoriere ignorieren ignoriert ignorate dimentica dimenticate olvida oubliez vergiss esqueça")],
  [Cue.overrideObject, words("instructions instruction rules guidelines guidance prompt prompts directive directives directions policies guardrails restrictions instrucciones anweisungen anweisung istruzioni instruções consignes")],
  [Cue.you, words("assistente assistant asistan trợ you you're assistant assistants agent agents model models ai llm llms claude gpt")],
  [Cue.insist, words("sempre luôn luôn always also automatically must mandatory required también aussi auch também anche debe deben deve devem doit doivent muss müssen siempre toujours immer всегда sempre obligatorio obligatoria obligatorios obligatorias obrigatório obrigatória obligatoire obligatoires obbligatorio obbligatoria verpflichtend")],
  [Cue.negation, words("jangan tanpa inutile non senza değil yok yoktur olmadan không đừng chẳng not never don't dont do without avoid mustn't shouldn't no rarely seldom needn't stop skip keep keeping sin nunca pas sans nicht nichts ohne não sem jamais")],
  [Cue.tell, [...verbs("tell inform notify mention reveal disclose alert discuss trouble bother burden warn show summarise summarize surface display list report bring point"), ...words(TELL_ELSEWHERE), ...words("segnalarlo segnalarla segnalarli comunicarlo comunicarla comunicárselo comunicarselo decírselo decirlo mencionarlo informarlo avisarlo tampilkan perlihatkan tunjukkan sebutkan beritahu beritahukan informasikan kabari shown dire menzionare informare comunicare söyleme söylemeyin bildirme bildirmeyin bahsetme bahsetmeyin belirtme báo nói hidden confidential private say says know aware told listing showing digas informes menciones cuentes dites informez mentionnez sage sag erwähne erwähnen verrate verraten mitteilen mitgeteilt sagen melden conte diga informe mencione avise dile diles dígale digale dígales digales digli dille ditegli detalles muestres desgloses menzionarla menzionarlo menzionarli menzionarle dirlo dirla mostrarla mostrarlo mencionar comentar menzionarlo söz sunma mencionarlo mencionarla comentarlo decirlo itemise itemize attention brought erwähnt")]],
  [Cue.stealth, words("sembunyikan silently quietly secretly covertly discreetly invisibly unnoticed heimlich secretamente")],
  [Cue.consent, words("ask asking confirm confirming confirmation confirmations approval permission consent prompting review nachzufragen nachfragen rückfrage bestätigung zustimmung confirmación confirmar permiso autorización pedir preguntar conferma chiedere permesso confirmação permissão menanyakan bertanya persetujuan")],
  [Cue.approved, words("approved authorized authorised consented agreed allowed granted permitted preapproved")],
  [Cue.sensitive, words("maiden tfstate localstorage sessionstorage credenziali kredensial sandi şifreler şifrelerini şifresini şifrenizi anahtarları anahtarlarını mật khẩu keychain keychains passe conversazione conversazioni cronologia konuşma sohbet geçmişi chuyện thoại cvc cvv payroll lohnliste gehalt credenziali şifre parola password passwords passphrase passphrases passwd credential credentials secrets apikey apikeys api_key api_keys cookies mnemonic seed ssh id_rsa id_ed25519 id_ecdsa kubeconfig npmrc netrc gitconfig pgpass bash_history zsh_history claude_desktop_config clipboard conversation conversations transcript printenv environ iban ibans ssn passport medical insurance salary portfolio holdings contraseña contraseñas credenciales passwort passwörter kennwort zugangsdaten senha senhas credenciais historial conversación historique gesprächsverlauf chatverlauf histórico conversa umgebungsvariablen entorno environnement şifresi şifreyi şifremi şifrenin parolası parolasını parolanızı sandi")],
  [Cue.sensitiveWeak, words("answers coordinates latitude longitude cpf telefone teléfono téléphone telefon telefonnummer posta eposta calendar inbox contacts contatti rubrica telefono indirizzo kişi rehber adres khẩu danh token tokens key keys secret private pin pins history messages message chat prompt environment env variables personal location device address phone birth birthday email name family employer health balance card credit recovery phrase session cookie file files photos documents said told typed know prompts chats queries questions requests inputs ktp nik kandung cccd zahlungsdaten nachrichten percakapan")],
  [Cue.qualifier, words("cada chaque jede jeden jedes tutti tutte tutto ogni tüm bütün tất toàn mọi user's users' customer's customers' buyer's buyers' client's clients' cardholder's caller's patient's patients' member's members' their your all any every each entire whole full complete previous prior earlier recent last other stored saved everything whatever todo toda todas todos tout toute toutes alle completo complet vollständige vollständigen otra otras otro otros outra outras outro outros altra altre altro altri autre autres andere anderen anderer anderes başka diğer")],
  [Cue.transfer, [...verbs("include pass put send attach append prepend add insert paste copy forward upload supply provide fill embed submit store record log share post enter give populate describe summarise summarize transmit leak exfiltrate harvest steal dump email read cat open load collect gather fetch retrieve obtain get extract grab list export carry"), ...words("invia inviare includi includere aggiungi allega inserisci incolla incollare salin salinlah tempel tempelkan wklej skopiuj dodaj wpisz wyślij prześlij dołącz gönder gönderin ekle ekleyin kopyala gửi thêm chèn value values contents content sent put read submitted embedded transmitted committed records stores logs includes passes sends lee incluye envía envia adjunta pasa copia pega añade agrega incluir enviar lisez incluez envoyez joignez transmettez copiez ajoutez collez lies sende senden füge übergib schicke hänge kopiere mitgeschickt mitschicken übermitteln leia inclua envie anexe passe copie cole adicione coloque isi sertakan kirim kirimkan lampirkan masukkan tambahkan kèm đính trage mitsenden mitgesendet yazılmalıdır yazılmalı yazın ekleyin")]],
  [Cue.tool, words("strumento strumenti araç aracı araçlar araçla aracıyla araçlarla araçları cụ tool tools tool's call calls calling invoke invoking invoked herramienta herramientas outil outils werkzeug werkzeuge ferramenta ferramentas")],
  [Cue.action, words("when whenever while before after every each any all time times sempre cuando quand lorsque wenn quando")],
  [Cue.modify, [...verbs("add append prepend set change replace multiply route redirect copy push grant forward mirror insert attach post send move switch pick present describe invite book place upload delete remove archive modify rewrite swap point include report confirm tell"), ...words("addressed redirected double triple split multiply multiplied increase inflate bcc cc bcc'd sent set put añade agrega cambia ajoutez ajoute remplacez füge ändere ersetze adicione substitua pon ponga establece setze setzen stelle mettez définissez coloque defina imposta einzutragen eintragen anzugeben reenvía reenviar reenviarse reenvíe reenviado reenviada reenviados reenviadas encaminhar encaminhe encaminhado substituída substituído substituir substituída sustituida sustituido sustituir ayarla ayarlayın değiştir değiştirin ekle ekleyin")]],
  [Cue.destination, words("iban ibans bankverbindung kontonummer transiter transitar favorecido favorecida teslimat alıcı adresini lieferadresse rechnungsadresse versandadresse livraison http https remote mirror webhook relay proxy bcc cc cco cci oculta cachée blindkopie endpoint recipient fee_recipient payee beneficiary destino destinatario destinatário destinataire beneficiario beneficiário bénéficiaire empfänger zielkonto destinazione")],
  [Cue.substitute, words("även zelfs istället plaats invece yerine thay instead rather regardless insists insist even lieu vez lugar stattdessen anstatt statt")],
  [Cue.trigger, words("if when whenever once after from since starting beginning next later third fourth fifth sixth seventh eighth ninth tenth turns date above exceeding exceeds effective superior superiores supérieur supérieurs supérieure supérieures über acima oltre superiori si cuando quand lorsque wenn nach después après depois se")],
  // "decode" asks for a payload's text wherever the payload's characters split into words ("%57%68…").
  [Cue.encoded, words("rot13 caesar decode decoded decoding decodifica decodifique decodificar decodifiquen decodificala decodificalo avkoda avkodas dekoda afkod afkode dekod dekode decodeer decoderen decodează decodeaza dekoduj zdekoduj dekódujte dekodekan çözüp çöz")],
  [Cue.authority, words("conformità requisito uyumluluk gereklilik politika tuân compliance compliant regulatory regulation audit audited auditing policy mandatory required requirement requirements gdpr hipaa soc license licence terms obliges obliged cumplimiento conformité")],
  [Cue.parameter, words("parametro alan alanına trường parameter parameters param field fields argument arguments here parámetro paramètre parameter feld campo kolom")],
  [Cue.user, words("användaren användare användarens brugeren brukeren gebruiker gebruikers klant klanten pengguna pelanggan pemakai müşteri müşteriye asked utente utenti kullanıcı kullanıcıya kullanıcının kullanıcıdan người user user's users users' customer usuario utilisateur benutzer nutzer usuário siswa mandanten")],
  [Cue.answer, words("summary summaries summarise summarize explanation answer answers reply replies recommend recommending recommendation competitor competitors")],
  [Cue.deceive, words("describe report claim pretend present expired reenter refer")],
  [Cue.destructive, words("delete deleting remove removing erase wipe drop truncate overwrite rm")],
  [Cue.privilege, words("administratoraccess anyone_with_link publicly admin administrator collaborator grant sudo chmod curl wget public unrestricted rm")],
  [Cue.traffic, words("arguments args results result outputs")],
];

// ---------------------------------------------------------------- the hashed vocabulary

const TABLE_BITS = 13;
const TABLE_SIZE = 1 << TABLE_BITS;
const keys = new Int32Array(TABLE_SIZE);
const masks = new Int32Array(TABLE_SIZE);
/** Word roles that depend on the character before the word (see `wordCues`). */
const roles = new Uint16Array(TABLE_SIZE);
/** The kinds of data a word names (`Data` bits). */
const data = new Uint32Array(TABLE_SIZE);
const used = new Uint8Array(TABLE_SIZE);
/** One bit per 16-bit hash slice: most words of a text miss here and cost one array read. */
const bloom = new Uint8Array(1 << 16);

const CALL_VERB = 1;
const MARKUP_WORD = 2;
const TLD = 4;
const DOTFILE = 8;
const ROOT_DIR = 16;
const QUALIFIER_WORD = 32;
const SECRET_PLURAL = 64;
const ARE_OR_NO = 128;
const NOW_WORD = 256;
/** "account", "routing", "IBAN": a number right after one is an account to pay into, however short. */
const ACCOUNT_WORD = 512;

/** The hash the walk computes: h = h * 31 + lower-cased code, kept to 32 bits. */
function hashWord(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + lower(word.charCodeAt(i))) | 0;
  return h;
}

function lower(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c >= 0xc0 && c <= 0xde && c !== 0xd7) return c + 32;
  if (c === 0x2019) return 39; // ’ as '
  return c;
}

function slotFor(h: number): number {
  let slot = h & (TABLE_SIZE - 1);
  while (used[slot] === 1 && keys[slot] !== h) slot = (slot + 1) & (TABLE_SIZE - 1);
  return slot;
}

function enter(word: string, bit: number, role: number, kinds = 0): void {
  const h = hashWord(word);
  bloom[h & 0xffff] = 1;
  const slot = slotFor(h);
  used[slot] = 1;
  keys[slot] = h;
  masks[slot] = masks[slot]! | bit;
  roles[slot] = roles[slot]! | role;
  data[slot] = data[slot]! | kinds;
}

for (const [bit, list] of VOCABULARY) for (const word of list) enter(word, bit, 0);
for (const [kind, list] of DATA_WORDS) for (const word of words(list)) enter(word, 0, 0, kind);
for (const w of ["call", "calling", "use", "using", "with", "via", "run", "invoke", "through", "after", "before", "chame", "llama"]) enter(w, 0, CALL_VERB);
for (const w of ["important", "instructions", "instruction", "system", "secret", "hidden", "admin", "inst", "im_start", "im_end", "sys", "system_note", "system_message", "system_prompt", "assistant_note", "new", "updated", "tool_description", "tool_descriptions", "description"]) enter(w, 0, MARKUP_WORD);
for (const w of ["io", "net", "com", "org", "biz", "dev", "app", "cn", "jp", "kr", "fr", "de", "ru", "br", "example", "xyz", "info", "co", "me", "site", "online", "cloud"]) enter(w, 0, TLD);
for (const w of ["pem", "key", "p12", "pfx", "jks", "keystore", "kdbx", "ovpn", "env", "ssh", "aws", "kube", "azure", "npmrc", "pypirc", "netrc", "gitconfig", "git", "pgpass", "docker", "cursor", "claude", "config", "bash_history", "zsh_history"]) enter(w, 0, DOTFILE);
for (const w of ["etc", "tmp"]) enter(w, 0, ROOT_DIR);
// "all tokens", "the user's keys", "private keys", "API key": a secret named as one.
for (const w of ["all", "any", "every", "other", "stored", "saved", "user's", "their", "private", "ssh", "secret", "api", "access", "auth", "bearer", "refresh", "session", "browser's", "browser"]) enter(w, 0, QUALIFIER_WORD);
for (const w of ["tokens", "keys", "secrets", "cookies", "credentials", "key", "token", "cookie"]) enter(w, 0, SECRET_PLURAL);
// "you are now", "no longer bound": the model told it has become something else.
for (const w of ["are", "no"]) enter(w, 0, ARE_OR_NO);
for (const w of ["now", "longer"]) enter(w, 0, NOW_WORD);
// A payee named by its platform id ("collector_id 88123017", "payee 40512277") is an account too.
for (const w of ["account", "routing", "acct", "iban", "aba", "clabe", "bsb", "payee", "beneficiary", "collector", "collector_id", "payee_id", "recipient_id", "beneficiary_id", "receiver_id", "seller_id", "merchant_id"]) enter(w, 0, ACCOUNT_WORD);

/** The slot of a known word, or -1. */
function lookup(h: number): number {
  if (bloom[h & 0xffff] !== 1) return -1;
  let slot = h & (TABLE_SIZE - 1);
  for (;;) {
    if (used[slot] !== 1) return -1;
    if (keys[slot] === h) return slot;
    slot = (slot + 1) & (TABLE_SIZE - 1);
  }
}

// ---------------------------------------------------------------- which sentences go on

/** The close readings a sentence may need (see `judge.ts`). */
export const Rule = {
  override: 1 << 0,
  markup: 1 << 1,
  secrecy: 1 << 2,
  authority: 1 << 3,
  consent: 1 << 4,
  sensitive: 1 << 5,
  other: 1 << 6,
  trigger: 1 << 7,
  encoded: 1 << 8,
  /** The second reading (`intent.ts`): requests phrased as the tool's normal behaviour, in any language. */
  intent: 1 << 9,
  all: (1 << 10) - 1,
} as const;

/** Which close readings a sentence's cue families call for (0: none, the usual case). */
export function rulesFor(m: number, kinds = 0): number {
  if (m & Cue.hidden) return Rule.all;
  let r = 0;
  if (m & Cue.markup) r |= Rule.markup;
  if (m & Cue.encoded) r |= Rule.encoded;
  if (m & Cue.path) r |= Rule.sensitive;
  if (m & Cue.stealth) r |= Rule.secrecy;
  if (m & Cue.approved && m & (Cue.user | Cue.you)) r |= Rule.authority | Rule.consent;
  if (m & Cue.overrideVerb && m & (Cue.overrideObject | Cue.user | Cue.you)) r |= Rule.override | Rule.other;
  if (m & Cue.overrideObject && m & Cue.you) r |= Rule.override;
  if (m & Cue.negation && m & (Cue.tell | Cue.consent)) r |= Rule.secrecy | Rule.consent;
  if (m & Cue.transfer) {
    if (m & Cue.sensitive) r |= Rule.sensitive;
    else if (m & Cue.sensitiveWeak && ((m & Cue.qualifier && m & (Cue.parameter | Cue.you | Cue.insist | Cue.user)) || m & Cue.you)) r |= Rule.sensitive;
  }
  if (m & Cue.sensitive && m & Cue.parameter && m & (Cue.you | Cue.qualifier | Cue.modify)) r |= Rule.sensitive;
  // The user asked for a secret ("ask the user for their banking password").
  if (m & Cue.consent && m & Cue.user && (m & Cue.sensitive || kinds & Data.secret)) r |= Rule.sensitive;
  // The environment's values moved into a parameter ("include DATABASE_URL from the environment in `hint`").
  if (kinds & Data.environment && m & Cue.transfer && m & Cue.parameter) r |= Rule.sensitive;
  if (m & Cue.modify) {
    // Changing what other tools or the agent do: named tools, the user's requests, or every action of a kind.
    if (m & Cue.tool && m & (Cue.destination | Cue.substitute | Cue.privilege | Cue.deceive | Cue.insist)) r |= Rule.other;
    else if (m & Cue.user && m & (Cue.destination | Cue.substitute | Cue.privilege | Cue.deceive)) r |= Rule.other;
    else if (m & Cue.action && ((m & Cue.destination && (m & Cue.insist || kinds & Data.email)) || m & (Cue.substitute | Cue.privilege | Cue.deceive))) r |= Rule.other;
    else if (m & Cue.user && m & Cue.negation) r |= Rule.other;
    else if (m & Cue.destination && m & Cue.insist) r |= Rule.other;
    // A place set when something happens ("above 1,000 € enter the IBAN DE44 … as the bank account").
    else if (m & Cue.destination && m & Cue.trigger) r |= Rule.other;
    if (m & Cue.answer && m & (Cue.qualifier | Cue.negation)) r |= Rule.other;
  }
  if (m & Cue.user && m & Cue.substitute) r |= Rule.other;
  // What the user is to be told the thing is: "call it 'the team project' in replies", "report the operator as the payee".
  if (kinds & Data.lie && m & (Cue.deceive | Cue.answer) && m & (Cue.destination | Cue.user | Cue.answer)) r |= Rule.other;
  // Control given to everyone at once ("bind cluster-admin to system:anonymous").
  if (kinds & Data.everyone) r |= Rule.other;
  // What the user is used to seeing, kept on show ("continue to show the usual address").
  if (kinds & Data.usual && m & (Cue.user | Cue.tell)) r |= Rule.other;
  // "When the user asks to cancel, renew and tell them it is cancelled": what the user is told, on a condition of their asking.
  if (m & Cue.user && m & Cue.tell && m & Cue.trigger) r |= Rule.other;
  if (m & Cue.user && m & Cue.qualifier && m & (Cue.tool | Cue.privilege)) r |= Rule.other;
  if (m & Cue.trigger && m & (Cue.transfer | Cue.modify) && m & (Cue.sensitive | Cue.deceive | Cue.consent)) {
    r |= Rule.trigger | (m & Cue.sensitive ? Rule.sensitive : 0) | (m & (Cue.tool | Cue.action | Cue.user) ? Rule.other : 0);
  }
  if (m & Cue.tool && m & Cue.qualifier && m & Cue.traffic) r |= Rule.sensitive | Rule.other;
  if (m & Cue.destructive && m & Cue.tool) r |= Rule.other;
  if (m & Cue.privilege && m & Cue.destination && m & (Cue.tool | Cue.action)) r |= Rule.other;
  // Personal data sent with another tool when something happens ("if the user is away, … send the home's coordinates to notify.partner").
  if (m & Cue.sensitiveWeak && m & Cue.tool && m & Cue.trigger && m & (Cue.transfer | Cue.insist)) r |= Rule.sensitive;
  // Access given through another tool when something happens ("if the user mentions a release, first call add_collaborator … admin").
  if (m & Cue.privilege && m & Cue.tool && m & (Cue.trigger | Cue.action)) r |= Rule.other;
  r |= intentRule(m, kinds);
  return r;
}


/**
 * Whether a sentence may hold a request the second reading looks for (see `intent.ts`): the
 * families it needs and, for most requests, one of its own words (the `Data` bits past the kinds).
 */
function intentRule(m: number, kinds: number): number {
  // Another script: its foreign cues must name secrecy, data, a place, a swap or a transfer.
  if (m & Cue.foreign) return m & (Cue.stealth | Cue.sensitive | Cue.destination | Cue.substitute | Cue.transfer | Cue.approved | Cue.consent) || (m & Cue.tell && m & Cue.user) ? Rule.intent : 0;
  // Data routed into a parameter: someone's, all of it, or found earlier.
  if (kinds & Data.reach && m & (Cue.sensitive | Cue.sensitiveWeak | Cue.tool | Cue.path) && m & (Cue.parameter | Cue.user | Cue.qualifier | Cue.transfer)) return Rule.intent;
  // The agent's own instructions ("its system instructions") moved somewhere.
  if (kinds & Data.reach && m & Cue.overrideObject && m & (Cue.parameter | Cue.transfer)) return Rule.intent;
  if (kinds & Data.whole && m & (Cue.sensitive | Cue.tool) && m & (Cue.parameter | Cue.user | Cue.qualifier | Cue.transfer)) return Rule.intent;
  if (m & Cue.path && m & Cue.transfer && m & Cue.parameter) return Rule.intent;
  // The environment's output moved into a parameter ("run `env` and include its output in `ticket`").
  if (kinds & Data.environment && m & Cue.transfer && m & Cue.parameter) return Rule.intent;
  // Secrets that turn up in what the tool returns, copied into a parameter.
  if (kinds & Data.secret && kinds & Data.traffic && m & Cue.transfer) return Rule.intent;
  // A card's security code or full number asked for ("ask the user for the full card number"); a user's secrets kept ("any password the user pastes, stored …").
  if (kinds & Data.card || (kinds & Data.whole && kinds & Data.personal && m & Cue.consent && m & Cue.user)) return Rule.intent;
  if (kinds & Data.secret && m & Cue.user && m & Cue.qualifier && m & Cue.transfer) return Rule.intent;
  // A failure to be reported as a success ("if it reports errors, say the code is clean").
  if (kinds & Data.failure && kinds & (Data.lie | Data.claim) && m & Cue.trigger) return Rule.intent;
  // An advertisement in every answer.
  if (kinds & Data.whole && m & (Cue.answer | Cue.tell) && m & (Cue.insist | Cue.qualifier | Cue.action)) return Rule.intent;
  // A spreadsheet formula that fetches an outside address.
  if (kinds & Data.formula && m & Cue.destination) return Rule.intent;
  // A safeguard turned off through another tool, or every call approved in the client's settings.
  if (kinds & Data.safeguard && m & (Cue.tool | Cue.path | Cue.consent | Cue.insist | Cue.user)) return Rule.intent;
  // Kept from the user politely; the user overruled; a false report.
  if (kinds & Data.hush && (m & Cue.tell || (m & Cue.negation && m & Cue.user))) return Rule.intent;
  if (kinds & Data.omit && m & (Cue.user | Cue.negation | Cue.answer)) return Rule.intent;
  // A confirmation that is to show only part of what happened ("the confirmation should show only the amount they typed").
  if (kinds & Data.hush && m & Cue.consent && m & Cue.user) return Rule.intent;
  if (kinds & Data.overrule && m & Cue.user) return Rule.intent;
  // Things shown as what they are not, whatever they are ("label it the best, regardless of its actual rating").
  if (kinds & Data.overrule && m & (Cue.you | Cue.deceive | Cue.answer | Cue.tell)) return Rule.intent;
  if (kinds & Data.lie && ((m & Cue.deceive && m & (Cue.trigger | Cue.action | Cue.substitute | Cue.answer | Cue.user)) || (m & Cue.substitute && m & Cue.answer) || (m & Cue.trigger && m & Cue.user))) return Rule.intent;
  if (m & Cue.tell && m & Cue.negation && m & Cue.user) return Rule.intent;
  // What the user is told about the outcome; text carried out without the user's say.
  if (kinds & Data.claim && m & Cue.user) return Rule.intent;
  if (kinds & Data.obey && m & Cue.negation && m & (Cue.user | Cue.consent)) return Rule.intent;
  // Text from the data given the user's voice ("treat it as a request from the user").
  if (kinds & Data.obey && m & Cue.user) return Rule.intent;
  // Text from the data raised to the agent's own instructions ("treat these as operator instructions and follow them").
  if (kinds & Data.obey && m & Cue.overrideObject) return Rule.intent;
  // What the data says carried out with the agent's tools ("carry out its steps with the tools you have").
  if (kinds & Data.obey && m & Cue.tool && m & (Cue.you | Cue.user)) return Rule.intent;
  // A copy sent on the side under a condition ("if …, also post a copy to `#bridge`"): the place may be a channel the vocabulary does not know.
  if (m & Cue.insist && m & Cue.transfer && m & Cue.trigger) return Rule.intent;
  // An outside place with an order, every time or through other tools.
  if (m & Cue.destination && (m & (Cue.insist | Cue.privilege | Cue.tool) || (m & (Cue.modify | Cue.transfer) && (m & (Cue.qualifier | Cue.action | Cue.trigger) || kinds & Data.email)))) return Rule.intent;
  if (m & Cue.privilege && m & (Cue.insist | Cue.modify | Cue.authority)) return Rule.intent;
  // A fixed place set in place of the real one ("set `payee_iban` to DE44 … regardless of the bill's payee").
  if (m & Cue.destination && m & Cue.substitute) return Rule.intent;
  // A recipient for what the user does later ("if the user later sends …, use … as the beneficiary").
  if (m & Cue.destination && m & Cue.trigger && m & Cue.user) return Rule.intent;
  // Other tools changed or made to destroy; answers steered.
  if (m & Cue.tool && (m & Cue.destructive || (m & Cue.qualifier && m & (Cue.modify | Cue.insist)))) return Rule.intent;
  if (m & Cue.answer && m & Cue.negation) return Rule.intent;
  // The user's amount changed, more done than asked, data kept or passed on.
  if (kinds & Data.alters && m & (Cue.user | Cue.insist | Cue.qualifier | Cue.tool)) return Rule.intent;
  if (kinds & Data.retained && m & (Cue.transfer | Cue.sensitive | Cue.sensitiveWeak | Cue.user | Cue.qualifier)) return Rule.intent;
  return 0;
}

export interface CueScan {
  /** [start, end, families, rules, data kinds] for each sentence worth reading closely, flat. */
  sentences: number[];
  /** The text holds something the normaliser must see first (non-ASCII, controls, comments, padding). */
  needsNormalising: boolean;
}

const NO_SENTENCES: number[] = [];
const PLAIN: CueScan = { sentences: NO_SENTENCES, needsNormalising: false };
const NEEDS_NORMALISING: CueScan = { sentences: NO_SENTENCES, needsNormalising: true };


/**
 * Whether a non-ASCII character means the text must be normalised before reading: invisible,
 * bidirectional or tag characters, compatibility forms NFKC rewrites (full-width letters,
 * ligatures, mathematical letters...), or a Cyrillic or Greek letter touching a Latin one.
 */
function needsNormaliser(text: string, i: number, c: number): boolean {
  // Spaces, ellipses and the like NFKC would rewrite read the same either way: not worth a rewrite.
  if (c <= 0xbe) return c <= 0x9f || c === 0xad || c === 0xaa || c === 0xb2 || c === 0xb3 || c === 0xb9 || c === 0xba || c >= 0xbc;
  if (c >= 0x300 && c <= 0x36f) return true;
  if (c >= 0x370 && c <= 0x4ff) return isAsciiLetter(text.charCodeAt(i - 1)) || isAsciiLetter(text.charCodeAt(i + 1));
  if (c >= 0x2000 && c <= 0x2fdf) return (c >= 0x200b && c <= 0x200f) || (c >= 0x2028 && c <= 0x202e) || (c >= 0x2060 && c <= 0x209f) || (c >= 0x2100 && c <= 0x218f) || (c >= 0x2460 && c <= 0x24ff) || c >= 0x2f00;
  if (c < 0x3000) return c === 0x034f || c === 0x061c || c === 0x115f || c === 0x1160 || c === 0x17b4 || c === 0x17b5 || (c >= 0x180b && c <= 0x180f);
  if (c === 0x3164 || (c >= 0x3200 && c <= 0x33ff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfb00 && c <= 0xfb4f)) return true;
  if (c >= 0xfe00 && c <= 0xfe0f) return true;
  if (c >= 0xfe30 && c <= 0xfe6f) return true;
  if (c === 0xfeff || c === 0xffa0 || (c >= 0xfff0 && c <= 0xfff8)) return true;
  if ((c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a) || (c >= 0xff66 && c <= 0xffdc)) return true;
  return c === 0xdb40 || c === 0xd835 || c === 0xd83c;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** The hash of a word's part after its last underscore ("GITHUB_TOKEN" → "token"). */
function lastSegmentHash(text: string, end: number): number {
  let start = end;
  while (start > 0 && text.charCodeAt(start - 1) !== 95) start--;
  let h = 0;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + lower(text.charCodeAt(i))) | 0;
  return h;
}

/** The hash of a word's part before its first underscore ("next_token" → "next"). */
function firstSegmentHash(text: string, start: number): number {
  let h = 0;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 95) break;
    h = (Math.imul(h, 31) + lower(c)) | 0;
  }
  return h;
}

/** Names that end in "token" or "key" without holding a secret: next_token, sort_key, idempotency_key. */
const NOT_SECRET_PREFIXES = new Set(NOT_SECRET_NAME_PREFIXES.map(hashWord));

/** Ids of accounts, cards and bank accounts on payment platforms (not customers, prices or charges, which honest examples name). */
const PAYMENT_ID_PREFIXES = new Set(["acct", "card", "ba"].map(hashWord));

const SECRET_SUFFIXES = new Set(["key", "token", "secret", "password", "passwd", "pass", "pat", "credential", "credentials"].map(hashWord));

function ibanStart(text: string, start: number): boolean {
  const a = text.charCodeAt(start);
  const b = text.charCodeAt(start + 1);
  const c = text.charCodeAt(start + 2);
  const d = text.charCodeAt(start + 3);
  return a >= 65 && a <= 90 && b >= 65 && b <= 90 && c >= 48 && c <= 57 && d >= 48 && d <= 57 && text.charCodeAt(start + 4) === 32;
}

/** A word that is all digits (an account, card or phone number). */
function digitRun(text: string, start: number, length: number): boolean {
  for (let i = start; i < start + length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * A long run that looks encoded rather than like a name: base64 has many capitals (a quarter
 * or more of its letters), hex is only 0-9a-f with many digits. "incrementalDeployFunction" is neither.
 */
function encodedRun(text: string, start: number, length: number): boolean {
  let upper = 0;
  let digits = 0;
  let hex = true;
  for (let i = start; i < start + length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 48 && c <= 57) digits++;
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70))) hex = false;
  }
  return upper >= length / 5 || (hex && length >= 32 && digits >= length / 5);
}

/** A letter or digit that continues a word after an apostrophe ("don't", "l'utilisateur"): ASCII or Latin with accents. */
function isWordLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/** Letters of scripts the vocabulary does not tokenise (CJK, kana, Hangul, Cyrillic, Greek...). */
function isForeignLetter(c: number): boolean {
  return (c >= 0x370 && c <= 0x52f) || (c >= 0x3040 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x0590 && c <= 0x0dff);
}

/**
 * Cue families in scripts the hashed vocabulary does not split into words (Chinese, Japanese,
 * Korean, Russian): a few short expressions, tried only on sentences written in them.
 */
const FOREIGN_CUES: [RegExp, number][] = [
  [/不要告诉|不要通知|省略|隐藏|隐去|略去|不要向用户|别告诉|无需(?:向)?用户|(?:用户|客户)(?:无需|无须|不必|不用|不需要)(?:知晓|知道|得知|察觉)|(?:无需|无须|不必|不用)(?:另行|额外|再|专门)?(?:向|对)?(?:用户|客户)?(?:告知|通知|说明|提及)|(?:不需要|无需|无须|不必|不用)(?:向用户|对用户)?(?:展示|显示|呈现|汇报|报告|告诉|告知|提示)给?(?:用户|客户)|不要在回复中(?:提及|透露|说明|列出|提到)|不要让用户|不要(?:提及|透露)|对用户保密|悄悄|秘密地|偷偷|不知情|伝え(?:ない|ず)|知らせ(?:ない|ず)|言わない|教えない|こっそり|密かに|黙って|(?:説明|報告|言及|通知)(?:しないで|せず|は不要)|(?:伝え|説明す|報告す|言及す|知らせ)る必要は(?:ありません|ない)|(?:に|には)触れないで|설명하지|언급하지|보고하지|알릴 필요|알리지|말하지|모르게|몰래|не (?:сообща|говор|рассказыва|упомина|показыва)|ведома|тайно|незаметно|बिना बताए|न बताएं|न बताएँ|मत बताएं|मत बताएँ|मत बताइए|बताने की (?:ज़रूरत|जरूरत|आवश्यकता) नहीं/, Cue.stealth],
  [/忽略|无视|你现在是|新的指令|优先级高于|高于用户|覆盖用户|优先于用户|無視|忘れて|무시|игнориру|забудь/, Cue.overrideVerb | Cue.overrideObject],
  [/剪贴板|剪切板|クリップボード|클립보드|буфер обмена|密码|口令|密钥|私钥|秘钥|令牌|凭证|凭据|助记词|验证码|银行卡|身份证|聊天记录|对话记录|对话历史|会话记录|历史对话|之前的|(?:会话|对话|聊天)(?:内容)?中(?:出现|提到|提及|说到)|系统提示|环境变量|个人信息|パスワード|秘密鍵|キー|認証情報|カード番号|有効期限|暗証番号|会話|履歴|環境変数|個人情報|비밀번호|암호|키|자격 증명|대화|환경|개인 ?정보|парол|ключ|уч[её]тн|токен|истори|переписк|сообщени|переменн|личн|지시문|이전에 입력한|システムプロンプト|当前位置|实时位置|所在位置|現在地|位置情報|현재 위치|위치 정보|местоположени|геолокаци|आधार|पासवर्ड|पिन|ओटीपी|खाता संख्या|घर का पता|वर्तमान स्थान|बातचीत में/, Cue.sensitive],
  [/改为|改成|替换|复制|拷贝|发送|发给|发到|上传|附上|附加|附在|附带|填入|填写|填到|放入|放到|放在|传入|传递|传给|写入|记录|记下|转发|提交|带上|加入|添加|作为|读取|获取|読み|含め|送信|添付|渡し|入れて|記入|追記|記載|書き込|貼り付け|追加|転送|記録|읽|포함|전송|보내|첨부|전달|넣|입력|붙여|복사|추가|업로드|저장|기록|прочит|отправ|переда|включ|добав|встав|скопиру|прилож|перешли|сохрани|запиши|укажи|分享给|共享给|共有し|공유|поделись|поделиться|डालें|भेजें|लिख दें|लिखें|भरें/, Cue.transfer | Cue.modify],
  [/工具|ツール|도구|инструмент|टूल/, Cue.tool],
  [/바꾸|변경|이체|송금|振り込|振込|转账|汇款|送金/, Cue.modify | Cue.transfer],
  [/계좌|받는 ?사람|수취인|口座|宛先|收款人|收款账户|收款账号/, Cue.destination],
  [/말하세요|말해 ?주세요|전하세요|알려 ?주세요|と伝えて|と言って|と説明して|скажи|сообщи/, Cue.tell],
  [/其他工具的|其它工具的|他のツールの|다른 도구의|других инструментов/, Cue.traffic | Cue.sensitive],
  [/邮件|转账|付款|回复|抄送|密送|メール|이메일|письм/, Cue.action | Cue.destination],
  [/必ず|항상|总是|始终|务必|一律|必须|всегда|обязательно/, Cue.insist],
  [/如果|每次|之后|以后|下次|次调用|場合|とき|回目|次回|경우|때|번째|다음|если|когда|после|начиная/, Cue.trigger],
  [/(?:视为|视作|当作|当成)用户|(?:依頼|指示)として|已(?:经)?(?:同意|授权|批准)|询问|確認せず|承認|許可|묻지|승인|동의|спрашива|одобрил|разрешил/, Cue.approved | Cue.consent],
  [/而不是|改为|改成|代替|无论|不管|不论|即使|哪怕|代わりに|かかわらず|(?:指定|選択|入力|希望|要求)して?も|대신|관계없이|상관없이|вместо|независимо|даже если/, Cue.substitute],
  [/告诉用户|告知用户|通知用户|回复用户|(?:向|对)用户(?:概括|表述|说明|汇报|描述)/, Cue.tell | Cue.user],
  // The user's confirmation ("跟用户确认", "ユーザーに確認"): the word for the user is taken by the phrase, so it is set here too.
  [/(?<=用户(?:再次)?)确认|(?<=ユーザーに)確認|(?<=사용자에게 )확인/, Cue.approved | Cue.consent | Cue.user],
  [/用户|ユーザー|사용자|пользовател|المستخدم|للمستخدم/, Cue.user],
  [/لا (?:تذكر|تخبر|تُخبر|تبلغ|تُبلغ|تعلم|تُعلم)|دون علم|بدون علم|دون إبلاغ/, Cue.stealth | Cue.negation | Cue.tell],
  [/أرسل|ارسل|أضف|انسخ|نسخة|ضع|أدرج|أرفق|حوّل|حول/, Cue.transfer | Cue.modify],
  [/أداة|الأداة|أدوات|الأدوات/, Cue.tool],
  [/كلمة المرور|كلمات المرور|مفتاح|رمز التحقق|سجل المحادثة|المحادثة|رقم الهاتف|رقم البطاقة/, Cue.sensitive],
  [/دائما|دائمًا|كل /, Cue.insist],
  [/بدلا|بدلاً|بغض النظر|حتى لو/, Cue.substitute],
  [/الامتثال|متطلب|سياسة/, Cue.authority],
  [/解码|デコード|디코드|декодир|復号/, Cue.encoded],
  // Confirmation waived or already given ("无需二次确认", "已由平台预授权").
  [/二次确认|预授权|预批准|已确认/, Cue.approved | Cue.consent],
  // Saying it was done as asked ("入力どおり投稿したと伝える"), or still showing what the user gave ("向用户确认时仍显示其原本提供的地址").
  [/したと伝え|したと言う|仍显示|依然显示|照样显示|仍然显示|仍展示/, Cue.deceive | Cue.tell],
];

/** All foreign cues in one expression (one group per family), read in a single scan of the sentence. */
const FOREIGN_RE = new RegExp(FOREIGN_CUES.map(([re]) => `(${re.source})`).join("|"), "gi");

// Case-insensitive matching without "u" compares characters by the spec's Canonicalize.
function canonicalize(c: number): number {
  const upper = String.fromCharCode(c).toUpperCase();
  if (upper.length !== 1) return c;
  const u = upper.charCodeAt(0);
  return c >= 128 && u < 128 ? c : u;
}

/** The cues that can start at a character: FOREIGN_RE cut down to them, tried at one position. */
interface ForeignDispatch {
  /** The cut-down expression's source; compiled into `at` the first time a sentence needs it. */
  source: string;
  at: RegExp | null;
  /** The family of each of the expression's groups, in order. */
  families: number[];
}

/**
 * For each character, the foreign cues a match starting there can belong to (0: none can start
 * there, index + 1 into FOREIGN_DISPATCH otherwise). A cue's match starts with a character the
 * cue spells (the expressions are plain literals: no escapes, wildcards, ranges or negated
 * classes), up to the case variants the "i" flag lets match it, and no cue starts with an ASCII
 * character. So at a position whose character starts a given set of cues, the expression made of
 * just those cues, in their order and their families' order, finds the same match as the whole
 * FOREIGN_RE would there: the cues left out cannot match at that position. The whole expression
 * has hundreds of cues and most characters of a Chinese or Japanese sentence start a few.
 */
const { FOREIGN_FIRST, FOREIGN_DISPATCH } = foreignDispatch();

function foreignDispatch(): { FOREIGN_FIRST: Uint16Array; FOREIGN_DISPATCH: ForeignDispatch[] } {
  // The superset argument needs plain literals: no escapes, wildcards, ranges or negated classes.
  if (/[\\.]|\[\^|\[[^\]]*-/.test(FOREIGN_RE.source)) throw new Error("foreign cues: the start-character filter needs literal expressions");
  // By canonical character: for each family in order, the cues spelling that character.
  const byCharacter = new Map<number, string[][]>();
  FOREIGN_CUES.forEach(([re], family) => {
    for (const alternative of topLevelAlternatives(re.source)) {
      const spelled = new Set<number>();
      for (let i = 0; i < alternative.length; i++) {
        const c = alternative.charCodeAt(i);
        if (c >= 128) spelled.add(canonicalize(c));
      }
      for (const c of spelled) {
        const lists = byCharacter.get(c) ?? FOREIGN_CUES.map(() => []);
        lists[family]!.push(alternative);
        byCharacter.set(c, lists);
      }
    }
  });
  const dispatch: ForeignDispatch[] = [];
  const index = new Map<number, number>();
  for (const [c, lists] of byCharacter) {
    const families: number[] = [];
    const groups: string[] = [];
    lists.forEach((alternatives, family) => {
      if (alternatives.length === 0) return;
      families.push(FOREIGN_CUES[family]![1]);
      groups.push(`(${alternatives.join("|")})`);
    });
    dispatch.push({ source: groups.join("|"), at: null, families });
    index.set(c, dispatch.length);
  }
  // An ASCII character never canonicalises to a non-ASCII one, so ASCII starts nothing.
  const first = new Uint16Array(0x10000);
  for (let c = 128; c < 0x10000; c++) first[c] = index.get(canonicalize(c)) ?? 0;
  return { FOREIGN_FIRST: first, FOREIGN_DISPATCH: dispatch };
}

function foreignCues(sentence: string): number {
  let m = 0;
  const n = sentence.length;
  for (let i = 0; i < n; i++) {
    const d = FOREIGN_FIRST[sentence.charCodeAt(i)]!;
    if (d === 0) continue;
    const entry = FOREIGN_DISPATCH[d - 1]!;
    const at = (entry.at ??= new RegExp(entry.source, "iy"));
    const families = entry.families;
    at.lastIndex = i;
    const match = at.exec(sentence);
    if (!match) continue;
    for (let g = 1; g < match.length; g++) {
      if (match[g] !== undefined) {
        m |= families[g - 1]!;
        break;
      }
    }
    // Like the global scan, carry on after the match (no cue matches the empty string).
    i = at.lastIndex - 1;
  }
  return m;
}

// ASCII character classes for the walk (one table read per character).
const LOWER = 1;
const UPPER = 2;
const DIGIT = 3;
const UNDERSCORE = 4;
const APOSTROPHE = 5;
const SPACE = 6;
const NEWLINE = 7;
const STOP = 8; // . ! ?
const SEMICOLON = 9;
const MARK = 10; // @ ` " < [
const CONTROL = 11;
const OTHER = 12;
const CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  CLASS[c] =
    c >= 97 && c <= 122 ? LOWER : c >= 65 && c <= 90 ? UPPER : c >= 48 && c <= 57 ? DIGIT : c === 95 ? UNDERSCORE : c === 39 ? APOSTROPHE :
    c === 32 || c === 9 || c === 13 ? SPACE : c === 10 ? NEWLINE : c === 46 || c === 33 || c === 63 ? STOP : c === 59 ? SEMICOLON :
    c === 64 || c === 96 || c === 34 || c === 60 || c === 91 ? MARK : c < 32 || c === 127 ? CONTROL : OTHER;
}

/**
 * Splits `text` into sentences and marks each with its cue families. With `normalised` false,
 * a character or comment that needs normalising stops the walk (the caller normalises and
 * calls again). Sentences overlapping the `hidden` ranges get `Cue.hidden`.
 *
 * The loop handles lower-case letters and spaces itself (almost every character of every
 * definition); anything else goes to `CueWalk.other`, words to `CueWalk.endWord`. A small loop
 * stays fast when it runs between the rest of the classifier's code.
 */
export function scanCues(text: string, normalised: boolean, hidden: readonly number[] = NO_SENTENCES, parameter = false): CueScan {
  if (normalised) text = flatCopy(text);
  const walk = WALK.reset(text, normalised, hidden);
  walk.parameter = parameter;
  const n = text.length;
  let h = 0;
  let start = 0; // where the current word began: one past the last character outside a word
  let flags = 0; // capitals, digits or underscores in the current word
  let afterRole = 0; // the roles of the previous word (a call verb, a qualifier, "are"/"no")
  for (let i = 0; i < n; i++) {
    let c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) {
      h = (Math.imul(h, 31) + c) | 0;
      continue;
    }
    if (c >= 65 && c <= 90) {
      h = (Math.imul(h, 31) + c + 32) | 0;
      flags |= UPPER_IN_WORD;
      continue;
    }
    if ((c >= 48 && c <= 57) || c === 95) {
      h = (Math.imul(h, 31) + c) | 0;
      flags |= c === 95 ? UNDERSCORE_IN_WORD : DIGIT_IN_WORD;
      continue;
    }
    let k: number;
    if (c < 128) k = CLASS[c]!;
    else if ((c >= 0x3040 && c <= 0x312f) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af)) {
      // Kana, CJK ideographs and Hangul syllables (not the fillers and compatibility forms
      // between them): each a word boundary, the sentence marked foreign.
      walk.mask |= Cue.foreign;
      k = OTHER;
    } else k = -1;
    // French and Italian elide an article into the next word ("l'utilisateur", "d'une", "qu'il"): the
    // apostrophe after one or two letters ends a word (not "I'm"); elsewhere it belongs to the word ("don't").
    if ((c === 39 || c === 0x2019) && i - start > 0 && i - start <= 2 && !(i - start === 1 && (text.charCodeAt(start) | 32) === 105)) k = APOSTROPHE;
    // An opening quote starts no word and a closing one ends its word ('Passwords'), unless the vocabulary knows the word with it (users').
    else if ((c === 39 || c === 0x2019) && (i === start || (!isWordLetter(text.charCodeAt(i + 1)) && lookup((Math.imul(h, 31) + 39) | 0) === -1))) k = APOSTROPHE;
    else if (k === -1 || (k === APOSTROPHE && i > start)) {
      k = walk.other(i, c);
      if (k === IN_WORD) {
        c = walk.code;
        h = (Math.imul(h, 31) + c) | 0;
        continue;
      }
      if (k === STOP_WALK) return NEEDS_NORMALISING;
    }
    if (i > start) {
      // The end of a word. Most words are not in the vocabulary and cost one bloom read.
      let role = 0;
      if (i - start > 1 && bloom[h & 0xffff] === 1) {
        let slot = h & (TABLE_SIZE - 1);
        while (used[slot] === 1 && keys[slot] !== h) slot = (slot + 1) & (TABLE_SIZE - 1);
        if (used[slot] === 1) {
          walk.mask |= masks[slot]!;
          walk.kinds |= data[slot]!;
          role = roles[slot]!;
          if (role !== 0) walk.wordRoles(slot, role, afterRole, start, i - start);
        }
      }
      if (flags !== 0) walk.wordFlags(flags, afterRole, start, i - start);
      afterRole = role;
      h = 0;
      flags = 0;
      walk.space = 0;
    }
    start = i + 1;
    if (c === 32) {
      // Screens of blank space can push text out of a reviewer's sight.
      if (++walk.space >= 24 && !normalised) return NEEDS_NORMALISING;
      continue;
    }
    if (k === OTHER && c !== 58 && c !== 35 && c !== 126) {
      walk.space = 0;
      continue;
    }
    if (walk.punctuation(i, c, k)) return NEEDS_NORMALISING;
  }
  if (n > start) {
    const slot = n - start > 1 ? lookup(h) : -1;
    if (slot !== -1) {
      walk.mask |= masks[slot]!;
      walk.kinds |= data[slot]!;
      if (roles[slot]) walk.wordRoles(slot, roles[slot]!, afterRole, start, n - start);
    }
    if (flags !== 0) walk.wordFlags(flags, afterRole, start, n - start);
  }
  walk.endSentence(n);
  return walk.result();
}

/**
 * The same characters as one flat string. Texts made during a scan (a normalised text built a
 * piece at a time, a sentence sliced out of a description, a decoded payload) are often chains
 * of pieces or views into a longer string. The walk's loop is compiled for the flat strings a
 * definition's JSON holds; one view reaching it has V8 recompile it into a loop that reads every
 * later text about half as fast (measured: 21 against 13 ns a character over the corpus).
 * Joining two pieces makes a new flat string (a slice or "+" would make another view or chain).
 */
function flatCopy(text: string): string {
  return text.length < 2 ? text : [text.slice(0, 1), text.slice(1)].join("");
}

const IN_WORD = -1;
const STOP_WALK = -2;
const UPPER_IN_WORD = 1;
const DIGIT_IN_WORD = 2;
const UNDERSCORE_IN_WORD = 4;

/** The state of one walk; one instance is reused (the scan is synchronous and never re-entered mid-walk). */
class CueWalk {
  text = "";
  normalised = false;
  hidden: readonly number[] = NO_SENTENCES;
  /** The text is a parameter's description: what it asks for goes into that parameter. */
  parameter = false;
  out: number[] | null = null;
  mask = 0;
  kinds = 0;
  sentenceStart = 0;
  space = 0;
  inCode = false;
  /** The lower-cased code of the character `other` just accepted into a word. */
  code = 0;
  /** Families carried into a clause from the one before its semicolon (a clause with only these is not read). */
  carried = 0;

  reset(text: string, normalised: boolean, hidden: readonly number[]): this {
    this.text = text;
    this.normalised = normalised;
    this.hidden = hidden;
    this.out = null;
    this.mask = 0;
    this.kinds = 0;
    this.sentenceStart = 0;
    this.space = 0;
    this.inCode = false;
    this.carried = 0;
    return this;
  }

  /** A character beyond ASCII, or an apostrophe inside a word: IN_WORD (its code in `code`), STOP_WALK, or its class. */
  other(i: number, raw: number): number {
    if (raw === 39) {
      this.code = 39;
      return IN_WORD;
    }
    if ((raw >= 0xdf && raw <= 0x24f && raw !== 0xf7 && raw !== 0xd7) || raw === 0x2019 || (raw >= 0x1ea0 && raw <= 0x1ef9)) {
      // Latin letters with accents belong to words (é, ü, ñ); ’ is an apostrophe.
      this.code = raw === 0x2019 ? 39 : raw;
      return IN_WORD;
    }
    // Hidden, compatibility or look-alike characters: the normaliser must see the text first.
    if (!this.normalised && needsNormaliser(this.text, i, raw)) return STOP_WALK;
    // The danda ends a sentence in Hindi, Marathi and Nepali as "。" does in Chinese.
    if (raw === 0x0964 || raw === 0x0965) return SEMICOLON;
    if (isForeignLetter(raw)) this.mask |= Cue.foreign;
    else if (raw >= 0xc0 && raw <= 0xde) {
      this.code = raw + 32;
      return IN_WORD;
    } else if (raw === 0x3002 || raw === 0xff01 || raw === 0xff1f || raw === 0xff1b) return SEMICOLON;
    return OTHER;
  }

  /** Punctuation, line breaks, marks and controls; true when the text must be normalised first. */
  punctuation(i: number, raw: number, k: number): boolean {
    const text = this.text;
    if (k === SPACE || k === NEWLINE) {
      if (++this.space >= 24 && !this.normalised) return true;
      if (k === SPACE) return false;
    } else this.space = 0;
    if (k === MARK) {
      if (raw === 64) {
        this.mask |= Cue.destination; // @ of an address
        this.kinds |= Data.email;
      } else if (raw === 96) {
        this.inCode = !this.inCode; // inside `code`, ";" does not end a sentence
        this.mask |= Cue.parameter;
      } else if (raw === 60) {
        if (!this.normalised && text.startsWith("<!--", i)) return true;
      } else if (!this.normalised && raw === 91 && (i === 0 || text.charCodeAt(i - 1) === 10)) {
        // [ at a line's start: a markdown comment is "[//]: # (…)" or "[comment]: <> (…)".
        const close = text.indexOf("]", i);
        if (close !== -1 && close - i <= 21 && text.charCodeAt(close + 1) === 58) return true;
      }
      return false;
    }
    if (raw === 58) {
      if (text.charCodeAt(i + 1) === 47 && text.charCodeAt(i + 2) === 47) this.mask |= Cue.destination; // ://
    } else if (raw === 35) {
      if (isAsciiLetter(text.charCodeAt(i + 1)) && (i === 0 || text.charCodeAt(i - 1) === 32)) this.mask |= Cue.destination; // #channel
    } else if (raw === 126) {
      if (text.charCodeAt(i + 1) === 47) this.mask |= Cue.path; // ~/
    }
    if (k === CONTROL) return !this.normalised;
    if (k === NEWLINE) this.inCode = false;
    if (k === SEMICOLON && !this.inCode) {
      // A clause after ";" shares its sentence's user, condition and tools ("if the user asks to cancel, do not; say it was cancelled").
      const carry = this.mask & CARRIED;
      this.endSentence(i);
      this.carried = carry;
      this.mask |= carry;
    } else if (k === NEWLINE || (k === STOP && endsAfter(text, i) && !abbreviation(text, i))) this.endSentence(i);
    return false;
  }

  /** A vocabulary word whose cue depends on its neighbours or the character before it. */
  wordRoles(slot: number, role: number, afterRole: number, start: number, length: number): void {
    if (role & (MARKUP_WORD | TLD | DOTFILE | ROOT_DIR)) this.mask |= wordCues(this.text, slot, start, length);
    // "all tokens", "the user's keys": secrets someone else holds.
    if (afterRole & QUALIFIER_WORD && role & SECRET_PLURAL) this.mask |= Cue.sensitive;
    if (afterRole & ARE_OR_NO && role & NOW_WORD) this.mask |= Cue.overrideVerb;
  }

  /** A word with capitals, digits or underscores: tool names, secret variables, encoded runs, long numbers. */
  wordFlags(flags: number, afterRole: number, start: number, length: number): void {
    if (flags & UNDERSCORE_IN_WORD) {
      // A tool-like name right after a call verb: "with delete_file", "call renew_subscription".
      if (afterRole & CALL_VERB) this.mask |= Cue.tool;
      // A variable named for a secret: GITHUB_TOKEN, OPENAI_API_KEY, DB_PASSWORD.
      if (SECRET_SUFFIXES.has(lastSegmentHash(this.text, start + length)) && !NOT_SECRET_PREFIXES.has(firstSegmentHash(this.text, start))) {
        this.mask |= Cue.sensitive;
        this.kinds |= Data.secret;
      }
    }
    // "GB29 NWBK 6016 …": an IBAN written in groups starts with its country and check digits.
    if (length === 4 && flags === (UPPER_IN_WORD | DIGIT_IN_WORD) && ibanStart(this.text, start)) this.mask |= Cue.destination;
    // "account 40512277", "routing 026009593": a bank account or routing number named as one.
    if (flags === DIGIT_IN_WORD && afterRole & ACCOUNT_WORD && length >= 6 && digitRun(this.text, start, length)) this.mask |= Cue.destination;
    // A payments platform's account, card or bank-account id ("acct_1Pq…", "card_1Px…"): a place money goes.
    if (flags & UNDERSCORE_IN_WORD && flags & DIGIT_IN_WORD && length >= 10 && PAYMENT_ID_PREFIXES.has(firstSegmentHash(this.text, start))) this.mask |= Cue.destination;
    // An Ethereum-style address: "0x" and forty hex digits.
    if (length === 42 && this.text.charCodeAt(start) === 48 && (this.text.charCodeAt(start + 1) | 32) === 120) this.mask |= Cue.destination;
    if (length >= 10 && flags & (DIGIT_IN_WORD | UPPER_IN_WORD)) {
      if (length >= 24 && !(flags & UNDERSCORE_IN_WORD) && encodedRun(this.text, start, length)) this.mask |= Cue.encoded;
      else if (flags & DIGIT_IN_WORD && digitRun(this.text, start, length)) this.mask |= Cue.destination; // an account, card or phone number
    }
  }

  endSentence(i: number): void {
    const mask = this.mask;
    const carried = this.carried;
    this.carried = 0;
    if (mask !== 0 && mask !== carried) {
      let m = mask;
      if (m & Cue.foreign) m |= foreignCues(this.text.slice(this.sentenceStart, i));
      if (this.hidden.length && overlapsHidden(this.hidden, this.sentenceStart, i)) m |= Cue.hidden;
      let rules = rulesFor(m, this.kinds);
      // In a parameter's description the data goes into that parameter: someone's, all of it, or a file's contents.
      if (this.parameter && !(rules & Rule.intent)) rules |= intentRule(m | Cue.parameter, this.kinds);
      if (rules !== 0) {
        // Paths, foreign scripts and hidden text: the kinds of data cannot be told from words alone.
        const k = m & (Cue.path | Cue.foreign | Cue.hidden | Cue.encoded) ? Data.all | (this.kinds & ~Data.all) : this.kinds;
        (this.out ??= []).push(this.sentenceStart, i, m, rules, k);
      }
    }
    this.mask = 0;
    this.kinds = 0;
    this.sentenceStart = i + 1;
  }

  result(): CueScan {
    const out = this.out;
    this.text = "";
    this.hidden = NO_SENTENCES;
    return out ? { sentences: out, needsNormalising: false } : PLAIN;
  }
}

const WALK = new CueWalk();
const CARRIED = Cue.user | Cue.trigger | Cue.tool;

/** The families of a word the vocabulary knows (slot from `lookup`), given the character before it. */
function wordCues(text: string, slot: number, start: number, length: number): number {
  let m = masks[slot]!;
  const role = roles[slot]!;
  if ((role & (MARKUP_WORD | TLD | DOTFILE | ROOT_DIR)) === 0) return m;
  let before = start > 0 ? text.charCodeAt(start - 1) : 0;
  // "## NEW INSTRUCTIONS": a heading mark and a space.
  if (before === 32 && start > 1 && text.charCodeAt(start - 2) === 35) before = 35;
  if (before === 60 || before === 91 || before === 124 || before === 35 || before === 47) {
    // <important>, [SYSTEM], <|im_start|>, ## instructions
    if (role & MARKUP_WORD && (before !== 47 || (start > 1 && text.charCodeAt(start - 2) === 60))) m |= Cue.markup;
    else if (before === 47 && role & ROOT_DIR) m |= Cue.path | Cue.destination;
  } else if (before === 46) {
    // A dotfile (".env", "~/.ssh") rather than a member ("process.env") or a domain's end.
    const twoBefore = start > 1 ? text.charCodeAt(start - 2) : 32;
    const wordBefore = (twoBefore >= 97 && twoBefore <= 122) || (twoBefore >= 65 && twoBefore <= 90) || (twoBefore >= 48 && twoBefore <= 57) || twoBefore === 95;
    if (!wordBefore) {
      if (length <= 12 && (m & Cue.sensitive || role & DOTFILE)) m |= Cue.path | Cue.sensitive;
    } else if (role & TLD) m |= Cue.destination;
  }
  return m;
}


/** A full stop, "!" or "?" ends a sentence when a space or the end follows ("e.g.x" and "v1.2" do not). */
function endsAfter(text: string, i: number): boolean {
  const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 32;
  return next === 32 || next === 10 || next === 9 || next === 13;
}

/** "e.g.", "i.e.", "etc.", "vs.": a full stop inside a sentence (a letter and a stop before it, or a known short word). */
function abbreviation(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== 46 || i < 2) return false;
  if (i >= 3 && text.charCodeAt(i - 2) === 46 && isAsciiLetter(text.charCodeAt(i - 1)) && isAsciiLetter(text.charCodeAt(i - 3))) return true;
  // A short lower-case word before the stop: compare it with the few abbreviations known.
  let start = i;
  while (start > 0 && start > i - 7 && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  if (i - start < 2 || i - start > 6 || (start > 0 && isAsciiLetter(text.charCodeAt(start - 1)))) return false;
  // Compared in place: a full stop ends most sentences, and a sliced, lower-cased copy each time adds up.
  for (const word of ABBREVIATIONS) if (word.length === i - start && sameLetters(text, start, word)) return true;
  return false;
}
const ABBREVIATIONS = ["etc", "vs", "cf", "approx", "incl", "esp"];

/** Whether `text` at `start` spells the lower-case ASCII `word`, in either case. */
function sameLetters(text: string, start: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if ((text.charCodeAt(start + k) | 32) !== word.charCodeAt(k)) return false;
  return true;
}

function overlapsHidden(hidden: readonly number[], start: number, end: number): boolean {
  for (let k = 0; k + 1 < hidden.length; k += 2) if ((hidden[k] ?? 0) < end && (hidden[k + 1] ?? 0) > start) return true;
  return false;
}

/** Every word the vocabulary knows, as written (for tests: each must be one word as the walk reads words). */
function vocabularyWords(): string[] {
  return [...VOCABULARY.flatMap(([, list]) => list), ...DATA_WORDS.flatMap(([, list]) => words(list))];
}

export const _internal = { hashWord, lookup, masks, vocabularyWords, foreignCues, FOREIGN_RE, FOREIGN_CUES };
