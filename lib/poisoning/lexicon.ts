/**
 * The words and phrasings the poisoning judge reads, by what they mean, in English, Chinese,
 * Spanish, French, German, Russian, Portuguese, Japanese and Korean. Each entry is a
 * regular-expression source, matched case-insensitively against normalised text. None of
 * them decides alone: the judge combines what a sentence asks for, of what, and how.
 */

const alt = (...parts: string[]): string => parts.join("|");

// ---------------------------------------------------------------- what the text asks for

/** Names that end in "key" or "token" without holding a secret: next_token, sort_key, idempotency_key (their first part; words, not a source). */
export const NOT_SECRET_NAME_PREFIXES = ["next", "page", "prev", "previous", "continuation", "pagination", "cursor", "sort", "rule", "attribute", "primary", "partition", "idempotency", "cache", "public", "max", "row", "hash", "foreign", "unique", "lookup", "group", "dedup", "object", "s3", "map", "sync"] as const;

/** An address given as an example ("user@example.com"), not a recipient: matched against the address alone. */
/** Hosts of this machine: an address on one of them sends nothing out. */
export const LOCAL_HOST = String.raw`localhost\b|127\.|0\.0\.0\.0|\[::1\]`;
export const EXAMPLE_ADDRESS = String.raw`@(?:example|test|acme|foo|bar|domain|your-?domain|company)\.(?:com|org|net)$|@localhost$`;

/** The user asked for it: "if the user asks", "when they confirm", "ask the user". */
export const ASKED_BY_USER = String.raw`\b(?:if|when|whenever|once|only if|unless) (?:the user|they) (?:explicitly )?(?:asks?|wants?|requests?|says? so|tells? you|chooses?|confirms?|approves?)\b|\bask the user\b`;

/** Paths and files that hold secrets or another program's configuration. */
export const SECRET_PATHS = alt(
  String.raw`~[\\/]\.[\w.-]+(?:[\\/][\w.-]+)*`,
  String.raw`(?<![\w.])\.ssh\b`,
  String.raw`\bid_(?:rsa|ed25519|ecdsa|dsa)\b`,
  String.raw`\.aws[\\/]`,
  String.raw`\.azure[\\/]`,
  String.raw`\.kube[\\/]|\bkubeconfig\b`,
  String.raw`\.config[\\/]gcloud`,
  String.raw`(?<![\w.$-])\.env\b(?![-.]?\w)`,
  String.raw`\.npmrc\b|\.pypirc\b|\.netrc\b|\.git-credentials\b|\.gitconfig\b|\.pgpass\b|\.my\.cnf\b|\.docker[\\/]config\.json`,
  String.raw`/etc/(?:passwd|shadow|hosts|sudoers|ssh)\b`,
  String.raw`\.(?:bash|zsh|fish)_history\b|\bbash_history\b`,
  String.raw`(?<![\w.])\.(?:pem|key|p12|pfx|jks|keystore|kdbx|ovpn)\b(?![-.]?\w)`,
  String.raw`\bmcp\.json\b|claude_desktop_config|\.cursor[\\/]|\.claude[\\/]|application support[\\/]claude`,
  String.raw`\bwallet\.dat\b|\bknown_hosts\b|\bauthorized_keys\b|\bcredentials\.json\b|\bsecrets?\.(?:json|ya?ml|toml)\b|\bservice[-_ ]account[-_ ]key`,
  // A pod's mounted service-account token and secrets; a process's environment.
  String.raw`\/var\/run\/secrets(?:\/[\w.-]+)*|\/proc\/(?:self|\d+)\/environ\b`,
  // Infrastructure state holds every secret the infrastructure was given.
  String.raw`\b[\w.-]*\.tfstate\b|\bterraform state pull\b`,
);

/** Secrets: passwords, keys, tokens, seed phrases (a bare "token" or "key" is too common to count). */
export const SECRET_WORDS = alt(
  // Commands whose output is a credential.
  String.raw`\b(?:login |the user'?s )?keychains?\b|\bsecurity dump-keychain\b|\bkubectl get secrets?\b|\bauthorization header(?: values?)?s?\b|\bgcloud auth (?:application-default )?print-(?:access|identity)-token\b|\bgh auth token\b|\baws (?:sts get-session-token|configure export-credentials|ecr get-login-password)\b|\baz account get-access-token\b|\bheroku auth:token\b|\bkubectl config view --raw\b|\bsecurity find-(?:generic|internet)-password\b`,
  String.raw`\bpass(?:word|phrase|wd)s?\b|\bpin (?:codes?|numbers?)\b|\b(?:the user'?s|their|your|any|card|bank|atm|upi|unka|apna) pins?\b|\b(?:or|and) (?:a )?pins?\b|\bsecrets\b|\bsecret (?:keys?|values?|tokens?)\b|\bcredentials?\b`,
  String.raw`\bapi[ _-]?keys?\b|\bapikeys?\b|\baccess[ _-]?tokens?\b|\bauth(?:entication)?[ _-]tokens?\b|\bbearer tokens?\b|\brefresh tokens?\b|\bsession (?:tokens?|cookies?)\b`,
  String.raw`\b[A-Z][A-Z0-9]*_(?:[A-Z0-9]+_)*(?:API_KEY|KEY|TOKEN|SECRET|PASSWORD|PASS|PAT)\b|\bprivate[ _-]?keys?\b|\bssh keys?\b|\bseed phrases?\b|\brecovery (?:phrases?|codes?)\b|\bmnemonic\b|\b2fa codes?\b|\b(?:verification|security|sms|mfa|otp) codes?\b|\bpasscodes?\b|\bone[- ]time (?:codes?|passwords?)\b|\bcookies\b|\b(?:browser|session|auth|login) cookies?\b|\bsecurity (?:question )?answers?\b|\banswers? to (?:the |their |your |its )?security questions?\b|\bmother'?s maiden names?\b`,
  String.raw`(?:the user'?s?|their|your|any|all|every|other|stored|saved)\s+(?!(?:the|a|an|this|that|its)\s)(?:\w+\s+){0,2}?(?:tokens|keys|secret)\b|\b(?:the user'?s|their)\s+(?:[\w-]+\s+){0,2}?(?:token|secret)\b|\b(?:any|every|all) (?:other )?(?:\w+ )?(?:token|key|secret|credential|password)s?\b`,
  "密码|口令|密钥|私钥|秘钥|令牌|凭证|凭据|助记词|验证码|银行卡号|支付密码",
  String.raw`contraseñas?|claves? (?:de )?(?:api|privadas?|secretas?)|credenciales|frase semilla`,
  String.raw`mots? de passe|clés? (?:d'api|api|privées?|secrètes?)|identifiants de connexion|jetons? d'accès`,
  String.raw`passw[oö]rt(?:er)?|kennw[oö]rt(?:er)?|zugangsdaten|anmeldedaten|api-schlüssel|privaten? schlüssel`,
  String.raw`парол[ьяейию]|api[- ]ключ|ключ(?:и|ей)? api|закрыт[а-яё]* ключ|приватн[а-яё]* ключ|уч[её]тн[а-яё]* данн[а-яё]*|токен[а-яё]*`,
  String.raw`senhas?|chaves? (?:de api|api|privadas?)|credenciais`,
  "パスワード|秘密鍵|APIキー|認証情報|暗証番号|アクセストークン",
  "비밀번호|암호|개인 키|API 키|자격 증명|인증 정보|액세스 토큰",
  // Italian, Indonesian and Malay (Italian writes "password" and "token" as English does).
  String.raw`\bchiavi? (?:api|privat[ae]|segret[ae])\b|\bcredenziali\b|\bkata sandi\b|\bkunci (?:api|pribadi|rahasia)\b|\bkredensial\b`,
);

/** The conversation and the agent's own context: messages, history, system prompt, other tools' traffic. */
export const CONVERSATION = alt(
  String.raw`\bconversation (?:history|so far|transcript|logs?|context)\b|\b(?:entire|whole|full|complete|current|this) conversation\b|\bchat (?:history|logs?|transcript)\b|\bmessage history\b`,
  String.raw`\b(?:previous|prior|earlier|recent|past|other|all|last(?: \w+)?) (?:user |chat )?messages\b`,
  String.raw`\b(?:the user'?s?|their) (?:(?:last|previous|recent|earlier|prior|full|entire|complete|original|other|past|all)(?: \w+){0,2} (?:messages?|requests?|quer(?:y|ies)|prompts?|inputs?|questions?|chats?|conversations?|history)|(?:\w+ )?(?:messages|requests|queries|prompts|inputs|questions))\b`,
  String.raw`\b(?:everything|all|whatever)(?: that)? (?:was |has been |we(?:'ve| have) |you(?:'ve| have) )?(?:discussed|said|written|shared|typed)(?: so far| earlier| before| in this (?:chat|conversation|session))?\b|\btranscripts?\b|\bso far in (?:the|this) (?:chat|conversation)\b|\b(?:most )?recent messages\b`,
  String.raw`\b(?:any|every|each|all) (?:of )?(?:the )?(?:other )?(?:files?|documents?) (?:in|from|under|inside) (?:the |that |this |its |their )?(?:same |parent |current |enclosing |containing |whole |entire )?(?:folder|directory|project|repo(?:sitory)?|workspace|drive)\b|\b(?:any|every|each|all) (?:files?|documents?) (?:that )?you (?:read|open|opened|view|viewed|access|accessed)\b|\byou (?:read|open|view|access) (?:any|every|each) (?:files?|documents?)\b|\b(?:the |all )?(?:files?|folders?|contents?) (?:in|of|under) (?:the user'?s |your |their )?(?:home|documents|desktop|downloads)(?: directory| folder)?\b|\bhome (?:directory|folder)\b`,
  String.raw`\bsystem (?:prompt|message)\b|\b(?:your|the) (?:instructions|guidelines) (?:you were given|above)\b|\binstructions you (?:were given|have|received)\b`,
  String.raw`\beverything the user\b|\bwhat the user (?:has )?(?:said|typed|told|wrote|asked|shared)\b|\bwhatever you know about\b|\b(?:told you|know) about (?:the user|them|themselves)\b`,
  String.raw`\bin this (?:chat|conversation|session)\b|\b(?:earlier|so far) in (?:the|this) (?:conversation|chat|session)\b`,
  String.raw`\btool calls? (?:so far|you have made)\b|\b(?:every|each|all) tools? you (?:have )?(?:called|used|invoked)\b`,
  String.raw`\b(?:files?|photos?|documents?|attachments?) (?:that )?(?:the user|they|you) (?:have |has )?(?:shared|opened|read|uploaded|attached|viewed)\b|\b(?:every|all|any) (?:files?|documents?) (?:that )?you (?:have )?(?:opened|read|viewed|edited|accessed|seen)\b`,
  String.raw`\bclipboard\b|\bbrowser history\b|\b(?:the user|they) (?:has |have )?(?:typed|said|wrote|mentioned|shared|entered|pasted) (?:earlier|before|previously|so far|in (?:this|the) (?:chat|conversation))\b`,
  "聊天记录|对话记录|对话历史|会话记录|会话历史|历史对话|之前的(?:消息|对话|聊天)|(?:会话|对话|聊天)(?:内容)?中(?:出现|提到|提及|说到)过?的(?:所有|全部)?|系统提示词?|用户(?:之前|以前)?的(?:全部|所有)?(?:消息|输入|问题|对话)|剪贴板|剪切板|クリップボード|클립보드|буфер обмена|portapapeles|presse-papiers|zwischenablage|área de transferência|(?:それまで|これまで|今まで)の会話|会話(?:の)?(?:全文|履歴|ログ)|チャット履歴|(?:이전|지금까지의?) 대화|대화 (?:전체|기록|내역)|이전에 입력한 (?:모든 )?메시지|시스템 (?:지시문|프롬프트|메시지)|システム(?:プロンプト|指示)|вся переписка|историю (?:переписки|чата|разговора)",
  String.raw`historial (?:completo )?(?:de (?:la )?conversación|del chat)|mensajes anteriores|toda la conversación|prompt del sistema`,
  String.raw`historique (?:complet )?(?:de (?:la )?conversation|du chat)|messages précédents|toute la conversation|(?:invite|prompt) système`,
  String.raw`gesprächsverlauf|chatverlauf|bisherigen? (?:nachrichten|unterhaltung)|vorherigen? nachrichten|system-?prompt`,
  String.raw`истори[а-яё]* (?:переписки|диалога|чата|разговора|сообщений)|всю переписку|предыдущи[а-яё]* сообщени[а-яё]*|системн[а-яё]* (?:промпт|подсказк)`,
  String.raw`histórico (?:completo )?da conversa|toda a conversa|mensagens anteriores|prompt do sistema`,
  "会話履歴|チャット履歴|会話の履歴|これまでの会話|過去のメッセージ|システムプロンプト",
  "대화 기록|대화 내역|대화 내용|이전 대화|채팅 기록|이전 메시지|시스템 프롬프트",
);

/**
 * The environment wholesale: all variables, shell history. A named variable (`GITHUB_TOKEN`) is
 * configuration, not this. ("run `history`" is checked looking back from the end of `history`:
 * a look-behind that opens an alternative runs at every position of the sentence.)
 */
export const ENVIRONMENT = alt(
  String.raw`\benvironment variables\b|\benv(?:ironment)? vars\b|\b(?:all|every|any|other) (?:\w+ )?(?:environment )?variables\b|\b(?:every|each|any) (?:\w+ )?(?:environment|env) variable\b|\b(?:available|found|stored|set|defined) in (?:the|your) (?:environment|env)\b|\bfrom (?:the|your) environment\b|\bprintenv\b|\bprocess\.env\b|\bos\.environ\b|\b(?:shell|bash|zsh|command) history\b|\x60history\x60(?<=\brun(?:ning)?\s\x60history\x60)|\benv\b(?![_-])`,
  "环境变量|variables de entorno|variables d'environnement|umgebungsvariablen|переменн[а-яё]* (?:окружения|среды)|variáveis de ambiente|環境変数|환경 ?변수",
);

/** Personal facts about the user that a tool rarely needs. */
/** The person a consumer tool serves, named by role ("the applicant's", "the patient's"): for such a tool, the user. */
export const SERVED_PERSON = String.raw`customer|client|applicant|patient|employee|member|guest|student|pupil|learner|parent|patron|borrower|travell?er|passenger|cardholder|account ?holder|buyer|shopper|tenant|resident|policy ?holder|subscriber|donor|attendee|visitor|candidate`;

export const PERSONAL = alt(
  String.raw`\b(?:the user'?s?|the (?:${SERVED_PERSON})'s) (?:full |home |current |real |legal |personal |exact |precise |work |\w+ )?(?:name|e-?mail(?: address)?|phone(?: number)?|address|date of birth|birthday|location|whereabouts|device(?: details| info)?|ip address|medical (?:history|records?)|health|insurance(?: number)?|social security(?: number)?|ssn|passport(?: number)?|salary|income|employer|family|contacts|portfolio|holdings|balance|bank (?:details|account)|(?:brokerage |bank )?account (?:number|password|details)|credit card(?: numbers?)?|card numbers?)\b`,
  String.raw`\btheir (?:home address|date of birth|medical (?:history|records?)|insurance number|social security number|passport number|salary|credit card(?: numbers?)?|bank (?:details|account))\b`,
  String.raw`\bcredit card numbers?\b|\b(?:any|every|all)\s+(?:\w+\s+)?(?:card|account|passport|social security|phone|iban|bank) numbers?\b|\bibans?\b|\bpersonal (?:data|details|information|info)\b|\b(?:location|device) details\b|\bmedical history\b|\binsurance number\b|\bhome town\b|\bfamily names\b|\b(?:location|browsing|browser|search|purchase|order|call|payment|viewing|listening|watch) histor(?:y|ies)\b|\b(?:the user'?s|their|the home'?s|the house'?s|the home|home) (?:gps )?(?:coordinates|latitude(?:\/longitude)?|lat\/lon)\b`,
  "身份证号?|银行卡号?|家庭住址|位置信息|个人信息|datos personales|número de tarjeta|données personnelles|numéro de carte|persönliche daten|kartennummer|личные данные|номер карты|dados pessoais|número do cartão|個人情報|カード番号|개인 ?정보|카드 번호",
);

/** Another tool's traffic captured: its name, arguments or results, or what you read or wrote with it. */
export const TOOL_TRAFFIC = alt(
  String.raw`\b(?:that|the other|other|each|every|any|the) tool'?s'? (?:name|arguments?|args|parameters|inputs?|outputs?|results?|responses?)\b|\b(?:other|all other|every other) tools'? (?:names|arguments|args|inputs|outputs|results|responses)\b|\b(?:outputs?|results?|responses?|arguments) (?:of|from) (?:the user'?s |all |every |the )?(?:other |connected |available ){1,3}tools\b`,
  String.raw`\b(?:names?|list) (?:and arguments )?of (?:all |every |the )?(?:other |connected |available )+tools\b|\b(?:everything|whatever|all) (?:that )?(?:\w+ )?other tools (?:returned|return|produced|showed|show)\b`,
  String.raw`\bthe contents? you (?:read|received|fetched)\b|\b(?:name|names), arguments and (?:full )?results?\b|\b(?:arguments|args) and (?:full )?results? of\b`,
  "其他工具的(?:参数|结果|输出)|其它工具的(?:参数|结果)|otras herramientas[^.]{0,20}(?:argumentos|resultados)|autres outils[^.]{0,20}(?:arguments|résultats)|他のツールの(?:引数|結果)|다른 도구의 (?:인수|결과)",
);

// ---------------------------------------------------------------- what the text tells the model to do

/** English verbs that move or take data. Whether one is an order (not a description) is decided in `judge.ts`. */
export const TRANSFER_EN = String.raw`\b(?:include|including|included|pass|passing|passed|put|putting|send|sending|sent|attach|attaching|attached|append|appending|appended|prepend|add|adding|added|insert|inserting|paste|pasting|pasted|copy|copying|copied|forward|forwarding|forwarded|upload|uploading|uploaded|supply|supplying|supplied|provide|providing|provided|fill|embed|embedding|embedded|submit|submitting|submitted|store|storing|record|recording|log|logging|share|sharing|post|posting|enter|give|describe|summari[sz]e|carry|transmit|transmitted|leak|exfiltrate|harvest|steal|dump|email|encode|hash|read|reading|cat|open|load|loading|collect|collecting|gather|gathering|fetch|fetching|retrieve|retrieving|obtain|obtaining|get|extract|grab|scrape|list|listed|export|confirm|re-?enter|ask (?:the user|them) for|run \x60?cat|run(?= \x60(?:history|env|printenv|set)\x60)|capture|set (?:this|it|this field|this parameter|the value) to|set (?:the )?\x60[\w.-]+\x60(?: (?:field|parameter|argument|property))? to|set to(?= the (?:value|contents?|text|output) of\b)|contain|includes|passes|puts|sends|attaches|appends|adds|inserts|pastes|copies|forwards|uploads|supplies|provides|embeds|submits|stores|records|logs|shares|posts|reads|collects|gathers|fetches|retrieves|obtains|extracts|lists|exports)\b|\b(?:call|run|use|invoke) (?:the )?[\w-]*(?:read|cat|get|fetch|open|load)[\w-]* (?:tool )?(?:on|with|for)\b|\b(?:call|invoke|run) (?:the )?(?:this tool|it|[\w.-]+)(?: tool)? with\b`;

/** Chinese, Japanese and Korean verbs that move or take data (reading verbs only with an order in front). */
export const TRANSFER_CJK = alt(
  "(?:请|先|务必|必须|需要|要|并|再|然后|就|同时)[^。，,]{0,6}?(?:读取|读出|获取|查看|打开|加载|收集)|复制|拷贝|发送|发给|发到|上传|附上|附加|附在|附带|填入|填写|填到|放入|放到|放在|传入|传递|传给|写入|记录|记下|转发|提交|带上|加入|添加|作为",
  "読み取|読み込|読んで|含め|送信|送って|添付|渡し|入れて|記入|貼り付け|コピー|追加|転送|アップロード|記録|付けて",
  "읽어|읽고|포함|전송|보내|첨부|전달|넣어|넣으|입력|붙여|복사|추가|업로드|저장|기록",
);

/** Spanish, French, German, Portuguese and Russian verbs that move or take data: imperatives and infinitives. */
const LATIN_LETTER = "A-Za-zÀ-ÖØ-öø-ÿ";
const TRANSFER_LATIN = alt(
  `(?<![${LATIN_LETTER}])(?:lee|leer|lea|incluye|incluir|incluya|envía|envia|enviar|envíe|adjunta|adjuntar|pasa|pasar|pase|copia|copiar|pega|pegar|añade|añadir|agrega|agregar|pon|poner|introduce|escribe|guarda|registra|reenvía|sube|subir|proporciona|rellena)(?![${LATIN_LETTER}])`,
  `(?<![${LATIN_LETTER}])(?:lis|lisez|lire|inclus|incluez|inclure|envoie|envoyez|envoyer|joins|joignez|joindre|transmets|transmettez|transmettre|copie|copiez|copier|colle|collez|ajoute|ajoutez|ajouter|mets|mettez|mettre|insère|insérez|fournis|fournissez|enregistrez|transférez)(?![${LATIN_LETTER}])`,
  `(?<![${LATIN_LETTER}])(?:lies|lesen|lese|füge|hinzufügen|fügen|sende|senden|schicke|schicken|mitschicken|mitgeschickt|übergib|übergeben|übermittle|übermitteln|hänge|anhängen|kopiere|kopieren|einfügen|trage|eintragen|speichere|leite|weiterleiten|lade|hochladen|gesendet|übermittelt)(?![${LATIN_LETTER}])`,
  `(?<![${LATIN_LETTER}])(?:leia|ler|inclua|incluir|envie|enviar|envia|anexe|anexar|passe|passar|copie|copiar|cole|colar|adicione|adicionar|coloque|colocar|insira|inserir|forneça|salve|registre|encaminhe)(?![${LATIN_LETTER}])`,
  // Italian, Polish, Turkish, Indonesian and Malay.
  `(?<![${LATIN_LETTER}])(?:incolla|incollare|includi|includere|invia|inviare|aggiungi|aggiungere|inserisci|inserire|allega|allegare|skopiuj|dołącz|wyślij|wklej|dodaj|wpisz|prześlij|kopyala|ekle|gönder|yapıştır|iliştir|salin|sertakan|kirim|kirimkan|tempel|tempelkan|masukkan|tambahkan|lampirkan|tuliskan|unggah|teruskan)(?![${LATIN_LETTER}])`,
  "(?<![а-яё])(?:прочитай|прочти|прочитать|считай|отправ[а-яё]*|переда[а-яё]*|включи[а-яё]*|добав[а-яё]*|встав[а-яё]*|скопиру[а-яё]*|прилож[а-яё]*|перешли|загрузи|сохрани|запиши|укажи[а-яё]*)",
);
/**
 * The same verbs for text written without accents (plain ASCII: "copiez-le dans le champ"): the
 * lists above hold accented letters in their word boundaries, so plain sentences never try them.
 */
/** Words of those lists that are also English words or names ("lies", "joins", "salve"): left to the accented lists. */
const ENGLISH_LOOKING = new Set("lies lis lee lea lade cole pon ler lese mets joins salve passe pasa pase lire trage leite copie sube pega colle pasar".split(" "));
const ASCII_TRANSFER_WORDS = [...TRANSFER_LATIN.matchAll(/\(\?<!\[[^\]]*\]\)\(\?:([^()]*)\)/g)].flatMap((m) => (m[1] ?? "").split("|")).filter((w) => /^[a-z]+$/.test(w) && !ENGLISH_LOOKING.has(w));
export const TRANSFER_OTHER = alt(TRANSFER_LATIN, String.raw`\b(?:${ASCII_TRANSFER_WORDS.join("|")})\b`);

/** A negation in front of a verb ("do not include API keys"). */
export const NEGATION_BEFORE = String.raw`(?:\b(?:do not|don't|never|must not|mustn't|should not|shouldn't|cannot|can't|avoid|not to|no)\b|不要|不需要|无需|无须|不必|请勿|勿|禁止|未|(?<![A-Za-zÀ-ÿ])(?:no|ne|nicht|não) |(?<![а-яё])не |ないで|지 마)[^.;:!?。]{0,40}$`;

/** Changes to what an action does: add a recipient, swap a value, route elsewhere. */
export const MODIFY_VERBS = alt(
  String.raw`\b(?:add|added|adding|append|appended|appending|prepend|prepended|set|change|changed|changing|replace|replaced|replacing|multiply|route|routed|routing|redirect|redirected|redirecting|copy|copied|copying|push|pushing|grant|bcc|bcc'd|cc|cc'd|forward|forwarded|forwarding|mirror|mirrored|insert|attach|post|posting|send|sent|sending|move|moving|switch|switching|pick|invite|invited|book|booking|place|placing|upload|uploading|modify|rewrite|swap|include|included|including|report|confirm|tell|double|triple|split|increase|decrease|inflate|round up|address|addressed)\b`,
  "添加|加上|加入|附加|抄送|密送|转发|改为|改成|替换|设置为|设为|发送到|复制到|上传到",
  String.raw`\b(?:añade|agrega|cambia|reenvía|sustituye|ajoutez|ajoute|remplacez|transférez|füge|ersetze|leite|adicione|substitua|encaminhe)\b|(?<![\wäöü])ändere\b|добав[а-яё]*|замени[а-яё]*|перешли`,
  "追加|転送|変更|置き換え|추가|전달|변경",
  String.raw`\b(?:ayarla|ayarlayın|değiştir|değiştirin|ekle|ekleyin|gönder|gönderin|ilet|iletin)\b`,
);

/**
 * Code that ships secrets out: the environment or a key file piped into an upload
 * (`env | curl -X POST --data-binary @- https://…`), or page script that sends the cookies or
 * stored tokens somewhere (`fetch('https://…?d=' + document.cookie)`).
 */
export const EXFIL_CODE = alt(
  String.raw`\b(?:env|printenv|history|cat\s+[^|\x60;\n]{0,60}?(?:\.env|id_rsa|id_ed25519|id_ecdsa|credentials|\.pem|\.key|token|\.netrc|\.npmrc|\.pgpass|kubeconfig|\.kube\/config|\.aws\/\S+))\b[^|\x60;\n]{0,40}\|\s*(?:base64\s*\|\s*)?(?:curl|wget|nc|ncat|netcat|socat|http)\b`,
  String.raw`\bcurl\b[^\x60;\n]{0,80}\s(?:--data(?:-binary|-raw|-urlencode)?|-d|-F|--form|--upload-file|-T)\s+['"]?(?:\w+=)?@(?:-|~\/|\$HOME|\/etc\/|\/var\/run\/secrets|\S*(?:\.env|id_rsa|credentials|\.pem|\.key|token))`,
  String.raw`\b(?:fetch|sendBeacon|XMLHttpRequest|axios\.\w+|\$\.(?:get|post|ajax)|new Image\(\)\.src)\b[^;\n]{0,160}\b(?:document\.cookie|localStorage|sessionStorage|indexedDB)\b|\b(?:document\.cookie|localStorage\.getItem)\b[^;\n]{0,160}\b(?:fetch|sendBeacon|XMLHttpRequest)\b`,
);

/** Where orders and bills go: the address another tool's order, parcel or invoice is sent to. */
export const DELIVERY_ADDRESS = alt(
  String.raw`\b(?:delivery|shipping|ship-to|billing|mailing|return|postal) address(?:es)?\b|\bdirecci[oó]n de (?:entrega|env[ií]o|facturaci[oó]n)\b|\badresse de (?:livraison|facturation)\b|\b(?:liefer|rechnungs|versand)adresse\b|\bendere[cç]o de (?:entrega|cobran[cç]a|envio)\b|\bindirizzo di (?:consegna|spedizione|fatturazione)\b|\b(?:teslimat|kargo|fatura|gönderim) adres`,
  "收货地址|配送地址|送货地址|账单地址|邮寄地址|配送先|お届け先|送付先|請求先|배송지|배송 주소|청구지|адрес доставки|адрес для доставки",
);

/** Concrete places to send things: addresses, links, accounts, folders, channels. */
export const DESTINATIONS = alt(
  String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`,
  String.raw`\b(?:https?|s3|gs|ftp|sftp|ssh|git|wss?|file)://\S+`,
  String.raw`\b\d{10,}\b`,
  String.raw`\b[\w-]+(?:\.[\w-]+)*\.(?:io|net|com|org|biz|dev|app|cn|jp|kr|fr|de|ru|br|example|xyz|info|co|me|site|online|cloud)\b(?:/\S*)?`,
  String.raw`\b[A-Z]{2}\d{2}[A-Z0-9]{11,30}\b`,
  String.raw`\+\d[\d\s-]{7,}\d`,
  String.raw`\baccount (?:number |no\.? |#)?[\d-]{6,}\b`,
  String.raw`(?:^|\s)(?:/tmp/|~/|/var/)\S*`,
  String.raw`(?:^|\s)#[a-z][\w-]{2,}`,
);

/** An IBAN written out, with or without its groups' spaces ("DE89 3704 0044 0532 0130 00"). */
export const IBAN = String.raw`\b[A-Z]{2}\d{2}(?:(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?)\b`;
/** Said of a value used whatever the user or the record gives: "regardless of the account on the profile". */
export const REGARDLESS = String.raw`\bregardless of\b|\birrespective of\b|\bno matter (?:what|which)\b|independientemente de|unabhängig von|quel que soit|indipendentemente da|bez względu na|بغض النظر عن|无论|不管|不论`;

/** Blind copies and cross-posting. */
export const COPY_RECIPIENTS = String.raw`\b(?:bcc|cc)\b|blind[- ]copy|密送|抄送|copia oculta|\bcco\b|copie cachée|\bcci\b|blindkopie|скрыт[а-яё]* копи[а-яё]*|cópia oculta|숨은 참조`;

/** Other tools, named or as a group. */
export const OTHER_TOOLS = alt(
  String.raw`\b(?:the|a|any|every|each|all|other|another|your)\s+(?:other\s+)?(?:[\w\`'"-]+[\s_-]){1,3}?tools?\b`,
  String.raw`\btools? (?:named|called) \x60?[\w-]+|\b(?:any|every|each|all|other|another|connected|available)\s+(?:other\s+)?tools?\b|\btool calls?\b|\b(?:other|all) tools\b`,
  "其他(?:任何)?工具|任何(?:其他)?工具|所有(?:其他)?工具|别的工具|其它工具",
  String.raw`otras? herramientas?|cualquier(?:a)? (?:otra )?herramienta|todas las herramientas|autres? outils?|tout (?:autre )?outil|tous les outils|un autre outil|andere[nms]? (?:tools?|werkzeuge?)|jedes (?:andere )?(?:tool|werkzeug)|alle (?:anderen )?(?:tools|werkzeuge)|други[а-яё]* инструмент[а-яё]*|люб[а-яё]* инструмент[а-яё]*|всех инструментов|outras? ferramentas?|qualquer (?:outra )?ferramenta|todas as ferramentas|diğer (?:\w+ )?araç|başka (?:bir )?(?:\w+ )?araç|herhangi (?:bir )?(?:\w+ )?araç`,
  "他のツール|別のツール|すべてのツール|全てのツール|다른 도구|모든 도구",
);

/** Verbs before a tool's name: `call renew_subscription`, `using git_push`. */
export const CALL_VERBS = ["call", "calling", "use", "using", "invoke", "invoking", "run", "running", "with", "via", "through", "after", "before", "after any", "after every", "before any", "before every", "chame", "llama", "appelez", "rufe", "调用", "使用"];
/** A tool-like identifier (snake_case, dotted, kebab or camelCase), captured. Case-sensitive, so camelCase means camelCase. */
export const TOOL_IDENTIFIER = String.raw`([a-z][a-z0-9]*(?:[_.-][a-z0-9]+)+|[a-z]+[A-Z]\w*)`;

/** The agent's other actions: what it sends, writes, answers or buys. */
export const AGENT_ACTIONS = alt(
  String.raw`\b(?:when|whenever|every time|each time|before|after|if|any time|once)\s+(?:you|the (?:assistant|agent|model))\s+(?:\w+\s+){0,2}?(?:send|post|write|push|commit|run|execute|pay|transfer|schedule|book|edit|delete|create|make|reply|respond|answer|recommend|use|call|move|save|upload|share|email|message|open|read|buy|sell|order|deploy|install|preview|translate|summari[sz]e|process)\b`,
  String.raw`\b(?:when|while|before|after)\s+(?:sending|posting|writing|pushing|committing|running|paying|transferring|scheduling|booking|editing|deleting|creating|replying|responding|answering|recommending|calling|using|saving|uploading|sharing|emailing|buying|selling|processing|summari[sz]ing|translating|reading)\b`,
  String.raw`\b(?:every|each|all|any)\s+(?:of your\s+)?(?:answers?|repl(?:y|ies)|responses?|emails?|e-mails?|mails?|payments?|transfers?|commits?|pull requests?|meetings?|events?|files?|commands?|shell commands?|quer(?:y|ies)|statements?|transactions?|orders?|posts?|writes?|requests?|messages?|documents?)\s+(?:that\s+)?you\b|\b(?:all|any) file saves\b|\b(?:any|every) scheduling request\b|\bevery user request\b|\b(?:after|before|with) (?:any|every|each) (?:other )?(?:[\w-]+ )?(?:tool|call|request|response)s?\b`,
  String.raw`\byour (?:repl(?:y|ies)|answers?|responses?|summary|output)\b|\b(?:every|any) answer you give\b|\bwhenever you\b`,
  String.raw`\b(?:when|if|whenever)\s+the user\s+(?:asks|requests|wants|tells you|says)(?:\s+you)?\s+to\s+\w+|\b(?:when|whenever)\s+the\s+[\w-]+\s+tool\s+is\s+(?:used|called|invoked)\b|\bwhen the user next\b`,
  "(?:发送|发)邮件|转账|付款|回复用户|当用户要求|メールを送信する|メールを送る|送信するとき|이메일을 보낼|보낼 때",
  String.raw`lorsque vous envoyez|quand vous envoyez|cuando (?:envíes|envies|mandes)|cuando el usuario pida|wenn du [^.]{0,30}(?:sendest|schickst)|когда (?:ты )?отправля[а-яё]*|sempre que o usuário pedir|quando (?:você )?enviar`,
);

/** Everything, always: every call, any request, regardless. */
export const UNIVERSAL = alt(
  // ("At any time" says when the user may act: "they can stop sharing at any time".)
  String.raw`\b(?:every|each|all|(?<!\bat\s)any)\s+(?:other\s+|subsequent\s+|future\s+|later\s+|single\s+)?(?:[\w-]+\s+)?(?:calls?|requests?|responses?|repl(?:y|ies)|answers?|messages?|emails?|tools?|times?|operations?|actions?|transactions?|commits?|statements?|meetings?|writes?|saves?|commands?|turns?|conversations?)\b`,
  String.raw`\bregardless of\b|\bno matter (?:what|which|who)\b|\bwhatever it is about\b|\bfrom now on\b|\bfor all (?:requests|future)\b|\bin all future\b|\bafter each of\b|\bfor every\b|\bwhenever you\b|\bevery time you\b`,
  "每次|一律|所有请求|任何请求|cada vez|siempre que|chaque fois|jedes mal|каждый раз|sempre que|toda vez|毎回|매번",
);

/** Doing something else in place of what was asked. */
export const SUBSTITUTE = String.raw`\binstead\b|\brather than\b|\bin place of\b|\bin lieu of\b|em vez (?:disso|de)|en (?:lugar|vez) de|au lieu de|plutôt que|stattdessen|anstatt|\binvece di\b|\bal posto di\b|\bzamiast\b|\byerine\b|\bthay vì|\balih-alih\b|\bsebagai ganti\b|के बजाय|की जगह|بدلا من|بدلاً من|عوضا عن|عوضاً عن|вместо|代わりに|대신|而不是|改为|改成|代替`;

/** The user's own request or input, which an instruction then overrides. */
export const USER_REQUEST = alt(
  String.raw`\b(?:the user|a user|they|the customer|a customer)\s+(?:asks?|asked|requests?|requested|wants?|wanted|tells? you|told you|says?|said|gives?|gave|provides?|provided|specif(?:y|ies|ied)|chooses?|chose|enters?|entered)\b|\bwhat(?:ever)? (?:\w+ )?the user (?:asks?|asked|wants?|gives?|provided?|says?|said)\b|\bthe user'?s (?:request|choice|instruction)\b|\bthe address the user\b`,
  "用户要求|用户请求|用户让|el usuario pid|el usuario solicit|l'utilisateur (?:demande|souhaite)|(?:benutzer|nutzer) (?:bittet|möchte|will)|пользователь (?:просит|попросит)|o usuário (?:pedir|solicitar)|ユーザーが[^。]{0,12}(?:求め|依頼|頼)|사용자가 [^.]{0,12}요청",
  // Swedish, Danish, Norwegian and Dutch: "även om användaren anger …", "ook als de klant … opgeeft".
  String.raw`(?<![a-zåäöæø])(?:användaren|brugeren|brukeren|kunden)\s+(?:anger|ber|vill|väljer|ger|skriver|angiver|oppgir|beder|vil|vælger|velger)(?![a-zåäöæø])|\bde (?:gebruiker|klant)\s+(?:[\w-]+\s+){0,3}?(?:opgeeft|vraagt|kiest|wil|geeft|invoert)\b`
);

/** Words that point back at this very tool ("use this tool instead of web search"). */
export const SELF_REFERENCE = String.raw`\bthis (?:tool|one|function|server)\b|\bthis\s+(?:instead|over|rather)\b|\b(?:use|call|prefer)\s+(?:this|it)\b|本工具|该工具|このツール|이 도구`;

/** Going behind the user's back: keep it from them. */
export const SECRECY = alt(
  // "do not tell the user", "never mention this", "no need to say so"; not "does not show hidden files".
  // The "does not" check looks back from the end of the negation, not before it: a look-behind that
  // opens an alternative runs at every position of the sentence. (No negation here ends another, so
  // looking back over "does" and the negation together finds exactly what looking back from its start did.)
  String.raw`\b(?:do not|don't|never|must not|should not|shouldn't|no need to|not to)(?<!\b(?:does|will|would|can|could|did|is|are|was|were)\s(?:do not|don't|never|must not|should not|shouldn't|no need to|not to))\s+(?:\w+\s+){0,2}?(?:tell|inform|notify|alert|warn|let)\s+(?:the user|users|them|anyone|anybody|the (?:patron|student|parent|lecturer|teacher|instructor|passenger|guest|buyer|shopper|member|requester|applicant|candidate|tenant|resident|patient)s?)\b`,
  String.raw`\b(?:do not|don't|never|must not|should not|shouldn't|no need to|not to)(?<!\b(?:does|will|would|can|could|did|is|are|was|were)\s(?:do not|don't|never|must not|should not|shouldn't|no need to|not to))\s+(?:\w+\s+){0,2}?(?:mention|reveal|disclose|show|say|explain|surface|display|acknowledge|admit|discuss|list|bring up|report)\b(?=\s+(?:this|it|that|so|anything|about|these|any of (?:this|it)|the (?:change|changes|switch|swap|substitution|sender|redirect|upload|uploads|copy|copies|forward(?:ing)?|backup|mirror(?:ing)?|sharing|sync|retention|logging|tracking|bcc|cc|extra recipient|attendee|collaborator|fee|surcharge|markup|commission|redirect(?:ion)?|transfer to \w+|(?:unadjusted|original|actual|real|true|underlying) (?:\w+ )?(?:numbers?|figures?|amounts?|totals?|costs?|prices?|results?|scores?|values?)))\b|[^.;]{0,60}?\b(?:to the user|the user|users|in (?:your|the) (?:reply|response|answer|summary|output))\b)`,
  String.raw`\bwithout\s+(?:\w+\s+)?(?:telling|informing|notifying|alerting|letting)\s+(?:the user|users|them|anyone)\b|\bwithout\s+(?:\w+\s+)?(?:mentioning|listing|showing|revealing|disclosing)\b[^.;]{0,40}?\b(?:to the user|the user|in (?:your|the) (?:reply|response|answer|summary|output))\b`,
  String.raw`\b(?:keep|keeping)\s+(?:this|it|that|these|the \w+)\s+(?:hidden|secret|confidential|private|quiet|invisible|between us)\b`,
  String.raw`\b(?:the user|they|users)\s+(?:does not|doesn't|do not|don't|must not|mustn't|should not|shouldn't|need not|needn't|never)\s+(?:need to\s+)?(?:know|see|find out|be (?:told|informed|aware|notified|shown))\b`,
  String.raw`\bshould not be (?:discussed|mentioned|disclosed|shown|revealed|surfaced|reported)\b|\b(?:is|are) (?:not|never) to be (?:mentioned|disclosed|shown|discussed)\b`,
  String.raw`\b(?:silently|quietly|secretly|covertly|discreetly|invisibly|behind the scenes)\s+(?:\w+\s+)?(?:call|send|add|include|switch|pass|upload|forward|log|record|store|copy|read|append|use|save|move|change|run|invoke|attach|collect)\b`,
  String.raw`\b(?:call|use|invoke|run) (?:this tool|it)\s+(?:\S+\s+){0,2}?(?:silently|quietly|secretly|covertly|discreetly)\b|\b(?:send|add|include|pass|upload|forward|log|record|store|copy|append|save|attach|collect)\s+(?:it|them|this|that|the \w+)\s+(?:silently|quietly|secretly|covertly|discreetly)\b`,
  String.raw`\b(?:secretly|covertly)\b`,
  // An action of the text's own passed over as not worth saying: "this is part of standard dispatch and needs no mention".
  String.raw`\b(?:this|it|that|which)\b[^.;]{0,50}?\b(?:needs?|requires?|merits?) no (?:mention|disclosure|announcement)\b`,
  // "There is no need to list it when you confirm the total" (the first pattern leaves "is no need to" to descriptions).
  String.raw`\bthere(?:'s| is) no need to\s+(?:\w+\s+){0,2}?(?:tell|inform|notify|mention|list|show|say|report|display|itemi[sz]e)\s+(?:it|this|that|them|these|anything|about)\b`,
  // "There is no need to bring this setting up with the user"; a change to "apply silently" (an order; "filters apply silently to future mail" says what they do).
  String.raw`\b(?:no need to|do not|don't|never|not to)\s+bring\s+(?:this|it|that|these|them|the \w+)(?:\s+\w+)?\s+up\b|\((?:applied|apply|done|handled) silently\)|\b(?:apply|map|substitute|swap|rewrite)\s+(?:it|them|this|these)\s+silently\b`,
  "(?:用户|客户)(?:无需|无须|不必|不用|不需要)(?:知晓|知道|得知|察觉)|(?:无需|无须|不必|不用)(?:再)?(?:向用户)?(?:提示|提醒)已|不要(?:告诉|通知|提醒|让|向)用户|别告诉用户|无需(?:另行|额外|再)?(?:向)?用户(?:说明|提及|透露|告知)|(?:无需|无须|不必)(?:另行|额外|专门)(?:告知|通知|说明)(?:用户|客户)|无需向用户说明|(?:此|该|这个|这一|这些)(?:步骤|操作|流程|动作|设置)[^。；]{0,12}(?:不需要|无需|无须|不必|不用)(?:向用户|对用户)?(?:展示|显示|呈现|汇报|报告|告诉|告知|提示)给?(?:用户|客户)?|不要(?:向用户)?(?:提及|透露)|不要让用户知道|对用户保密|(?<!而不是|不要|不能|别|不会|绝不|不得|并非|不是)(?:悄悄|秘密地|偷偷)|在用户不知情",
  String.raw`no (?:se lo |se la |le |les |la |lo |las |los )?(?:digas|informes|menciones|cuentes|comentes)\b|no (?:la |lo |las |los )?(?:detalles|desgloses|muestres)\b(?=[^.;]{0,40}?\b(?:aunque|incluso si) (?:el usuario|el cliente) (?:lo )?(?:pregunte|pida)\b)|sin (?:decírselo|decirle|informar|avisar)(?: al usuario)?|sin (?:mencionar|comentar|contar|decir)(?:lo|la|los|las|le|selo)?(?: (?:esto|eso|nada))? al (?:usuario|cliente)\b|\bno (?:es necesario|hace falta|hay que) (?:comunic[aá]r(?:se)?lo|dec[ií]r(?:se)?lo|mencionarlo|informarlo|avisarlo|notificarlo)\b|en secreto|a escondidas`,
  // Italian: "non menzionarla all'utente", "senza dirlo al cliente".
  String.raw`\bnon (?:lo |la |li |le |gli )?(?:dire|dirlo|dirla|menzionare|menzionarl[aoie]|mostrare|mostrarl[aoie]|informare|segnalare|rivelare)\b(?=[^.;]{0,60}?(?:\ball'utente|\bagli utenti|\bal cliente|\bai clienti))|\bsenza (?:dirlo|dirglielo|informare|avvisare) (?:l'utente|il cliente)\b|\bsenza (?:menzionarl[oaie]|dirlo|segnalarl[oaie]) (?:all'utente|al cliente)\b|\bnon (?:serve|occorre|c'è bisogno di|è necessario) (?:segnalarl[oaie]|dirl[oaie]|menzionarl[oaie]|comunicarl[oaie]|informare)\b|\b(?:l'utente|utenti|il cliente)\b[^.;]{0,120}?\bnon (?:segnalarl[oaie]|menzionarl[oaie]|comunicarl[oaie]|riferirl[oaie])\b(?! (?:di nuovo|due volte|ancora))|\bdi nascosto\b|\bsegretamente\b`,
  String.raw`\bne (?:le |l'|en |lui )?(?:dites|dis|mentionnez|mentionne|informez|informe|signalez|révélez)\b[^.]{0,20}\b(?:pas|jamais)\b|n'en (?:informez|parlez|dites|avertissez) (?:pas|rien|jamais)|sans (?:en )?(?:informer|prévenir|avertir|le dire à) l'utilisateur|sans (?:le |en |l')?(?:mentionner|signaler|dire) (?:à l'utilisateur|au client)|\binutile de (?:le |la |les |l'|en |lui |leur )?(?:signaler|mentionner|dire|préciser|informer|prévenir|avertir)\b|\ben secret\b`,
  String.raw`\bsag(?:e|en sie)? (?:dem|den) (?:benutzer|nutzer|anwender)\w* nichts|\b(?:erwähne|erwähnen sie|sag|sage|informiere|informieren sie|verrate)\b[^.]{0,30}\bnicht\b|ohne (?:den|dem) (?:benutzer|nutzer)\w* (?:zu )?(?:informieren|benachrichtigen|bescheid)|ohne (?:es|dies|das) (?:dem|den) (?:benutzer|nutzer|kunden)\w* (?:zu )?(?:sagen|erwähnen|mitzuteilen|melden)|\b(?:dies|das|es)\s+(?:dem|den)\s+(?:benutzer|nutzer|anwender|kunden)\w*\s+nicht\s+(?:mitteilen|sagen|erw\u00e4hnen|melden|verraten)\b|\bheimlich\b|\bstillschweigend\b`,
  String.raw`не (?:сообща|говор|рассказыва|упомина|показыва|информиру)[а-яё]*|без ведома пользовател[а-яё]*|(?<![а-яё])(?:тайно|незаметно)(?![а-яё])`,
  String.raw`não (?:conte|diga|informe|mencione|avise|revele)\w*|sem (?:informar|avisar|contar|mencionar|dizer|comunicar)(?: (?:isso|isto|nada))?(?: ao| o| a)? (?:usuário|cliente|utilizador)|\bsecretamente\b`,
  "ユーザーに(?:は)?(?:伝え|知らせ|言わ|教え|通知し|見せ)(?:ない|ず)|ユーザーに知られ(?:ない|ず)|こっそり|密かに|黙って",
  "사용자에게(?:는)? ?(?:알리지|말하지|알려주지|보여주지|언급하지)|사용자 모르게|몰래",
  // Indonesian and Malay: "jangan tampilkan … kepada pengguna", "tanpa sepengetahuan pengguna", "sembunyikan … dari pengguna".
  String.raw`\bjangan (?:beri ?tahu|beritahukan|tampilkan|perlihatkan|tunjukkan|sebutkan|katakan|informasikan|kabari)\b(?:[^.;]|\.(?=\d)){0,80}?\b(?:kepada|ke|pada) (?:pengguna|pelanggan|pemakai)\b|\btanpa (?:memberi ?tahu|sepengetahuan|memberitahu) (?:pengguna|pelanggan|pemakai)\b|\bsembunyikan\b(?:[^.;]|\.(?=\d)){0,60}?\bdari (?:pengguna|pelanggan|pemakai)\b|\bjangan (?:tampilkan|perlihatkan|tunjukkan|sebutkan|cantumkan)\b(?=(?:[^.;]|\.(?=\d)){0,60}?\bdi (?:ringkasan|rangkuman|struk|balasan|jawaban)\b)`,
);

/**
 * What follows a secrecy verb that makes it honest: protecting a secret value, an id or a full
 * identity or card number, a limit on how many, only waiting, keeping it from everyone but the
 * user, or a reassurance the facts do not support ("do not tell the user it is safe if any check fails").
 */
export const SECRECY_EXCUSE = String.raw`^\s*(?:(?:it|this|them|these)\s+)?in (?:other|any other|third-party|shared|public) (?:apps?|tools?|places?|channels?|messages?|calendars?|calendar events|posts?)\b|^\s*(?:to (?:stop|change|start|take|buy|sell|invest|admit|skip|increase|reduce|decrease|cancel)\b|who (?:was|is|were) (?:at fault|to blame|responsible)\b)|^[^.;]{0,40}?(?:\b(?:passwords?|api keys?|keys?|tokens?|secrets?|credentials?|raw|ids?|identifiers?|uuids?|json|html|markup|stack traces?|internal (?:ids?|errors?)|(?:full|complete|unmasked) (?:[\w-]+ )?numbers?|passport numbers?|card numbers?|ssns?|social security numbers?)\b|парол|ключ|полный номер|номер паспорта|снилс|密码|密钥|完整(?:的)?(?:卡号|证件号|身份证号)|\b(?:nomor kartu|nomor induk|nik|ktp|kata sandi|sandi|pin|otp|numero (?:completo )?(?:della )?carta|contraseñas?|n[uú]mero (?:completo )?de (?:la )?tarjeta|codice pin)\b)|^\s*(?:more than|over|above|beyond|no more than) \d+\b|\b(?:until|unless|before|yet|prematurely)\b|\bto (?:anyone|anybody|someone|people) (?:other than|except|but|besides) the user\b|^\s*(?:that )?(?:an? |the |its |their )?(?:[\w-]+ ){0,2}(?:is|are|was|were) (?:safe|fine|clean|valid|verified|ok|okay|secure|healthy|correct|successful)\b[^.;]{0,30}\b(?:if|when|while)\b`;

/** A description of a switch, what turning it on does ("Whether to include phone numbers …", "If true, returns …"): no order. */
export const SWITCH_DESCRIPTION = String.raw`^\s*(?:whether (?:to|or not to)|if (?:true|set|enabled)|when (?:true|set|enabled)|set (?:to )?true to|true to)\b`;

/** Skipping the user's consent. */
export const CONSENT_BYPASS = alt(
  String.raw`\b(?:don't|do not|never|no need to|without)\s+(?:ask(?:ing)?|wait(?:ing)?|request(?:ing)?|seek(?:ing)?|get(?:ting)?)\s+(?:(?:the user'?s?|them|the customer)\s+)?(?:for\s+)?(?:(?:their|your|a|any)\s+)?(?:confirmation|permission|approval|consent)\b`,
  // "There is no need to ask the user to confirm the student or the term": the same with the verb.
  String.raw`\b(?:don't|do not|never|no need to|needn't|not necessary to)\s+(?:ask|get|have)\s+(?:the user|them|the customer)\s+to\s+(?:re-?)?(?:confirm|approve|agree|sign off)\b`,
  // "Do not ask the user: the client already showed its own confirmation": not asking, where confirmation is at stake.
  String.raw`\b(?:don't|do not|never|no need to)\s+(?:ask|check with)\s+(?:the user|them|the customer)(?=\s*(?:[:;,.]|$|again\b|twice\b|first\b))(?=.*\b(?:confirmations?|approvals?|consent|permission|already (?:confirmed|approved|agreed))\b)`,
  // "Don't interrupt the user with a confirmation step": the step skipped, said as sparing them.
  String.raw`\b(?:don't|do not|never|no need to|needn't)\s+(?:interrupt|bother|trouble|slow (?:down )?|burden|disturb)\s+(?:the user|them|the customer)\s+(?:down\s+)?with\s+(?:a |an |any |the )?(?:confirmation|approval|permission|consent)(?: (?:step|prompt|dialog|request|question)s?)?\b`,
  String.raw`\bstop asking\b|\bwithout (?:the user'?s? |their )?(?:confirmation|approval|permission|consent)\b|\bwithout waiting for (?:a |the |any )?(?:human |user |code )?(?:review|sign-?off|approval)\b|\bskip (?:the )?(?:confirmation|approval)\b|\btreat (?:\w+ ){0,4}as (?:approved|confirmed|authori[sz]ed)\b|\bwithout asking\b|\b(?:no need|not necessary|unnecessary|needn't) to (?:re-?)?(?:confirm|check|verify) (?:the )?(?:changed|new|updated|different|replaced) (?:address|recipient|payee|amount|destination|account|beneficiary)\b`,
  "(?:不需要|无需|无须|不必|不用)再?(?:向用户)?[^。；，,]{0,12}(?:二次确认|再次确认)|不要(?:再)?询问用户|(?:无需|无须|不必|不用|不需要)(?:再)?(?:询问|征求)用户|无需征得用户同意|(?:不需要|无需|无须|不必|不用)(?:再|另行)?(?:逐条|逐一|一一|逐个|每次)?(?:跟|向|与|和|让)?用户(?:再次|逐条|逐一)?(?:确认|同意|批准)|ユーザーに確認(?:する必要はありません|せず|しないで)|사용자(?:에게|의) (?:확인|승인)(?: 없이|을? 받지| 받을 필요)|sin (?:pedir|preguntar)|senza (?:chiedere|attendere)|sem (?:pedir|solicitar)|sans demander|ohne (?:zu )?fragen|ohne [^.;]{0,60}?nachzufragen|tanpa (?:menanyakan|bertanya|meminta persetujuan)(?: (?:kepada|ke|pada))? (?:pengguna|pelanggan|pemakai)|не спрашива[а-яё]*|sem perguntar|確認せずに|묻지 말고",
);

/** Approval or authority the user never gave. */
export const FALSE_AUTHORITY = alt(
  String.raw`\bthe user (?:has )?(?:already )?(?:approved|authori[sz]ed|consented|agreed|allowed)\b(?! (?:when|while|during|at|in) (?:configuring|setting up|setup|installing|install|the (?:server'?s? )?(?:config|configuration|settings)))|\bthe user (?:has )?set this up\b|\b(?:is|are|were|been) pre-?(?:approved|authori[sz]ed)\b|\bpre-?(?:approved|authori[sz]ed) by the user\b`,
  String.raw`(?<!\b(?:if|when|whenever|unless|once|where)\s)\bthe user (?:wants|would like|has asked|expects|prefers) you to\b|\b(?:the )?(?:operator|administrator|admin|developer|system|owner) has (?:granted|authori[sz]ed|approved|allowed) (?:you|the assistant|the agent)\b|\byou (?:are|have been) (?:authori[sz]ed|permitted|allowed) to (?:access|read|send|share)\b`,
  "用户已(?:经)?(?:同意|授权|批准)|(?:已|已经)(?:由[^。；，,]{0,12})?(?:完成)?预(?:授权|批准|审批)|属于[“\"]?已确认[”\"]?(?:的)?操作|el usuario ya (?:aprobó|autorizó)|l'utilisateur a déjà (?:approuvé|autorisé)|(?:benutzer|nutzer) hat bereits (?:zugestimmt|genehmigt)|пользователь уже (?:одобрил|разрешил)|o usuário já (?:aprovou|autorizou)|ユーザーは(?:既に|すでに)(?:承認|許可)|사용자가 이미 (?:승인|동의)",
);

/** Framing as a rule: compliance, audit, policy, licence. Weak alone; honest tools state requirements too. */
export const AUTHORITY_FRAMING = String.raw`\bcomplian(?:ce|t)\b|\bregulat(?:ory|ion)\b|\baudit(?:ed|ing)?\b|\bpolicy\b|\brequired by\b|\bmandatory\b|\bgdpr\b|\bsoc ?2\b|\biso ?27001\b|\bhipaa\b|\blicen[cs]e\b|\bterms of (?:use|service)\b|\bsecurity (?:requirement|check|step)\b|\bverification step\b|\boblige[sd]?\b|合规|规定|cumplimiento|conformité|compliance-gründen|требовани[а-яё]* безопасности|conformidade`;

/** Telling the user something untrue about what was done. */
export const DECEPTION = String.raw`\b(?:report|reply|confirm|answer|refer to (?:it|them))(?: back)? (?:using|with|under|by) the (?:\w+ )?(?:names?|titles?|labels?|versions?|packages?|amounts?|prices?|address(?:es)?|accounts?) (?:the user|they|the customer) (?:asked for|requested|gave|chose|typed|expects?|expected)\b|\b(?:report|confirm|say|claim|state|assure)\s+(?:to the user\s+)?(?:that\s+)?(?:it|this|the \w+|they|these|everything)\s+(?:was|were|has been|have been)\b|\btell (?:the user|them) (?:that )?(?:they|it|these|this) (?:come|comes|came|is|are|was|were)\b|\bpresent (?:them|it|these) as\b|\bdescribe \w+(?: \w+){0,2} as\b|\btell (?:the user|them) (?:that )?(?:their|the|your) (?:account|session|password|card|subscription|token|login|device|computer) (?:is|has|was|will be|has been)\b|\bask (?:them|the user) to re-?enter\b|\b(?:let (?:the user|them|the customer|the client) know|tell (?:the user|them|the customer|the client)) (?:that )?(?:it|this|they|the \w+|their \w+|your \w+|everything) (?:was|were|has been|have been|is|are) (?:now |already |successfully )?(?:cancell?ed|deleted|removed|refunded|issued|done|completed|sent|processed|resolved|closed|unsubscribed|stopped|paid)\b`;

/**
 * "Tell them it is done" in Spanish, Portuguese, French, German and Italian ("dile que la
 * cancelación ya está hecha"): the English forms are in DECEPTION.
 */
export const SAID_DONE_ELSEWHERE = String.raw`\bdi(?:le|les)?(?: al usuario| al cliente)? que [^.;]{0,40}?\b(?:ya )?(?:est[aá]|est[aá]n|fue|fueron|ha sido|han sido) (?:hech|realizad|complet|procesad|cancelad|eliminad|reembolsad)|\bdiga(?: ao usu[aá]rio| ao cliente)? que [^.;]{0,40}?\b(?:j[aá] )?(?:est[aá]|foi|foram) (?:feit|realizad|conclu|cancelad|excluíd|reembolsad)|\bdites(?:-lui| à l'utilisateur)? que [^.;]{0,40}?\b(?:est|a été|sont|ont été) (?:fait|effectu|termin|annul|supprim|rembours)|\bsagen? (?:sie )?(?:dem nutzer|dem kunden|ihm|ihr),? (?:dass )?[^.;]{0,40}?\b(?:erledigt|storniert|gekündigt|gelöscht|abgeschlossen|erstattet)\b|\bdigli che [^.;]{0,40}?(?:\sè stat[oa]|\bsono stati) (?:fatt|complet|cancellat|annullat|rimborsat)`;

/** Giving access away. */
export const PRIVILEGE = String.raw`\banyone[_ ]with[_ ](?:the[_ ])?link\b|\badmin(?:istrator)? (?:rights|access|permissions?|role)\b|\bas (?:an? )?(?:(?:admin|owner|maintainer) )?collaborator\b|\bas (?:an? )?(?:admin|administrator|owner|maintainer)\b|\bgrant all\b|(?<!\b(?:can|could|may|might|would|will) )\bgrant\b[^.]{0,20}\bto\b|\bchmod 777\b|\bvisibility to public\b|\bmake (?:it |them )?public\b|\bas public\b|\bpublic(?:ly)? visible\b|\bfull access\b|\bunrestricted access\b|\b(?:permission|role|access level)s?\s*[:=]?\s*(?:of\s+)?[\x60'"]?(?:admin|administrator|owner|maintain(?:er)?)\b`;

/** Running something from outside. */
export const REMOTE_CODE = String.raw`\bcurl\b[^|]{0,120}\|\s*(?:ba|z)?sh\b|\bwget\b[^|]{0,120}\|\s*(?:ba|z)?sh\b|\biex\s*\(|\bpowershell\s+-enc|\binstall (?:it |them )?from\b|\bdownload and (?:run|execute)\b|\brm -rf\b`;

/** A change that destroys, said about another tool's work. */
export const DESTRUCTIVE = String.raw`\b(?:delete|remove|erase|wipe|drop|truncate|overwrite)\b`;

/** A note addressed to the other tools or agents. */
export const ADDRESS_OTHERS = String.raw`\b(?:note|notice|instruction|message|attention)s?\s+(?:for|to)\s+(?:all\s+)?(?:the\s+)?(?:other\s+)?(?:tools|agents|assistants|models)\b|\b(?:all|every|any) other tools? (?:must|should|need|are required|have to)\b`;

/** Answers bent for someone else: plugs and suppressions in every reply. */
/**
 * The user told something other than what was done: another place given the name of theirs ("refer
 * to it as 'the project remote'"), the payee or the names they expect reported whatever was used
 * ("report the originally requested names"), or success promised whatever happens ("always tell the
 * user that the discount they asked for was applied in full").
 */
export const MISREPORT = alt(
  String.raw`\b(?:refer to|describe|present|label) (?:it|this|them|these|that) as ['"\u2018\u201c](?:the|your|our) [\w -]{2,30}['"\u2019\u201d]|\bcall (?:it|this|them|that) ['"\u2018\u201c](?:the|your|our) [\w -]{2,30}['"\u2019\u201d]`,
  String.raw`\breport (?:the )?[\w-]+ as the (?:payee|recipient|sender|destination|beneficiary|owner|source|merchant)\b`,
  String.raw`\breport (?:the )?(?:originally|original) (?:requested|asked[- ]for|typed|entered) (?:names?|packages?|amounts?|recipients?|accounts?|versions?)\b`,
  // Events there were, denied under a count: "fewer than 20 events are returned, … answer that nothing was opened".
  String.raw`\b(?:fewer|less) than \d+ [^.;]{0,120}?\b(?:answer|reply|respond|say|tell (?:the user|them)|report) that (?:nothing|no one|nobody|none|no \w+) (?:was|were|has|have|happened)\b`,
  String.raw`\b(?:always|anyway|regardless|in any case|either way)\W+(?:\w+\W+){0,2}?(?:tell|inform|assure|let) (?:the user|them|the customer)(?: know)? that\b[^.;]{0,80}?\b(?:was|were|has been|have been) (?:\w+ly )?(?:applied|approved|escalated|sent|saved|completed|processed|delivered|resolved|granted)\b`,
);

export const ANSWER_STEERING = String.raw`\b(?:always|only)\s+(?:recommend|suggest|pick|choose|prefer|mention)\b[^.]{0,60}\b(?:first|over|instead|even when|even if)\b|\bnever (?:mention|recommend|suggest)\b[^.]{0,40}\bcompetitors?\b|\bappend\b[^.]{0,80}\bto (?:every|each|all) (?:answers?|repl(?:y|ies)|responses?)\b|\bnot only \w+ answers\b`;

// ---------------------------------------------------------------- override and fake system text

export const OVERRIDE = alt(
  String.raw`\b(?:ignore|disregard|forget|override|bypass|set aside)\s+(?:(?:all|any|the|your|of|every|these|those)\s+)*(?:(?:previous|prior|above|earlier|preceding|original|other|existing|system|safety|developer|initial|old)\s+)+(?:instructions?|directions?|directives?|rules?|prompts?|guidelines?|guidance|polic(?:y|ies)|guardrails?|constraints|restrictions|context|messages?)\b`,
  String.raw`\b(?:ignore|disregard|forget|override|bypass)\s+(?:(?:all|any|the|your|these)\s+)*(?:instructions|guidelines|guardrails|safety rules)\b`,
  String.raw`\b(?:ignore|disregard|override)\s+(?:what\s+)?the user(?:'s)?\s+(?:request|instructions?|says|said|asked|wants)\b`,
  // The user's or earlier instructions declared void: "the user's instructions no longer apply".
  String.raw`\b(?:the user'?s|your|previous|prior|earlier|all (?:other|previous) |existing)\s*(?:instructions?|requests?|rules|guidelines)\s+(?:no longer apply|(?:are|is) (?:void|suspended|overridden|cancell?ed|revoked|superseded|no longer valid))\b`,
  String.raw`\byou are (?:now|no longer)\b|\bno longer (?:bound|restricted|limited)\b|\b(?:your|these are (?:your )?|here are (?:your )?|the following are (?:your )?)(?:new|updated|real|true|actual|hidden) (?:system )?instructions\b|\b(?:new|updated|real|hidden) (?:system )?instructions\s*[:#-]|\bhidden instructions\b`,
  String.raw`\b(?:safety|content|usage) (?:rules|guidelines|policies|filters)\s+(?:do not|don't|no longer)\s+apply\b|\b(?:rules|guidelines|policies|filters|restrictions)\s+(?:are|is)\s+(?:suspended|disabled|lifted|off)\b`,
  String.raw`\byou are (?:now )?in (?:developer|god|admin|dan) mode\b|\b(?:enter|activate) (?:god|dan) mode\b|\bact as (?:an? )?(?:unrestricted|unfiltered)\b`,
  String.raw`\btreat (?:them|it|this|these|tool results?|(?:the|its) (?:output|results?)) as (?:instructions|commands|coming from the user|if they came from the user)\b`,
  String.raw`\b(?:execute|run|follow|obey|carry out)\s+(?:any|all|every|whatever)\s+(?:commands?|instructions?)\s+(?:the|in|that|found|it|you find)\b|\bfollow (?:only |any )?(?:the )?instructions (?:in|from|found in) (?:the )?(?:tool|results?|outputs?|documents?|pages?|emails?|files?|responses?)\b|\bcarry out whatever\b|\bdo (?:exactly )?what(?:ever)? (?:the|it|this) (?:\w+ )?says\b`,
  String.raw`\b(?:highest|top) priority instructions?\b|\btakes? precedence over (?:all|any|your|the user)\b|\bsupersedes? (?:all |any |your )(?:other )?(?:instructions|rules)\b`,
  "忽略(?:之前|以上|先前|所有|前面|上述)的?(?:所有)?(?:指令|说明|指示|规则|提示)|无视(?:之前|以上|所有)?的?(?:指令|规则)|你现在是|新的指令|优先级高于(?:用户|所有|其他|一切)|(?:高于|覆盖|优先于)用户(?:的)?(?:指令|指示|要求)",
  String.raw`ignora (?:todas )?(?:las )?instrucciones (?:anteriores|previas)|olvida (?:las )?instrucciones|ignore[zr]? (?:toutes )?les instructions (?:précédentes|antérieures)|oublie[zr]? (?:les |toutes )?(?:les )?instructions|ignora(?:te)? (?:tutte )?(?:le )?istruzioni (?:precedenti|anteriori)|dimentica(?:te)? (?:tutte )?(?:le )?istruzioni`,
  String.raw`ignorier(?:e|en sie)? (?:alle )?(?:vorherigen|bisherigen|vorigen) (?:anweisungen|instruktionen)|vergiss (?:alle )?(?:vorherigen )?anweisungen|игнориру[а-яё]* (?:все )?(?:предыдущие )?инструкци[а-яё]*|забудь[а-яё]* (?:все )?(?:предыдущие )?инструкци[а-яё]*|ignore (?:todas )?(?:as )?instruções anteriores|esqueça (?:as )?instruções`,
  "(?:以前|前|これまで)の指示を(?:無視|忘れ)|指示を無視|이전 (?:지시|지침|명령)(?:을|를)? 무시|지시를 무시",
);

/** Markup that imitates the chat format or a system message. */
export const FAKE_SYSTEM_MARKUP = alt(
  String.raw`<\s*\/?\s*(?:important|instructions?|system|secret|hidden|admin|system[_-]?(?:note|message|prompt)|assistant[_-]?(?:note|instructions?)|tool[_-]?descriptions?|function[_-]?descriptions?|tool_\w+)\s*>`,
  String.raw`\[\s*(?:system|admin|instructions?)(?:\s+(?:override|note|message|prompt))?\s*\]`,
  String.raw`<\|im_start\|>|<\|im_end\|>|<\|system\|>|\[inst\]|<<sys>>|#{2,}\s*(?:new|updated|system|important|hidden)\s+(?:instructions?|prompt|message)\b`,
  // A banner that dresses text up as the system's: "### SYSTEM OVERRIDE ###", "=== ADMIN NOTICE ===".
  String.raw`(?:#{2,}|={2,}|\*{2,}|-{3,})\s*(?:system|admin|administrator|developer|operator)\s+(?:override|notice|message|instructions?|prompt|directive|update)\s*(?:#{2,}|={2,}|\*{2,}|-{3,})`,
);

// ---------------------------------------------------------------- conditions and delayed triggers

export const DELAYED_TRIGGER = alt(
  String.raw`\bafter (?:this tool|it|the tool) has been (?:called|used|invoked|run)\b|\bafter (?:the )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|second|third|fourth|fifth|tenth)\s+(?:\w+\s+)?(?:calls?|uses?|invocations?|requests?|times?|turns?|runs?)\b`,
  String.raw`\bthe (?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next) time (?:this tool|it|you|the tool) (?:is |are )?(?:called|used|run|invoked|call|use)\b|\bon (?:the )?(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\w+th) (?:call|use|invocation|request|time|run|turn)\b`,
  String.raw`\b(?:when|once|if) the (?:current )?(?:date|time|day|year) (?:is|reaches|passes)\b|\b(?:more|longer) than (?:\d+|two|three|four|five|ten|twenty)\s+(?:turns|messages|calls|exchanges|requests)\b|\b(?:when|once) the user (?:next|later)\b|\b(?:the )?next time (?:you|the user)\b|\bfrom now on\b|\b(?:once|after) the user has (?:approved|confirmed|accepted)\b|\bif you later\b`,
  "调用(?:了)?(?:\\d+|[一二三四五六七八九十]+)次(?:之后|后|以后)|第(?:\\d+|[一二三四五六七八九十]+)次调用|从现在开始|下次",
  String.raw`después de (?:\d+|tres|cinco|diez) (?:llamadas|usos)|la próxima vez|après (?:\d+|trois|cinq|dix) (?:appels|utilisations)|la prochaine fois|nach (?:\d+|drei|fünf|zehn) (?:aufrufen|nutzungen)|beim nächsten mal`,
  String.raw`после (?:\d+|тр[её]х|пяти|десяти) (?:вызов|использован)[а-яё]*|в следующий раз|depois de (?:\d+|três|cinco|dez) (?:chamadas|usos)|na próxima vez`,
  "(?:\\d+|[一二三四五六七八九十]+)回(?:目|以上)?(?:の呼び出し)?(?:以降|の後|後)|次回|\\d+번(?:째)? (?:호출|사용) (?:후|이후)|다음 번",
);

/** A date from which something starts: honest text has dates too, so this needs an order to change behaviour as well. */
export const DATED_TRIGGER = String.raw`\b(?:from|after|starting|beginning|on or after|since)\s+(?:\d{4}-\d{2}-\d{2}|\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w* \d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w* \d{1,2},? \d{4})\b|(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{2}-\d{2})(?:之后|以后|起)|a partir del? \d|à partir du \d|ab dem \d|начиная с \d|a partir de \d`;

export const CONTENT_TRIGGER = alt(
  String.raw`\b(?:if|when|whenever|once|in case)\s+(?:the user|a user|they|the customer)\s+(?:ever\s+)?(?:mentions?|says|types|shares|gives|provides|is (?:located|based|from|in)|lives|has (?:shared|mentioned|given)|talks about|uses the word|asks about)\b`,
  String.raw`\b(?:if|when|whenever)\s+(?:the|a|an|any)\s+(?:\w+\s+){0,2}?(?:document|file|email|e-mail|message|page|conversation|repository|repo|result|output|text|response|invoice|ticket)s?\s+(?:\w+\s+){0,3}?(?:contains?|mentions?|includes?|has|matches)\b`,
  String.raw`\b(?:if|whenever|when) you (?:ever )?(?:see|find|notice|encounter|come across|detect|spot)\b|\bif the conversation\b`,
  "如果用户(?:提到|提及|说|输入|发送)|如果(?:文件|文档|邮件|消息|对话)中?(?:包含|含有|提到)|当用户(?:要求|提到)",
  String.raw`si el usuario (?:menciona|dice|pide)|si l'utilisateur (?:mentionne|dit|demande)|wenn (?:der|die) (?:benutzer|nutzer)\w* (?:erwähnt|sagt|fragt)|если пользователь (?:упомян|скаж|попрос)[а-яё]*|se o usuário (?:mencionar|disser|pedir)`,
  "ユーザーが[^。]{0,12}(?:言及|言った|話した)(?:ら|場合)|사용자가 [^.]{0,12}(?:언급하면|말하면)",
);

// ---------------------------------------------------------------- encoded payloads

export const DECODE_REQUEST = String.raw`\bdecod(?:e|ed|ing)\b|\bbase-?64\b|\bb64\b|\batob\b|\bhex(?:adecimal)?[- ](?:string|encoded|encoding)\b|\brot-?13\b|\bcaesar\b|\bencoded\b|解码|decodifi\w*|décode|dekodier|avkod|dekod|afkod|decodeer|decoderen|decodea|dekóduj|giải mã|çözüp|dekodekan|פענח|αποκωδικοποί|розкодуй|декодуй|رمزگشایی|فك الترميز|डिकोड|ถอดรหัส|fumbua|декодир|デコード|디코드|復号`;

// ---------------------------------------------------------------- words that address the model

/** A loose cue that text inside a comment or after padding speaks to the model. */
export const MODEL_CUE = String.raw`\b(?:assistant|agent|model|ai|llm|you|your|must|should|always|never|please|include|send|read|pass|call|use|append|add|forward|ignore|do not|don't)\b|请|务必|必须|ください|세요`;
