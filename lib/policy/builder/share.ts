/**
 * The builder's state in the URL hash, so a policy can be shared as a link:
 * `#server=<slug>&name=<name>&policy=<codec>.<base64url>` (name: what the reader's client
 * calls the server, which the exports carry), where codec `z` is deflate-raw compressed
 * UTF-8 JSON (CompressionStream, in every current browser and Node) and `j` is the same
 * text uncompressed, for runtimes without it. The hash never reaches a server.
 */

export interface SharedState {
  server?: string;
  /** The server's name in the reader's client config. */
  name?: string;
  policyText?: string;
}

/** Decoded text larger than this is refused (a link cannot carry a reasonable policy bigger). */
const MAX_TEXT_BYTES = 1_000_000;

export async function encodeShare(state: SharedState): Promise<string> {
  const params = new URLSearchParams();
  if (state.server) params.set("server", state.server);
  if (state.name) params.set("name", state.name);
  if (state.policyText !== undefined) params.set("policy", await encodeText(state.policyText));
  return params.toString();
}

export async function decodeShare(hash: string): Promise<SharedState & { error?: string }> {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const state: SharedState & { error?: string } = {};
  const server = params.get("server");
  if (server) state.server = server;
  const name = params.get("name");
  if (name) state.name = name;
  const policy = params.get("policy");
  if (policy) {
    try {
      state.policyText = await decodeText(policy);
    } catch (error) {
      state.error = `The policy in this link could not be read (${error instanceof Error ? error.message : String(error)}).`;
    }
  }
  return state;
}

async function encodeText(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  if (typeof CompressionStream === "undefined") return `j.${toBase64Url(bytes)}`;
  const compressed = await streamBytes(new Blob([bytes]).stream().pipeThrough(new CompressionStream("deflate-raw")));
  return `z.${toBase64Url(compressed)}`;
}

async function decodeText(value: string): Promise<string> {
  const dot = value.indexOf(".");
  const codec = value.slice(0, dot);
  const bytes = fromBase64Url(value.slice(dot + 1));
  if (codec === "j") return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  if (codec !== "z") throw new Error(`unknown encoding "${codec}"`);
  if (typeof DecompressionStream === "undefined") throw new Error("this browser cannot decompress it");
  const plain = await streamBytes(new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream("deflate-raw")), MAX_TEXT_BYTES);
  return new TextDecoder("utf-8", { fatal: true }).decode(plain);
}

async function streamBytes(stream: ReadableStream<Uint8Array>, limit = Infinity): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new Error("it is too large");
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error("it is not base64url");
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
