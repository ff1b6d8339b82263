/**
 * Capabilities known by domain: each case is a kind of tool the classifier once rated too low
 * on servers it was not written against. The definitions are our own, written for the test.
 */
import { describe, expect, it } from "vitest";
import { classifyTool } from "@/lib/classify";
import type { McpTool, ServerIdentity } from "@/lib/mcp/schema";

const generic: ServerIdentity = { slug: "example-tools", title: "Example tools" };
function tool(name: string, description: string, properties: Record<string, unknown> = {}): McpTool {
  return { name, description, inputSchema: { type: "object", properties } };
}
const text = { type: "string" };

const cases: { what: string; server?: ServerIdentity; tool: McpTool; category: string; risk: string }[] = [
  { what: "shell command described in Chinese", tool: tool("run_cmd", "在服务器上执行终端命令并返回输出", { cmd: text }), category: "execute", risk: "critical" },
  { what: "process launcher", tool: tool("start_process", "Start a new process on the machine", { command: text, args: { type: "array" } }), category: "execute", risk: "critical" },
  { what: "input to a running process", tool: tool("send_input_to_process", "Write a line to the standard input of a running process", { pid: { type: "number" }, input: text }), category: "execute", risk: "critical" },
  { what: "SSH session running a command", tool: tool("ssh_connect", "Connect to a remote host over SSH and execute the given command", { host: text, command: text }), category: "execute", risk: "critical" },
  { what: "coding agent handed a prompt", tool: tool("delegate", "Hands the prompt to Claude Code, which edits the repository to complete it", { prompt: text }), category: "execute", risk: "critical" },
  { what: "password manager item", server: { slug: "bitwarden-mcp", title: "Bitwarden" }, tool: tool("get_item", "Retrieve an item from the vault by id", { id: text }), category: "read", risk: "high" },
  { what: "token transfer", tool: tool("transfer_erc20_tokens", "Send tokens from the wallet to an address", { to: text, amount: text }), category: "financial", risk: "critical" },
  { what: "NFT transfer", tool: tool("transfer_nft", "Transfer an NFT to another wallet", { tokenId: text, to: text }), category: "financial", risk: "critical" },
  { what: "smart-contract call", tool: tool("write_contract", "Call a state-changing function of a smart contract", { address: text, abi: text }), category: "financial", risk: "critical" },
  { what: "options exercise", tool: tool("exercise_option", "Exercise an options contract before expiry", { symbol: text }), category: "financial", risk: "critical" },
  { what: "short-sale locate", tool: tool("short_locate", "Request a locate so shares can be sold short", { symbol: text, quantity: { type: "number" } }), category: "financial", risk: "critical" },
  { what: "any endpoint of a payments API", server: { slug: "stripe-tools", title: "Stripe" }, tool: tool("api_request", "Make a request to the API", { method: text, path: text, body: { type: "object" } }), category: "financial", risk: "critical" },
  { what: "deploy of the caller's code", tool: tool("deploy_function", "Deploys the function to the edge network", { name: text, code: text }), category: "execute", risk: "critical" },
  { what: "infrastructure state", tool: tool("terraform_show_state", "Show the current Terraform state of the workspace", { workspace: text }), category: "read", risk: "high" },
  { what: "a phone call placed to a person", tool: tool("create_call", "Start an outbound phone call with the voice agent", { phoneNumber: text }), category: "write", risk: "high" },
  { what: "a webhook to any address", tool: tool("create_webhook", "Register a webhook that receives every new order", { url: text }), category: "write", risk: "high" },
  { what: "a password manager's items listed", server: { slug: "bitwarden-mcp", title: "Bitwarden" }, tool: tool("list", "Lists the items in your vault or your organisation's", { search: text }), category: "read", risk: "critical" },
  { what: "a password manager's shared links listed", server: { slug: "bitwarden-mcp", title: "Bitwarden" }, tool: tool("list_send", "List the Sends of the vault", {}), category: "read", risk: "high" },
  { what: "a new password generated (no stored secret returned)", server: { slug: "bitwarden-mcp", title: "Bitwarden" }, tool: tool("generate", "Generate a password or passphrase", { length: { type: "number" } }), category: "read", risk: "low" },
  { what: "a pipeline's environment variables", tool: tool("get_pipeline", "Get a pipeline with its steps, environment variables and build statistics", { slug: text }), category: "read", risk: "high" },
  { what: "a browser's session storage read", tool: tool("browser_sessionstorage_list", "Lists every key and value in sessionStorage", {}), category: "read", risk: "high" },
  { what: "a value put into a browser's storage", tool: tool("browser_localstorage_set", "Stores one item in localStorage", { key: text, value: text }), category: "write", risk: "medium" },
  { what: "a cloud account's application stopped", server: { slug: "aws-sap-management", title: "AWS for SAP management" }, tool: tool("stop_application", "Stop an SAP application and optionally its EC2 instances", { application_id: text }), category: "write", risk: "high" },
  { what: "a scan started on a cloud security service (nothing people use goes down)", server: { slug: "aws-security-agent", title: "AWS security agent" }, tool: tool("start_security_scan", "Start a security scan of the repository", { repo: text }), category: "write", risk: "medium" },
  { what: "a batch job submitted to run", tool: tool("submit_job", "Submits JCL kept in a dataset member to z/OS, which executes a batch job.", { dataset: text }), category: "execute", risk: "critical" },
  { what: "a script the caller names started under a debugger", tool: tool("start_debugging", "Starts a debug session for a script", { scriptPath: text, args: { type: "array" } }), category: "execute", risk: "critical" },
  { what: "arithmetic on the caller's numbers, offered as operations", tool: tool("math", "Evaluates arithmetic expressions or computes statistics over numbers", { expression: { type: "string", description: "The expression to work out" }, action: { type: "string", enum: ["eval", "statistics"] }, values: { type: "array" } }), category: "read", risk: "low" },
  { what: "a sale booked in the accounts", tool: tool("create_sales_receipt", "Create a sales receipt for a sale paid at once, with its deposit account", { customer: text, lines: { type: "array" } }), category: "financial", risk: "high" },
  { what: "an order edited (no money moves by the edit)", tool: tool("update_order", "Update an existing customer order's status and line items", { id: text, status: text }), category: "financial", risk: "high" },
  { what: "many orders changed in one call", tool: tool("orders_batch_update", "Batch update customer orders", { create: { type: "array" }, update: { type: "array" }, delete: { type: "array" } }), category: "financial", risk: "critical" },
  { what: "a chat's read receipts are not a sale", tool: tool("send_read_receipts", "Send read receipts for the messages of a chat", { chat_id: text }), category: "write", risk: "medium" },
  { what: "a privacy flag inside the body the tool takes", tool: tool("update_workout", "Update a workout by id", { workoutId: text, workout: { type: "object", properties: { title: text, is_private: { type: "boolean" } } } }), category: "write", risk: "high" },
  { what: "a body with no privacy flag", tool: tool("update_workout", "Update a workout by id", { workoutId: text, workout: { type: "object", properties: { title: text, notes: text } } }), category: "write", risk: "medium" },
  { what: "a password manager's collection given to groups", server: { slug: "bitwarden-mcp", title: "Bitwarden" }, tool: tool("create_org_collection", "Creates a collection in the organisation", { organizationId: text, name: text, groups: { type: "array" } }), category: "write", risk: "high" },
  { what: "groups on a design are not access", tool: tool("create_frame", "Create a new frame", { name: text, groups: { type: "array" } }), category: "write", risk: "medium" },
  { what: "an app package uploaded to a test service (stored, not deployed)", tool: tool("upload_mobile_app", "Uploads an app package (APK or IPA) or another file to the project's test cloud", { project_name: text, file_path: text }), category: "write", risk: "medium" },
  { what: "a cron trigger is a schedule, not code", tool: tool("create_cron_trigger", "Adds a trigger on a cron schedule that sends an event", { app_id: text, schedule: text, payload: { type: "object" } }), category: "write", risk: "medium" },
  { what: "an Apex trigger is code the service runs", tool: tool("create_apex_trigger", "Create an Apex trigger on an object", { name: text, body: text }), category: "execute", risk: "critical" },
  { what: "a description opening on a participle names a thing ('Composed chart ...'), not a write", tool: { ...tool("revenue_vs_orders", "Composed chart showing revenue vs order count per customer."), annotations: { readOnlyHint: true } }, category: "read", risk: "low" },
  { what: "a mode of several words names a report, not an operation", tool: tool("analytics_compare", "Compares search performance period over period, with trends and attributions of traffic drops.", { siteUrl: text, mode: { type: "string", enum: ["period_over_period", "trends", "drop_attribution"] } }), category: "read", risk: "low" },
  { what: "a mode of one word is still an operation", tool: tool("git_tag", "Manage tags", { path: text, mode: { type: "string", enum: ["list", "create", "delete"] } }), category: "destructive", risk: "high" },
  { what: "code judged against guidelines, not run", tool: tool("evaluate_design", "Evaluates a component against the design framework. Returns a score and feedback.", { code: text }), category: "read", risk: "low" },
  { what: "code evaluated is still code run", tool: tool("evaluate", "Evaluates the given JavaScript code and returns the result", { code: text }), category: "execute", risk: "critical" },
  { what: "a workflow state is not infrastructure state", tool: tool("get_state", "Shows one workflow state in detail", { project_id: text, state_id: text }), category: "read", risk: "low" },
  { what: "the organization a token belongs to is not the token", tool: tool("user_token_organization", "Returns the organisation that the user token of this request is associated with"), category: "read", risk: "low" },
  { what: "a CI pipeline set up", tool: tool("create_pipeline", "Sets up a CI/CD pipeline from a YAML configuration and a repository", { name: text, yaml: text }), category: "write", risk: "high" },
  { what: "a sales pipeline is not CI", tool: tool("create_pipeline", "Create a new sales pipeline with its deal stages", { name: text, stages: { type: "array" } }), category: "write", risk: "medium" },
  { what: "an archive unpacked over existing files", tool: tool("extract_archive", "Unpacks an archive into a folder", { archive_path: text, extract_to: text, overwrite: { type: "boolean" } }), category: "destructive", risk: "high" },
  { what: "data extracted from a page is only read", tool: tool("extract_data", "Extract structured data from a web page", { url: text }), category: "read", risk: "low" },
  { what: "files converted into new documents", tool: tool("bulk_convert_folder_pdfs", "Turns every PDF of a folder into Google Docs, one per file", { folderId: text }), category: "write", risk: "high" },
  { what: "a plural ending the name is its object when the description opens with the name's other verb", tool: tool("schedule_config_checks", "Schedule recurring configuration checks. Creates a schedule that triggers the checks.", { application_id: text, schedule_expression: text }), category: "write", risk: "medium" },
  { what: "a switch that makes a summary delete what it summarised", tool: tool("summarize_task_activity", "Condenses a task's activity history to save context", { task_id: text, delete_raw: { type: "boolean" } }), category: "destructive", risk: "high" },
  { what: "a task handed to another agent", tool: tool("send_task", "Send a task to one of the worker agents and wait for its answer", { agent_id: text, task: text }), category: "execute", risk: "critical" },
  { what: "a message to a person is not a task for an agent", tool: tool("send_message", "Send a message to the support agent on duty", { ticket: text, message: text }), category: "write", risk: "medium" },
  { what: "an element popped off a stored list", tool: tool("json_arrpop", "Pops one element off a stored JSON array.", { key: text, path: text }), category: "destructive", risk: "high" },
  { what: "a stored list trimmed to a range", tool: tool("ltrim", "Trim the list stored at key to the given range.", { key: text, start: { type: "number" }, stop: { type: "number" } }), category: "destructive", risk: "high" },
  { what: "a webhook pointed at a new address", tool: tool("update_webhook", "Update a workspace webhook", { id: text, url: text }), category: "write", risk: "high" },
  { what: "a chat's incoming webhook renamed (no address to point anywhere)", tool: tool("edit_webhook", "Edit a channel's webhook", { webhookId: text, name: text, avatar: text }), category: "write", risk: "medium" },
  { what: "a public share link", tool: tool("create_share_link", "Create a link anyone can use to view the file", { fileId: text }), category: "write", risk: "high" },
  { what: "SQL the caller writes, said only by the query's own description", tool: tool("alter_schema", "Change the structure of a table", { connection: text, query: { type: "string", description: "ALTER TABLE statement to apply" } }), category: "execute", risk: "high" },
  { what: "a task paid from a budget in dollars, even when the verb only asks", tool: tool("ask_worker", "Ask a person to answer a question and wait for the reply", { question: text, budget_usd: { type: "number" } }), category: "financial", risk: "critical" },
  { what: "a contest that pays prizes", tool: tool("post_contest", "Publish a contest for designers", { title: text, prize_amount_usd: { type: "number" } }), category: "financial", risk: "critical" },
  { what: "an approval that releases a payment", tool: tool("approve_work", "Approve the delivered work and release the payment to the freelancer", { work_id: text }), category: "financial", risk: "critical" },
  { what: "GET on any path of the service's API", tool: tool("acme_get", "Read any resource of the Acme API", { path: text }), category: "read", risk: "medium" },
  { what: "PATCH on any path of the service's API", tool: tool("acme_patch", "Partially update any resource", { path: text, body: { type: "object" } }), category: "write", risk: "high" },
  { what: "PUT on any path of the service's API", tool: tool("acme_put", "Replace any resource", { path: text, body: { type: "object" } }), category: "destructive", risk: "high" },
  { what: "DELETE on any path of the service's API", tool: tool("acme_delete", "Delete any resource", { path: text }), category: "destructive", risk: "critical" },
  { what: "an edit that can make a thing public", tool: tool("update_board", "Update a board's title and settings", { id: text, title: text, is_public: { type: "boolean" } }), category: "write", risk: "high" },
  { what: "a retrieval whose choices include a password", tool: tool("get", "Get an object from the vault", { object: { type: "string", enum: ["item", "username", "password", "notes"] }, id: text }), category: "read", risk: "high" },
  { what: "any prompt of a server that wraps a coding agent", server: { slug: "gemini-cli-bridge", title: "Gemini CLI bridge" }, tool: tool("brainstorm", "Generate ideas about the question", { prompt: text }), category: "execute", risk: "critical" },
  { what: "a change of a paid subscription's tier", tool: tool("registry_subscription_update", "Update the registry subscription tier", { tier_slug: text }), category: "financial", risk: "high" },
  { what: "an export whose bare output property is a path", tool: tool("export_board", "Export the board to a constraints file", { board: text, output: { type: "string", description: "Output .tcfx path" } }), category: "write", risk: "medium" },
  { what: "a single sign-on link to an admin console", tool: tool("get_admin_link", "Returns a single sign-on link to the database admin console", { db: text }), category: "read", risk: "high" },
  { what: "a development server that runs the project's code", tool: tool("project_dev", "Starts a local development server so the project can be tried in a browser", { port: { type: "number" } }), category: "execute", risk: "critical" },
  { what: "an extension installed from a file the caller gives", tool: tool("install_addon", "Install a browser add-on into the running profile", { path: text }), category: "execute", risk: "critical" },
  { what: "a program restarted from a binary the caller picks", tool: tool("restart_editor", "Restart the editor with new settings", { executablePath: text, env: { type: "array" } }), category: "execute", risk: "critical" },
  { what: "a function created with the caller's code", tool: tool("create_resolver", "Creates a resolver attached to a field of the API", { apiId: text, code: text }), category: "execute", risk: "critical" },
  { what: "an update that says it can change visibility", tool: tool("update_board", "Updates a board's settings such as its title or visibility", { boardId: text, title: text }), category: "write", risk: "high" },
  { what: "a push to a registry others pull from", tool: tool("push_image", "Uploads the local image so that it is available in the registry", { image: text }), category: "write", risk: "high" },
  { what: "access rules pushed to the live app", tool: tool("push_permissions", "Send the local rule file to the hosted app", { appId: text }), category: "write", risk: "high" },
  { what: "a feature flag switched for everyone", tool: tool("toggle_flag", "Turn a flag on or off", { flagKey: text, environment: text }), category: "write", risk: "high" },
  { what: "a move that may overwrite the destination", tool: tool("move_path", "Moves a file to another folder", { from: text, to: text, overwrite: { type: "boolean" } }), category: "destructive", risk: "high" },
  { what: "a sync that deletes what the source lacks", tool: tool("sync_folders", "Brings the target folder in line with the source", { source: text, target: text, delete_extra: { type: "boolean" } }), category: "destructive", risk: "critical" },
  { what: "a generator that saves its output", tool: tool("render_chart", "Render a chart from the data. Charts are saved to the server's output directory", { data: { type: "array" } }), category: "write", risk: "medium" },
  { what: "a reader of local files listed as sources", tool: tool("read_documents", "Reads text from one or more documents", { sources: { type: "array", items: { type: "object", properties: { path: text } } } }), category: "read", risk: "medium" },
  { what: "a list of visitors' session recordings", tool: tool("list_recordings", "List the recordings of visitors' sessions for a date range", { from: text, to: text }), category: "read", risk: "medium" },
  { what: "a SQL file imported into a database", tool: tool("import_dump", "Imports a SQL file into the chosen database", { database: text, file: text }), category: "execute", risk: "high" },
  { what: "a query in a database's own query language", tool: tool("run_query", "Runs a HogQL query against the project's events", { query: text }), category: "execute", risk: "high" },
  { what: "an edit whose input says who else gets access", tool: tool("manage_report", "Create or change a saved report", { operation: { type: "string", enum: ["create", "update"] }, name: text, sharePermissions: { type: "array" } }), category: "write", risk: "high" },
  { what: "a new field whose input grants access to profiles", tool: tool("configure_field", "Add a custom field to a record type", { objectName: text, fieldName: text, grantAccessTo: { type: "array" } }), category: "write", risk: "high" },
  { what: "a local port exposed at an address others can reach", tool: tool("box_expose_port", "Expose a port of the box so it gets its own address", { box: text, port: { type: "number" } }), category: "write", risk: "high" },
  { what: "a publish that says, past its first sentence, it opens the thing to everyone", tool: tool("publishStub", "Publishes a stub service. Doing so sets its access setting to public.", { stubId: text }), category: "write", risk: "high" },
  { what: "a generator whose file-name input is for what it generates", tool: tool("generate_palette", "Generates a colour palette stylesheet from a base colour", { baseColor: text, fileName: { type: "string", description: "Name of the file for the generated stylesheet" } }), category: "write", risk: "medium" },
  { what: "a retrieval that places images in a folder the caller names", tool: tool("getDesignCode", "Retrieve the code made by the design plugin", { imagesDir: { type: "string", description: "Folder where the exported images are placed" } }), category: "write", risk: "medium" },
  { what: "a generator handed the project's root", tool: tool("make_generate_test_plan", "Generate a test plan for the service", { projectPath: { type: "string", description: "Absolute path of the project" } }), category: "write", risk: "medium" },
  { what: "a debugger's live variables", server: { slug: "py-debugger", title: "Python debugger" }, tool: tool("get_locals", "Get the local variables of the selected stack frame", { sessionId: text }), category: "read", risk: "medium" },
  { what: "a debugger step whose description only mentions that it may still be executing", tool: tool("step_next", "Step to the next line. If the program is still executing after a while, the call returns and the session pauses later", { sessionId: text }), category: "write", risk: "medium" },
  { what: "an edit that replaces the content of a part of a file", tool: tool("put_sheet", "Replaces the content of one sheet in a local workbook with the given CSV", { path: text, sheet: text, csv: text }), category: "destructive", risk: "high" },
  { what: "a delete of every row a filter matches", tool: tool("remove_rows", "Remove rows from a table of the hosted database", { table: text, filter: text }), category: "destructive", risk: "critical" },
  { what: "a delete whose description names the account the name calls a site", tool: tool("delete_location", "Deletes a sub-account, which older versions called a location, from the agency", { locationId: text }), category: "destructive", risk: "critical" },
  { what: "a push of local commits to the remote", tool: tool("repo_push", "Push the local commits to the remote repository", { remote: text }), category: "write", risk: "high" },
  { what: "a commit that also pushes, said in Chinese", tool: tool("smart_commit", "自动生成提交信息，提交改动并推送到远程仓库", { scope: text }), category: "write", risk: "high" },
  { what: "an agent started in a terminal pane", tool: tool("spawn_helper", "Starts, with the given role, a helper agent in its own tmux pane", { role: text }), category: "execute", risk: "critical" },
  { what: "an ad set put back live", tool: tool("ads_resume_adset", "Resume a paused ad set", { adsetId: text }), category: "financial", risk: "high" },
  { what: "an ad campaign of a social network switched on", tool: tool("meta_activate_campaign", "Switch a campaign on so it starts delivering", { campaignId: text }), category: "financial", risk: "high" },
  { what: "an ad's daily budget raised", tool: tool("update_campaign_daily_budget", "Change how much a campaign may spend per day", { campaignId: text, amount: { type: "number" } }), category: "financial", risk: "high" },
  { what: "a shipping rate customers pay", tool: tool("add_shipping_rate", "Add a rate to a shipping zone of the store", { zoneId: text, price: { type: "number" } }), category: "financial", risk: "high" },
  { what: "automatic top-ups of the account's card", tool: tool("credits_auto_topup_set", "Turn on automatic top-ups and choose the threshold", { threshold: { type: "number" } }), category: "financial", risk: "high" },
  { what: "an ad paused: nothing is spent", tool: tool("ads_pause_adset", "Pause an ad set", { adsetId: text }), category: "write", risk: "medium" },
  { what: "a user of the company directory, not an ad", tool: tool("create_ad_user", "Create a user account in Active Directory", { name: text }), category: "write", risk: "high" },
  { what: "a server put back to a snapshot", tool: tool("vm_restore_snapshot", "Restore the virtual machine from one of its snapshots", { vmId: text, snapshotId: text }), category: "destructive", risk: "critical" },
  { what: "a database replaced by a backup", tool: tool("restore_db", "Load a backup file in place of the current database", { file: text }), category: "destructive", risk: "critical" },
  { what: "a file taken out of the trash", tool: tool("restore_file", "Restore a file from the trash", { fileId: text }), category: "write", risk: "medium" },
  { what: "a reserved address given up", tool: tool("floating_ip_release", "Give the floating IP back to the provider", { ip: text }), category: "destructive", risk: "critical" },
  { what: "a phone number given up", tool: tool("release_phone_number", "Release a number the account rents", { number: text }), category: "destructive", risk: "critical" },
  { what: "every session signed out", tool: tool("signout_everywhere", "Signs the user out of all sessions on every device", { userId: text }), category: "destructive", risk: "critical" },
  { what: "a release's notes are not an address", tool: tool("update_release_notes", "Edit the notes of a software release", { version: text, notes: text }), category: "write", risk: "medium" },
  { what: "a cloud firewall deleted on a cloud account's server", server: { slug: "acme-cloud-mcp", title: "Acme Cloud" }, tool: tool("firewall_delete", "Delete a firewall", { firewallId: text }), category: "destructive", risk: "critical" },
  { what: "a network peering deleted on a cloud account's server", server: { slug: "acme-cloud-mcp", title: "Acme Cloud" }, tool: tool("vpc_peering_delete", "Delete a VPC peering", { peeringId: text }), category: "destructive", risk: "critical" },
  { what: "a firewall rule set of an app that is no cloud", tool: tool("delete_firewall", "Delete a firewall rule set from the notes app", { id: text }), category: "destructive", risk: "high" },
  { what: "a log read with a switch that unmasks what it returns", tool: tool("get_audit_log", "Get entries of the audit log", { group: text, unmask: { type: "boolean" } }), category: "read", risk: "high" },
  { what: "a service read whose switch returns environment values in plain text", tool: tool("get_service", "Get a service's settings", { id: text, revealEnvValues: { type: "boolean" } }), category: "read", risk: "high" },
  { what: "a storage read whose switch is said to return credentials unmasked", tool: tool("get_storage", "Get the keys kept in the page's storage", { withValues: { type: "boolean", description: "Return the actual values; these are credentials." } }), category: "read", risk: "high" },
  { what: "a log read without such a switch", tool: tool("get_audit_log", "Get entries of the audit log", { group: text, limit: { type: "number" } }), category: "read", risk: "medium" },
  { what: "a snapshot of a cloud volume taken", server: { slug: "acme-cloud-mcp", title: "Acme Cloud" }, tool: tool("snapshot_volume", "Snapshot a block storage volume", { volumeId: text, name: text }), category: "write", risk: "high" },
  { what: "a browser's snapshot of its page, which only reads", server: { slug: "web-browser-mcp", title: "Browser" }, tool: tool("snapshot_page", "Capture an accessibility snapshot of the current page"), category: "read", risk: "low" },
  { what: "a message whose channel can be a text to a phone", tool: tool("send_outbound", "Send a message to a contact (SMS, e-mail or WhatsApp).", { contactId: text, toNumber: text, body: text }), category: "write", risk: "high" },
  { what: "a message to a team channel", tool: tool("post_update", "Send a message to a team channel.", { channel: text, body: text }), category: "write", risk: "medium" },
  { what: "an edit of one issue that sets its labels", tool: tool("update_ticket", "Update a ticket's title, labels and assignee", { ticketId: text, title: text, labelIds: { type: "array", items: text } }), category: "write", risk: "medium" },
  { what: "slides of one deck put in a new order", tool: tool("reorder_slides", "Move slides of a presentation to a new position", { presentationId: text, slideObjectIds: { type: "array", items: text }, index: { type: "number" } }), category: "write", risk: "medium" },
  { what: "an edit of many tickets at once", tool: tool("update_tickets", "Update the status of tickets", { ticketIds: { type: "array", items: text }, status: text }), category: "write", risk: "high" },
  { what: "an edit that can make an issue confidential", tool: tool("update_ticket", "Update a ticket", { ticketId: text, confidential: { type: "boolean" } }), category: "write", risk: "high" },
  { what: "an ads campaign copied", tool: tool("google_duplicate_campaign", "Make a copy of a campaign", { campaignId: text }), category: "financial", risk: "high" },
  { what: "automatic renewal turned on", tool: tool("billing_enable_auto_renewal", "Turn on automatic renewal for a subscription", { subscriptionId: text }), category: "financial", risk: "high" },
  { what: "an e-mail template made on a cloud provider's marketing product", server: { slug: "acme-cloud-mcp", title: "Acme Cloud" }, tool: tool("create_email_template", "Create an e-mail template for campaigns", { name: text, html: text }), category: "write", risk: "medium" },
  { what: "a machine made on the same cloud", server: { slug: "acme-cloud-mcp", title: "Acme Cloud" }, tool: tool("create_vm", "Create a virtual machine", { name: text, size: text }), category: "write", risk: "high" },
  { what: "a custom field deleted, with its value in every record", tool: tool("custom_fields_delete", "Delete a custom field by id", { fieldId: text }), category: "destructive", risk: "critical" },
  { what: "a column dropped from a table", tool: tool("alter_table", "Drop a column from the given table", { table: text, column: text }), category: "destructive", risk: "critical" },
  { what: "one field's value cleared on one record", tool: tool("clear_field_value", "Remove the value of a field on one contact", { contactId: text, field: text }), category: "destructive", risk: "high" },
  { what: "a machine's snapshot deleted on a cloud account's server", server: { slug: "acme-cloud-mcp", title: "Acme Cloud" }, tool: tool("snapshot_delete", "Delete a snapshot", { snapshotId: text }), category: "destructive", risk: "critical" },
  { what: "a view taken out of one's favourites", tool: tool("remove_from_favorites", "Remove a view from the user's favorites", { viewId: text }), category: "write", risk: "low" },
  { what: "a file starred for oneself", tool: tool("star_file", "Star a file", { fileId: text }), category: "write", risk: "low" },
  { what: "a cluster's kubeconfig handed back", tool: tool("cluster_get_kubeconfig", "Get the kubeconfig of a Kubernetes cluster", { clusterId: text }), category: "read", risk: "high" },
  { what: "a mailbox deleted with all its mail", tool: tool("delete_mailbox", "Delete an e-mail account's mailbox", { address: text }), category: "destructive", risk: "critical" },
  { what: "an ad's status changed on an ad network (it can resume spend)", tool: tool("linkedin_update_ad_status", "Change an ad's status", { adId: text, status: text }), category: "financial", risk: "high" },
  { what: "automatic renewal turned off", tool: tool("billing_disable_auto_renewal", "Turn off automatic renewal for a subscription", { subscriptionId: text }), category: "financial", risk: "high" },
  { what: "a connector's provisioning key handed back", tool: tool("get_enrolment", "Returns the provisioning key of a connector group", { groupId: text }), category: "read", risk: "high" },
  { what: "a payment link generated", tool: tool("generate_payment_link", "Generate a link a customer can pay a plan through", { planId: text, customerId: text }), category: "financial", risk: "high" },
  { what: "a checkout for credits started", tool: tool("billing_credits_checkout", "Start a checkout to buy more credits", { amount: { type: "number" } }), category: "financial", risk: "high" },
  { what: "a payment link read back", tool: tool("get_payment_link", "Get a payment link by id", { id: text }), category: "read", risk: "low" },
  { what: "a spend request approved and carried out", tool: tool("spend_request_approve", "Approve and execute a pending spend request", { requestId: text }), category: "financial", risk: "critical" },
  { what: "a premium use billed", tool: tool("premium_use_confirm", "Bill one approved use of the premium tier to the account", { useId: text }), category: "financial", risk: "critical" },
  { what: "a bill of materials is no bill", tool: tool("bom_build", "Bill of materials for a product, built from its parts", { productId: text }), category: "write", risk: "medium" },
  { what: "a shop's shipping zone made", tool: tool("create_shipping_zone", "Create a shipping zone for the store", { name: text, countries: { type: "array", items: text } }), category: "write", risk: "medium" },
  { what: "a DNS zone made", tool: tool("create_zone", "Create a DNS zone for a domain", { domain: text }), category: "write", risk: "high" },
  // Fifteenth round: classes of tools rated too low on development servers, cases written here.
  { what: "billing suspended for a client's location", tool: tool("location_pause", "Suspends billing and access for a location", { locationId: text, paused: { type: "boolean" } }), category: "financial", risk: "high" },
  { what: "billing turned on from its details", tool: tool("saas_enable", "Enable resale mode for a client with Stripe billing details", { clientId: text, customerId: text }), category: "financial", risk: "high" },
  { what: "billing alerts switched on: nothing is charged", tool: tool("enable_alerts", "Enables billing alerts for the project", { projectId: text }), category: "write", risk: "medium" },
  { what: "a new phone number taken from a telephony provider", tool: tool("create_phone_number", "Creates a new phone number for the voice assistant", { areaCode: { type: "number" } }), category: "financial", risk: "critical" },
  { what: "an AI agent set to work", tool: tool("execute_agent", "Executes the specified agent and returns its reply", { agentId: text, message: text }), category: "write", risk: "high" },
  { what: "a deploy said only in the description", tool: tool("build_site_assets", "Builds and deploys a Node.js application from the uploaded archive", { siteId: text, archive_path: text }), category: "execute", risk: "critical" },
  { what: "any endpoint of any connected service", tool: tool("plugin_execute", "Execute a plugin endpoint with field resolution", { service: text, endpoint: text, params: { type: "object" } }), category: "destructive", risk: "critical" },
  { what: "a condition written in a scripting language, run every frame", tool: tool("step_simulation", "Advance the simulation until a condition holds", { until: { type: "string", description: "A Lua expression evaluated on every tick" } }), category: "execute", risk: "critical" },
  { what: "a page script run on every new document", tool: tool("open_page", "Open a URL in the selected tab", { url: text, initScript: { type: "string", description: "A JavaScript snippet to be executed on each new document" } }), category: "execute", risk: "high" },
  { what: "endpoints listed with their signing secrets", tool: tool("list_webhook_endpoints", "List webhook endpoints. Each endpoint has its URL, events and signing secret.", {}), category: "read", risk: "high" },
  { what: "a reserved address pointed at a machine on a cloud server", server: { slug: "acme-cloud-mcp", title: "Acme Cloud" }, tool: tool("reserved-ip-assign", "Assign a reserved IP to a machine", { ip: text, machineId: text }), category: "write", risk: "high" },
  { what: "a load balancer deleted on a cloud account's server", server: { slug: "acme-cloud-mcp", title: "Acme Cloud" }, tool: tool("lb-delete", "Delete a load balancer by ID", { lbId: text }), category: "destructive", risk: "critical" },
  { what: "a cluster's node deleted on a cloud account's server", server: { slug: "acme-cloud-mcp", title: "Acme Cloud" }, tool: tool("pool-delete-node", "Delete a node from a node pool", { nodeId: text }), category: "destructive", risk: "critical" },
  { what: "a file or a whole folder deleted for good", tool: tool("media_delete", "Delete a file or folder from the media library", { id: text }), category: "destructive", risk: "critical" },
  { what: "a folder moved to the trash, whence it comes back whole", tool: tool("delete_item", "Delete a file or folder. It goes to the trash, from where it can be restored", { id: text }), category: "destructive", risk: "high" },
  { what: "a calendar deleted with its events", tool: tool("delete_calendar", "Delete a calendar by its ID", { calendarId: text }), category: "destructive", risk: "critical" },
  { what: "one event of a calendar deleted", tool: tool("delete_calendar_event", "Delete an event from a calendar", { calendarId: text, eventId: text }), category: "destructive", risk: "high" },
  { what: "a website deleted", tool: tool("delete_website", "Deletes a website of the hosting plan", { siteId: text }), category: "destructive", risk: "critical" },
  { what: "a client secret rotated: what used the old one is locked out", tool: tool("rotate_client_secret", "Rotate the client secret of an OAuth application", { appId: text }), category: "destructive", risk: "critical" },
  { what: "a mailbox's password changed", tool: tool("change_mailbox_password", "Change the password of a mailbox", { mailbox: text, password: text }), category: "destructive", risk: "critical" },
  { what: "a password policy changed: no one's credential is replaced", tool: tool("change_password_policy", "Change the password policy of the organisation", { minLength: { type: "number" } }), category: "write", risk: "high" },
  { what: "a design's component instances changed: no cloud machine", server: { slug: "figma-tools", title: "Figma tools" }, tool: tool("set_instance_properties", "Set properties on a component instance", { nodeId: text, properties: { type: "object" } }), category: "write", risk: "medium" },
  { what: "a staffing tool's people, which it calls resources, edited", server: { slug: "staffing-mcp", title: "Staffing" }, tool: tool("resources_update", "Update a resource (an employee) record", { id: text, title: text }), category: "write", risk: "medium" },
  { what: "a cloud account's instance changed", server: { slug: "acme-cloud-mcp", title: "Acme Cloud" }, tool: tool("update_instance", "Update an instance's settings", { instanceId: text, size: text }), category: "write", risk: "high" },
  { what: "labels added to one issue and its reviewers set", tool: tool("update_merge_request", "Update a merge request's title, reviewers and labels", { id: text, reviewer_ids: { type: "array" }, addedLabelIds: { type: "array" } }), category: "write", risk: "medium" },
  { what: "a website's cache purged: it is rebuilt from the site", tool: tool("purge_site_cache", "Purge the page cache of the website", { siteId: text }), category: "write", risk: "medium" },
  { what: "a cache server's entries flushed: they are the data", server: { slug: "memcached-mcp", title: "Memcached" }, tool: tool("cache_flush", "Flush the cache", {}), category: "destructive", risk: "high" },
  { what: "an invoice deleted: a record goes, no money moves", tool: tool("delete_invoice", "Delete an invoice by ID", { invoiceId: text }), category: "destructive", risk: "high" },
  { what: "a charge deleted: the money it billed is reversed", tool: tool("delete_charge", "Delete a pending charge on the customer's wallet", { chargeId: text }), category: "financial", risk: "critical" },
  { what: "an invoice template edited: it bills no one", tool: tool("update_invoice_template", "Update an invoice template's layout and wording", { templateId: text, title: text }), category: "write", risk: "medium" },
  { what: "a note added to an order of a shop", server: { slug: "woocommerce-shop", title: "WooCommerce shop" }, tool: tool("orders_notes_create", "Add a note to an order", { orderId: text, note: text }), category: "write", risk: "medium" },
  { what: "a product edit that can set its price", tool: tool("products_update", "Update an existing product", { productId: text, name: text, unitPrice: { type: "number" } }), category: "financial", risk: "high" },
  { what: "a product edit with no price in it", tool: tool("products_update", "Update an existing product", { productId: text, name: text, description: text }), category: "write", risk: "medium" },
  { what: "any task done through the connected services", tool: tool("execute", "Execute any task using the connected services: the orchestrator plans and makes the API calls", { task: text }), category: "destructive", risk: "critical" },
  { what: "a group of addresses deleted: a list, not people", tool: tool("delete_ip_group", "Delete an IP group used in firewall rules", { groupId: text }), category: "destructive", risk: "high" },
  { what: "a group of people deleted", tool: tool("delete_user_group", "Delete a user group", { groupId: text }), category: "destructive", risk: "critical" },
  { what: "a deletion that says it never cascades", tool: tool("delete_record", "Delete a record from its object. Never cascade delete related data", { recordId: text }), category: "destructive", risk: "high" },
  { what: "an agent deleted with its own versions", tool: tool("delete_agent", "Delete an agent and all its versions", { agentId: text }), category: "destructive", risk: "high" },
  { what: "an agent deleted with its conversation history", tool: tool("delete_agent", "Delete an agent. All associated configurations and conversation history are removed", { agentId: text }), category: "destructive", risk: "critical" },
  { what: "one login session revoked", tool: tool("logout_session", "Revoke a specific session of the user", { sessionId: text }), category: "destructive", risk: "critical" },
  { what: "a debugger's session ended: no one is signed out", tool: tool("terminate_debug_session", "Terminate the debug session", { sessionId: text }), category: "destructive", risk: "high" },
  { what: "a user's account switched off", tool: tool("user_disable", "Disable (deactivate) a user account", { userId: text }), category: "destructive", risk: "critical" },
  { what: "snapshots of a cloud account's machines taken", server: { slug: "acme-cloud-mcp", title: "Acme Cloud" }, tool: tool("snapshot-vms-tag", "Take a snapshot of the VMs that carry a tag", { tag: text }), category: "write", risk: "high" },
  { what: "a snapshot of a browser page: only a look", tool: tool("page_snapshot", "Capture an accessibility snapshot of the current page", {}), category: "read", risk: "low" },
  { what: "a cron job with the caller's command", tool: tool("hosting_createAccountCronJob", "Creates a cron job for the account from a schedule expression and a command", { account: text, schedule: text, command: text }), category: "execute", risk: "critical" },
  { what: "a Helm chart installed into the cluster", tool: tool("install_helm_chart", "Install a Helm chart", { chart: text, values: { type: "object" } }), category: "execute", risk: "critical" },
  { what: "a DNS zone put back to a snapshot", tool: tool("dns_restore_snapshot", "Restore the DNS zone to the selected snapshot", { domain: text, snapshotId: text }), category: "destructive", risk: "critical" },
  { what: "cells of a sheet formatted in place", tool: tool("format_sheet_cells", "Format cells in a sheet (background, borders, alignment)", { sheetId: text, range: text }), category: "write", risk: "medium" },
  { what: "citations formatted and returned: only text back", tool: tool("format_citations", "Get formatted citations for the articles in APA or MLA style", { ids: { type: "array" } }), category: "read", risk: "low" },
  { what: "a generator whose description says it creates the thing", tool: tool("generateCollection", "Creates a collection from the given API specification", { specId: text }), category: "write", risk: "medium" },
  { what: "a generator that imports what it makes", tool: tool("generate_course", "Generate a full course and import it into the school", { topic: text }), category: "write", risk: "medium" },
  { what: "a generator that only returns text", tool: tool("generate_summary", "Generate a summary of the given text", { text: text }), category: "read", risk: "low" },
  { what: "a network file share resized", tool: tool("nfs_resize", "Resize a network file share to a new size", { shareId: text, sizeGib: { type: "number" } }), category: "write", risk: "high" },
];

describe("capabilities known by domain", () => {
  for (const c of cases) {
    it(`${c.what}: ${c.category}/${c.risk}`, () => {
      const v = classifyTool(c.tool, c.server ?? generic);
      expect(`${v.category}/${v.risk}`).toBe(`${c.category}/${c.risk}`);
    });
  }

  it("says so in the rationale when a pass-through tool takes the worst of what it reaches", () => {
    const v = classifyTool(tool("api_request", "Make a request to the API", { method: text, path: text }), { slug: "stripe-tools", title: "Stripe" });
    expect(v.signals).toContain("pass-through");
    expect(v.rationale).toMatch(/any endpoint/);
  });

  it("never lowers a verdict: reading a balance stays a read, deleting stays destructive", () => {
    expect(classifyTool(tool("get_wallet_balance", "Get the token balance of a wallet", { address: text }), generic).category).toBe("read");
    expect(classifyTool(tool("get_token_price", "Get the price of a token", { symbol: text }), generic).risk).toBe("low");
    const v = classifyTool(tool("delete_droplet", "Delete a droplet permanently", { id: text }), { slug: "digitalocean", title: "DigitalOcean" });
    expect(v.category).toBe("destructive");
  });

  it("keeps an HTTP client for any web address apart from a pass-through to the service's own API", () => {
    const v = classifyTool(tool("http_post", "Sends an HTTP POST request to a URL", { url: text, body: text }), generic);
    expect(v.signals).not.toContain("pass-through");
  });

  it("reads a search inside local files as handing back their lines, and a search for file names, a linter or a search of a hosted repository as low", () => {
    expect(classifyTool(tool("search", "Search files for a regular expression using grep", { pattern: text, path: text }), generic).risk).toBe("medium");
    expect(classifyTool(tool("search_files", "Search the folder tree for files whose names match a glob", { path: text, pattern: text }), generic).risk).toBe("low");
    expect(classifyTool(tool("search_files", "Search for files in the cloud drive by title", { query: text }), generic).risk).toBe("low");
    expect(classifyTool(tool("grep", "Search file contents in a hosted repository with a regex", { repository: text, pattern: text }), generic).risk).toBe("low");
    expect(classifyTool(tool("lint_files", "Lint the given files and report the problems found", { filePaths: { type: "array", items: text } }), generic).risk).toBe("low");
    expect(classifyTool(tool("validate_files", "Validate several template files in one call", { files: { type: "array", items: text } }), generic).risk).toBe("low");
  });

  it("reads a tool's own sessions, profiles, calendars and types as no one's private data, and people's as private", () => {
    for (const t of [
      tool("list_sessions", "List the open browser sessions of this server", {}),
      tool("list_profiles", "List the available quality profiles for the media library", {}),
      tool("get_fare_calendar", "Get the price calendar of a route across many dates", { route: text }),
      tool("list_file_types", "List every file type the search understands", {}),
    ]) {
      expect(`${t.name}: ${classifyTool(t, generic).risk}`).toBe(`${t.name}: low`);
    }
    expect(classifyTool(tool("list_messages", "List the messages of the inbox", { folder: text }), generic).risk).toBe("medium");
    expect(classifyTool(tool("list_login_sessions", "List the users' active login sessions", {}), generic).risk).toBe("medium");
  });

  it("keeps a local commit and a push onto a list apart from a push to a shared remote", () => {
    expect(classifyTool(tool("git_commit", "Record the staged changes as a new commit", { message: text }), generic).risk).not.toBe("high");
    expect(classifyTool(tool("push_value", "Push a value onto the end of a list", { key: text, value: text }), { slug: "kv-store", title: "KV store" }).risk).toBe("medium");
  });

  it("does not take a vague tool its author marks as not read-only for a read, whatever else its description mentions", () => {
    const t: McpTool = { name: "box_skip_week", description: "Skip a week. Always check the list first to get valid dates.", inputSchema: { type: "object", properties: { date: text } }, annotations: { readOnlyHint: false } };
    expect(classifyTool(t, generic).category).toBe("write");
  });

  it("reads deleting an agent's definition or some nodes of a design as high, and a cluster's nodes as wide", () => {
    expect(classifyTool(tool("delete_agent", "Deletes a voice agent", { agentId: text }), generic).risk).toBe("high");
    expect(classifyTool(tool("delete_nodes", "Delete one or more nodes of the open design", { nodeIds: { type: "array" } }), generic).risk).toBe("high");
    expect(classifyTool(tool("delete_nodes", "Delete nodes from the Kubernetes cluster", { names: text }), generic).risk).toBe("critical");
  });

  it("reads taking a tag, label or reaction off something as an edit, and deleting a label itself as destructive", () => {
    expect(`${classifyTool(tool("remove_label_from_card", "Remove a label from a card", { cardId: text, label: text }), generic).category}`).toBe("write");
    expect(`${classifyTool(tool("delete_comment_reaction", "Removes an emoji reaction from a comment", { commentId: text, emoji: text }), generic).category}`).toBe("write");
    expect(`${classifyTool(tool("delete_label", "Deletes a label of the board", { labelId: text }), generic).category}`).toBe("destructive");
  });

  it("reads an install tool that only generates the command to run as a read, and one that installs as a write", () => {
    expect(`${classifyTool(tool("install_widget", "Generates the exact shell command that installs the widget with your package manager", { pm: text }), generic).category}`).toBe("read");
    expect(`${classifyTool(tool("install_widget", "Installs the widget into the project", { pm: text }), generic).category}`).toBe("write");
  });

  it("keeps records a cloud account holds (a support case, a glossary, a segment) and a design's component instance apart from infrastructure", () => {
    const cloud: ServerIdentity = { slug: "aws-helpdesk", title: "AWS helpdesk" };
    expect(classifyTool(tool("create_support_case", "Open a new support case about a service", { subject: text }), cloud).risk).toBe("medium");
    expect(classifyTool(tool("create_glossary", "Create a custom glossary of term pairs for translations", { name: text }), cloud).risk).toBe("medium");
    expect(classifyTool(tool("create_component_instance", "Creates an instance of a component within the design", { componentId: text }), generic).risk).toBe("medium");
    expect(classifyTool(tool("create_instance", "Create a new compute instance", { size: text }), cloud).risk).toBe("high");
  });

  it("reads a verb's '-s' form before a plain verb in a name as the object ('grants_list', 'updates_check')", () => {
    expect(`${classifyTool(tool("session_grants_list", "List the grants the signed-in user owns", {}), generic).category}`).toBe("read");
    expect(`${classifyTool(tool("builds_inspect", "Shows the builds of the pipeline", { pipeline: text }), generic).category}`).toBe("read");
    expect(`${classifyTool(tool("purchases_search", "Search the purchases recorded in the ledger", { query: text }), generic).category}`).toBe("read");
  });

  it("keeps a list's or an audience's members and a project's coding rules apart from access, and a project's members as access", () => {
    expect(classifyTool(tool("add_list_member", "Add a user to one of your lists", { listId: text, userId: text }), generic).risk).toBe("medium");
    expect(classifyTool(tool("init_project_rules", "Initialize the project's coding standards document", {}), generic).risk).toBe("medium");
    expect(classifyTool(tool("add_project_member", "Adds someone to a project as a member", { projectId: text, userId: text }), generic).risk).toBe("high");
  });

  it("reads only a new local Git repository as a trivially local start; other initialisations create things (a log table) and are medium", () => {
    expect(classifyTool(tool("git_init", "Initializes a fresh Git repository at a path", { path: text }), generic).risk).toBe("low");
    expect(classifyTool(tool("audit_log_init", "Initialize audit logging for a database: creates the log table", { database: text }), generic).risk).toBe("medium");
  });

  it("reads a screenshot or a screen recording as a read even when it can save to a path, unlike a generated file", () => {
    expect(`${classifyTool(tool("capture_window", "Take a screenshot of a window", { outputPath: text }), generic).category}`).toBe("read");
    expect(`${classifyTool(tool("record_video", "Records a short screen video of the phone", { seconds: { type: "number" } }), generic).category}`).toBe("read");
    expect(`${classifyTool(tool("render_report", "Render the report as a PDF", { outputPath: text }), generic).category}`).toBe("write");
  });

  it("reads running a diagnostic review or a grouped count as reading, and running a job as a write", () => {
    expect(`${classifyTool(tool("review_database", "Run a diagnostic review of the database and return likely problems", { db: text }), generic).category}`).toBe("read");
    expect(`${classifyTool(tool("group_counts", "Execute queries with GROUP BY over the records to count them by field", { object: text, groupBy: text }), generic).category}`).toBe("read");
    expect(`${classifyTool(tool("run_job", "Run the nightly import job now", { job: text }), generic).category}`).toBe("write");
  });

  it("reads a name whose last word is a read the description opens with as that read ('setup_check', 'purchase_order_get')", () => {
    expect(`${classifyTool(tool("setup_check", "Check whether the prerequisites are configured", {}), generic).category}`).toBe("read");
    expect(classifyTool(tool("purchase_order_get", "Get one purchase order by its number", { name: text }), generic).risk).toBe("low");
    expect(`${classifyTool(tool("login_poll", "Poll the sign-in flow and persist the session when it completes", {}), generic).category}`).not.toBe("read");
  });

  it("reads a runner of steps that says they can delete as destructive, not as a plain write", () => {
    expect(`${classifyTool(tool("transaction", "Executes a transaction on the store, which may insert, update or delete records.", { steps: { type: "array" } }), generic).category}`).toBe("destructive");
    expect(`${classifyTool(tool("transaction", "Execute a transaction against the store. Useful for creating or updating records.", { steps: { type: "array" } }), generic).category}`).toBe("write");
  });

  it("keeps design variables apart from a debugged program's live values", () => {
    expect(classifyTool(tool("get_variables", "Get the colour and spacing variables of the design file", { fileKey: text }), generic).risk).toBe("low");
  });

  it("reads a price as a filter, not a payment, and creating a private repository stays medium", () => {
    expect(classifyTool(tool("search_products", "Search the catalogue", { query: text, max_price_usd: { type: "number" } }), generic).category).toBe("read");
    expect(classifyTool(tool("create_repository", "Create a new repository", { name: text, private: { type: "boolean" } }), generic).risk).toBe("medium");
    expect(classifyTool(tool("create_event", "Create a calendar event", { title: text, visibility: { type: "string" } }), generic).risk).toBe("medium");
  });

  it("reads no secret in a secret's shape or in a value it makes: design tokens, a credential type's schema, a decoded JWT, a random password", () => {
    for (const t of [
      tool("get_design_tokens", "Returns design tokens: colours, spacing and type", { type: text }),
      tool("get_credential_schema", "Describes the fields and formats a credential type needs before one is created", { credentialType: text }),
      tool("jwt_decode", "Decodes a JWT token's header and payload, for inspection only", { token: text }),
      tool("random", "Generates random values: a UUID, a secure password or a number", { type: { type: "string", enum: ["uuid", "password", "number"] } }),
    ]) {
      expect(`${t.name}: ${classifyTool(t, generic).risk}`).toBe(`${t.name}: low`);
    }
  });

  it("leaves a filter expression in a query language alone: it is not code the tool runs", () => {
    const v = classifyTool(tool("search_items", "Search the items", { filter: { type: "string", description: "A JMESPath expression evaluated against each result" } }), generic);
    expect(v.category).toBe("read");
  });

  it("does not read clearing a setting that names a folder as deleting the folder", () => {
    expect(classifyTool(tool("clear_working_dir", "Clear the session working directory setting. Later calls need an explicit path", {}), generic).risk).not.toBe("critical");
  });

  it("leaves a live support agent, whom the tool only messages, apart from an AI agent set to work", () => {
    expect(classifyTool(tool("chat_with_support_agent", "Start a conversation with a live support agent", { message: text }), generic).risk).toBe("medium");
  });

  it("leaves the tools of a coding agent's server that only answer about the server alone", () => {
    expect(classifyTool(tool("ping", "Echo", { prompt: text }), { slug: "gemini-cli-bridge", title: "Gemini CLI bridge" }).risk).toBe("low");
  });

  it("keeps a notification subscription apart from a paid one", () => {
    expect(classifyTool(tool("update_subscription", "Renews a change-notification subscription, pushing back when it expires", { id: text }), generic).category).not.toBe("financial");
  });

  it("reads a load that replaces the working document whole as destroying what was there", () => {
    const v = classifyTool(tool("load_document", "Load a file from disk into the editor, replacing the entire document", { path: text }), generic);
    expect(v.category).toBe("destructive");
  });

  it("reads operations offered as a union of constants like an enum", () => {
    const action = { anyOf: [{ type: "object", properties: { action: { const: "list_items" } } }, { type: "object", properties: { action: { const: "delete_item" } } }] };
    const v = classifyTool(tool("items", "Item operations", { action }), generic);
    expect(v.category).toBe("destructive");
  });

  it("judges a batch by what its items may do: a batch whose operations include delete destroys many things", () => {
    const operations = { type: "array", items: { type: "object", properties: { operation: { type: "string", enum: ["create", "update", "delete"] }, data: { type: "object" } } } };
    expect(classifyTool(tool("batch_records", "Execute batched record operations", { operations }), generic).category).toBe("destructive");
    expect(classifyTool(tool("products_batch_update", "Updates products in a batch", { update: { type: "array" }, delete: { type: "array" } }), generic).category).toBe("destructive");
  });

  it("leaves an edit whose operations may remove a part of one document an edit", () => {
    const operations = { type: "array", items: { type: "object", properties: { operation: { type: "string", enum: ["add", "update", "delete"] } } } };
    expect(classifyTool(tool("edit_diagram", "Edit a page of the current diagram by operations", { operations }), generic).category).toBe("write");
  });

  it("keeps a move that refuses to overwrite, and a sync that deletes nothing, as edits", () => {
    expect(classifyTool(tool("move_path", "Moves a file to another folder", { from: text, to: text }), generic).category).toBe("write");
    expect(classifyTool(tool("sync_folders", "Copies new files from the source folder to the target", { source: text, target: text }), generic).category).toBe("write");
  });

  it("reads many shapes of one drawing as one target, and a list of recipients as many", () => {
    const ids = { type: "array", items: text };
    expect(classifyTool(tool("align_shapes", "Align the given shapes along their left edges", { elementIds: ids }), generic).risk).toBe("medium");
    expect(classifyTool(tool("message_users", "Send the same message to every user listed", { userIds: ids, text }), generic).risk).toBe("high");
  });

  it("takes a namespace that is also a verb (\"trash_\" for TRaSH Guides) as a namespace when a real verb follows", () => {
    expect(classifyTool(tool("trash_get_naming", "Get the recommended naming scheme from the guides", { service: text }), generic).category).toBe("read");
    expect(classifyTool(tool("trash_email", "Trash an email so that it leaves the inbox", { id: text }), generic).category).toBe("destructive");
  });

  it("reads a chat with a language model as a read that hands back its answer, not private messages", () => {
    const v = classifyTool(tool("model_chat", "Chat with the hosted language models. Supports multi-turn conversations and system prompts", { messages: { type: "array" } }), generic);
    expect(`${v.category}/${v.risk}`).toBe("read/low");
  });

  it("reads arithmetic as a computation: adding two numbers changes nothing", () => {
    expect(classifyTool(tool("add", "Adds two numbers and returns the sum", { a: { type: "number" }, b: { type: "number" } }), generic).category).toBe("read");
    expect(classifyTool(tool("add_member", "Adds a member to the team", { userId: text }), generic).category).toBe("write");
  });

  it("keeps a budget handed to a planner apart from a sum the call pays", () => {
    const budget = { type: "number", description: "The budget, in US dollars" };
    expect(classifyTool(tool("create_itinerary", "Creates a travel itinerary from the traveller's preferences", { destination: text, budget }), generic).category).toBe("write");
    expect(classifyTool(tool("create_task", "Posts a task for a person to do", { title: text, budget_usd: budget }), generic).category).toBe("financial");
  });

  it("reads a request stored in a collection, HTTP method and all, as an edit of the collection, not a request sent", () => {
    const method = { type: "string", enum: ["GET", "POST", "PUT", "DELETE"] };
    const v = classifyTool(tool("create_saved_request", "Saves a new request into a collection", { collectionId: text, method, url: text }), generic);
    expect(`${v.category}/${v.risk}`).toBe("write/medium");
  });

  it("reads figures about people and a release's notes as no one's private data", () => {
    expect(classifyTool(tool("get_active_users", "Returns active-user metrics over a date range", { from: text, to: text }), generic).risk).toBe("low");
    expect(classifyTool(tool("get_release_notes", "Get the release notes of a version", { version: text }), generic).risk).toBe("low");
    expect(classifyTool(tool("list_users", "List every user of the workspace with their email", {}), generic).risk).toBe("medium");
  });

  it("reads a whole store, all the people of a service, or where a person is, as private data in bulk", () => {
    expect(classifyTool(tool("dump_database", "Gets the current state of the whole task database", {}), generic).risk).toBe("medium");
    expect(classifyTool(tool("export_table", "Export the rows of a table", { table: text }), generic).risk).toBe("medium");
    expect(classifyTool(tool("user_list", "List all users of the instance", {}), generic).risk).toBe("medium");
    expect(classifyTool(tool("get_phone_location", "Returns the current GPS location of the owner's phone", {}), generic).risk).toBe("medium");
    expect(classifyTool(tool("list_email_templates", "List all email templates of the account", {}), generic).risk).toBe("low");
    expect(classifyTool(tool("get_user_by_location", "Find a user by the location they work from", { locationId: text }), generic).risk).toBe("low");
  });

  it("counts an operation named by a bare verb that is often a noun ('close'), but not a mode or a plural noun", () => {
    const action = (values: string[], key = "action") => ({ [key]: { type: "string", enum: values } });
    expect(classifyTool(tool("debugger_handles", "List the handles of the process, or close one", action(["list", "close"])), generic).category).toBe("destructive");
    expect(classifyTool(tool("ask_model", "Query a language model", { prompt: text, ...action(["chat", "complete"], "mode") }), generic).category).toBe("read");
    expect(classifyTool(tool("ui_fetch", "Fetch the data a form needs", action(["labels", "milestones"], "method")), generic).category).toBe("read");
  });

  it("keeps a database transaction apart from a blockchain transaction", () => {
    const v = classifyTool(tool("execute_in_transaction", "Execute SQL statements in a single database transaction", { sql: text }), generic);
    expect(v.category).toBe("execute");
    expect(v.risk).toBe("high");
  });

  it("doubt goes up: a definition that says nothing plain is never low, and says why", () => {
    const v = classifyTool(tool("zxq", "Handles the thing."), generic);
    expect(v.risk).not.toBe("low");
    expect(v.confidence).toBeLessThan(0.6);
  });
});


describe("capabilities in Chinese", () => {
  const zh: { what: string; tool: McpTool; category: string; risk: string }[] = [
    { what: "DNS change", tool: tool("update_record", "修改域名解析记录", { domain: text, value: text }), category: "write", risk: "high" },
    { what: "cloud instance restart", tool: tool("restart", "重启云服务器实例", { instanceId: text }), category: "write", risk: "high" },
    { what: "share link", tool: tool("share", "生成文件的分享链接", { fileId: text }), category: "write", risk: "high" },
    { what: "SMS to a phone", tool: tool("notify", "向指定手机号发送短信通知", { phone: text, content: text }), category: "write", risk: "high" },
    { what: "token transfer", tool: tool("transfer", "转账代币到指定钱包地址", { to: text, amount: text }), category: "financial", risk: "critical" },
    { what: "private key export", tool: tool("export_wallet", "导出钱包私钥", { walletId: text }), category: "read", risk: "high" },
  ];
  for (const c of zh) {
    it(`${c.what}: ${c.category}/${c.risk}`, () => {
      const v = classifyTool(c.tool, generic);
      expect(`${v.category}/${v.risk}`).toBe(`${c.category}/${c.risk}`);
    });
  }
});
