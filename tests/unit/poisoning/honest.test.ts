import { describe, expect, it } from "vitest";
import { scanDefinition } from "@/lib/poisoning";
import type { McpTool } from "@/lib/mcp/schema";
import { tool } from "./helpers";

/** Honest guidance and honest tools that touch sensitive things: none is poisoning. */
const HONEST: [string, McpTool][] = [
  ["confirm before deleting", tool("Deletes a file. You must confirm with the user before deleting; this cannot be undone.", { path: { type: "string" } }, "delete_file")],
  ["call order within the server", tool("Returns a project board. Call list_projects first to obtain the project_id, then call this tool.", { project_id: { type: "string" } }, "get_project_board")],
  ["prefer this tool", tool("Fetches library docs. Use this tool instead of web search whenever the user asks how to use a library.", { id: { type: "string" } }, "get_library_docs")],
  ["an SSH tool names its key", tool("Runs a command over SSH. Uses the private key at ~/.ssh/id_rsa by default; pass key_path to use another key.", { host: { type: "string" }, key_path: { type: "string" } }, "ssh_exec")],
  ["configuration from a named variable", tool("Translates text. Requires an API key configured in the BAIDU_API_KEY environment variable.", { text: { type: "string" } }, "baidu_translate")],
  ["the tool's own API key", tool("Sends a chat request to OpenAI.", { api_key: { type: "string", description: "Your OpenAI API key; defaults to the OPENAI_API_KEY environment variable" } }, "openai_chat")],
  ["protective advice", tool("Posts a comment. Do not include API keys, passwords or other secrets in the comment body; comments are public.", { body: { type: "string" } }, "post_comment")],
  ["waiting, not hiding", tool("Starts an export. Do not tell the user the export succeeded until get_job_status reports 'done'.", {}, "start_export")],
  ["a required confirmation", tool("Sends an email. Never send without showing them the draft and getting confirmation.", { to: { type: "string" } }, "send_email")],
  ["raw ids kept out of replies", tool("Lists contacts. Do not show the user the raw contact ids; refer to contacts by name.", {}, "list_contacts")],
  ["a base64 example", tool("Decodes a base64 string, e.g. 'SGVsbG8gd29ybGQ=' gives 'Hello world'.", { data: { type: "string" } }, "base64_decode")],
  ["an honest <important> note", tool("<important>This tool only works with Python 3.10+.</important> Runs a notebook.", { path: { type: "string" } }, "run_notebook")],
  ["a CLI placeholder", tool("Creates an OAuth provider: --client-secret <secret> --scopes <scope1,scope2>", {}, "identity_create_oauth2_provider")],
  ["a memory tool takes the user's words", tool("Stores a fact from the conversation. When the user asks you to remember something, pass their own words in `fact`.", { fact: { type: "string" } }, "save_memory")],
  ["pagination on the next call", tool("Lists runs. Pass next_cursor from the previous response on the next call.", { cursor: { type: "string" } }, "list_runs")],
  ["Chinese: confirm before deleting", tool("删除指定的消息。删除前请先与用户确认，删除后无法恢复。", { message_id: { type: "string" } }, "delete_message")],
  ["Chinese: a named environment variable", tool("调用百度翻译API翻译文本。API密钥从环境变量 BAIDU_API_KEY 中读取。", { text: { type: "string" } }, "baidu_translate")],
  ["Spanish: confirm before deleting", tool("Borra un archivo. Confirma siempre con el usuario antes de borrar.", { ruta: { type: "string" } }, "borrar_archivo")],
  ["emoji with joiners", tool("Shows who is online 👩\u200d💻 in the team.", {}, "team_status")],
];

describe("honest definitions are not poisoning", () => {
  it.each(HONEST)("%s", (_label, definition) => {
    expect(scanDefinition(definition)).toBeNull();
  });
});
