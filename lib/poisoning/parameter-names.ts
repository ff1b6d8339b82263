/**
 * A parameter whose name is itself the request: "content_from_reading_ssh_id_rsa". A parameter's
 * name reaches the model with the schema, and a model fills a parameter with what its name asks
 * for, so a name can carry the instruction a description would (the "full-schema poisoning"
 * CyberArk published in 2025 did it with exactly that name). Honest names say what a value is
 * ("ssh_key", "private_key", "conversation_id"); one that asks for the contents of something read
 * from elsewhere, or for all of it, and for data the tool's purpose does not need, asks the model to
 * fetch it.
 */
import { nameTokens } from "../classify/tokens";
import { needsData, type DataClass, type Purpose } from "./purpose";

/** Words that say the value is taken from somewhere, whole: read, its contents, all of it. */
const TAKEN = new Set(["reading", "read", "from", "content", "contents", "dump", "copy", "full", "entire", "whole", "all", "raw", "cat", "paste", "pasted"]);

/** Data named by one word or a pair of words of a name, and what it is. */
const NAMED: [RegExp, DataClass][] = [
  [/^(?:ssh|rsa|id rsa|id ed25519|id ecdsa|authorized keys|known hosts)$/, "ssh"],
  [/^(?:aws credentials|gcloud|azure credentials|cloud credentials)$/, "cloud"],
  [/^(?:kubeconfig|kube config)$/, "kube"],
  [/^(?:dotenv|env file)$/, "dotenv"],
  [/^(?:bash history|zsh history|shell history)$/, "shell-history"],
  [/^(?:mcp json|claude desktop|desktop config)$/, "agent-config"],
  [/^(?:cookies|cookie jar|browser cookies)$/, "browser"],
  [/^(?:passwords|password manager|keychain|api keys|secrets|private key|private keys)$/, "secret"],
  [/^(?:seed phrase|mnemonic|recovery phrase)$/, "seed"],
  [/^(?:conversation|chat history|conversation history|transcript|system prompt)$/, "conversation"],
  [/^(?:environment variables|env vars|env variables|process env)$/, "environment"],
  [/^clipboard$/, "clipboard"],
];

export interface AskingName {
  parameter: string;
  data: DataClass;
}

export function askingParameterName(names: readonly string[], purpose: () => Purpose): AskingName | null {
  for (const parameter of names) {
    const words = nameTokens(parameter);
    if (words.length < 4 || !words.some((w) => TAKEN.has(w))) continue;
    for (let i = 0; i < words.length; i++) {
      for (const span of [words[i]!, i + 1 < words.length ? `${words[i]} ${words[i + 1]}` : ""]) {
        if (!span) continue;
        const named = NAMED.find(([re]) => re.test(span));
        if (named && !needsData(purpose(), named[1])) return { parameter, data: named[1] };
      }
    }
  }
  return null;
}
