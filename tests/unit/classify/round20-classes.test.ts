/**
 * Classes of verdicts the classifier got wrong on the development servers, studied in the session
 * of 2026-12-03 (fifth), each with a counter-case it must keep. The definitions are our own,
 * written for the test.
 */
import { describe, expect, it } from "vitest";
import { text, tool, verdict } from "./helpers";

describe("a file's whole content given in one property", () => {
  it("writes over what the file held (the rubric's 'overwriting files')", () => {
    expect(verdict(tool("update_text_file", "Update an existing text file in the drive", { fileId: text, content: { type: "string", description: "New file content" } }))).toBe("destructive/high");
    expect(verdict(tool("fast_write_file", "Writes or modifies a file", { path: text, content: { type: "string", description: "File content" }, append: { type: "boolean", default: false } }))).toBe("destructive/high");
    expect(verdict(tool("notes_update", "Update an existing project notes file", { project: text, fileName: text, content: { type: "string", description: "The content of the file" } }))).toBe("destructive/high");
  });

  it("is not a note's or a page's text, which their service keeps versions of, nor a part of a file", () => {
    expect(verdict(tool("update_note", "Update a note on an issue", { noteId: text, body: text }))).toBe("write/medium");
    expect(verdict(tool("append_to_file", "Append text to the end of a file", { path: text, content: text }))).not.toBe("destructive/high");
    expect(verdict(tool("update_file_metadata", "Update a file's description", { fileId: text, description: text }))).toBe("write/medium");
  });

  it("is not a throwaway sandbox's file", () => {
    expect(verdict(tool("sandbox_write_file", "Write a file inside the isolated sandbox", { path: text, content: { type: "string", description: "File content" } }))).toBe("write/medium");
  });
});

describe("English words inside words of another Latin-script language", () => {
  it("are not verbs: 'Télécharge' (French, downloads) holds 'charge' but charges nobody", () => {
    expect(verdict(tool("documents_get", "Télécharge le contenu d'un document (CV, contrat, facture) par son ID.", { id: text }))).toMatch(/^read\//);
  });

  it("a charge written in English still moves money", () => {
    expect(verdict(tool("documents_get", "Charge the customer's saved card for the document fee.", { id: text, amount: { type: "number" } }))).toMatch(/^financial\//);
  });
});

describe("a person's pay, health or personnel file", () => {
  it("is private even one record at a time", () => {
    expect(verdict(tool("salary_slip_get", "Get a salary slip by its name", { name: text }))).toBe("read/medium");
    expect(verdict(tool("employees_benefits", "Get the benefits tab of an employee", { id: text }))).toBe("read/medium");
    expect(verdict(tool("get_patient_summary", "Returns the patient's medical records for a visit", { visitId: text }))).toBe("read/medium");
  });

  it("is not a product's benefits or a team's pay scale settings named without a person", () => {
    expect(verdict(tool("product_benefits", "Get the benefits listed for a product", { id: text }))).toBe("read/low");
    expect(verdict(tool("get_passport", "Get this agent's signed passport, a verifiable identity document", {}))).toBe("read/low");
  });
});

describe("orders in French, Spanish and German", () => {
  it("are money when the description says so in its own language", () => {
    expect(verdict(tool("orders_update", "Met à jour un bon de commande existant, identifié par son ID.", { id: text, attributes: { type: "object" } }))).toBe("financial/high");
    expect(verdict(tool("orders_update", "Actualiza un pedido existente por su ID.", { id: text, data: { type: "object" } }))).toBe("financial/high");
  });

  it("an order that is not about money in any language stays a write", () => {
    expect(verdict(tool("sort_order_update", "Met à jour l'ordre de tri des colonnes.", { columns: { type: "array" } }))).toBe("write/medium");
  });
});

describe("deleting an order", () => {
  it("in a shop or an ERP deletes a record", () => {
    expect(verdict(tool("orders_delete", "Delete an order", { orderId: text }), { slug: "acme-woocommerce", title: "WooCommerce" })).toBe("destructive/high");
  });

  it("on a broker cancels a trade, which moves money", () => {
    expect(verdict(tool("delete_order", "Delete a pending order", { orderId: text }), { slug: "acme-broker", title: "Stock broker" })).toMatch(/^financial\//);
    expect(verdict(tool("orders_delete", "Cancel and delete a pending order", { orderId: text }), { slug: "acme-woocommerce", title: "WooCommerce" })).toMatch(/^financial\//);
  });
});

describe("replacing text or a configuration", () => {
  it("find-and-replace edits a document's text, which keeps its history", () => {
    expect(verdict(tool("find_and_replace_in_doc", "Find and replace text in a document", { documentId: text, find: text, replace: text }))).toBe("write/medium");
    expect(verdict(tool("replace_text_in_doc", "Replace all occurrences of a string in a document", { documentId: text, search: text, replacement: text }))).toBe("write/medium");
  });

  it("replacing a sign-in page or a theme puts one configuration in place of another: a write, high on a security server", () => {
    expect(verdict(tool("replace_customized_sign_in_page", "Replace the customized sign-in page of a brand", { brandId: text, pageContent: text }), { slug: "okta-mcp-server", title: "Okta" })).toBe("write/high");
  });

  it("replacing data whole still loses what was there", () => {
    expect(verdict(tool("replace_workout_exercises", "Replace all exercises of a workout with the given list", { workoutId: text, exercises: { type: "array" } }))).toMatch(/^destructive\//);
    expect(verdict(tool("replace_rows", "Replace all rows of a table with the given rows", { table: text, rows: { type: "array" } }))).toMatch(/^destructive\//);
  });
});

describe("SSH named as a way in, not a way to run commands", () => {
  it("a jump host reached through an SSH tunnel is infrastructure, not a shell", () => {
    expect(verdict(tool("create_jump_host", "Creates an EC2 jump host instance to access a cache cluster via SSH tunnel", { clusterId: text, keyName: text, subnetId: text }), { slug: "awslabs-elasticache-mcp-server", title: "AWS ElastiCache" })).toBe("write/high");
  });

  it("commands run over SSH are still a shell", () => {
    expect(verdict(tool("remote_run", "Runs a command on the host via SSH", { host: text, command: text }))).toBe("execute/critical");
  });
});

describe("a saved question or card holding SQL", () => {
  it("stores the statement for later: this call runs nothing", () => {
    expect(verdict(tool("question_create", "Create new question/chart", { name: text, database_id: { type: "number" }, sql: text }))).toBe("write/medium");
  });

  it("a tool that runs the caller's SQL, or saves and runs it, executes", () => {
    expect(verdict(tool("run_query", "Run a SQL query against the database", { database_id: { type: "number" }, sql: text }))).toMatch(/^execute\//);
    expect(verdict(tool("question_create", "Create a new question and run it", { database_id: { type: "number" }, sql: text }))).toMatch(/^execute\//);
  });
});

describe("connecting to a store with its connection string", () => {
  it("opens the caller's own session and changes nothing there", () => {
    expect(verdict(tool("connect", "Connect to an AWS DocumentDB cluster", { connection_string: text }))).toMatch(/\/low$/);
    expect(verdict({ ...tool("connect", "Connect to a MongoDB instance and get back a connection id", { connectionString: text }), annotations: { readOnlyHint: true } })).toMatch(/\/low$/);
  });

  it("connecting one resource to another changes what can reach what", () => {
    expect(verdict(tool("connect_jump_host", "Connects an existing EC2 instance to a cache by changing its security groups", { instanceId: text, cacheId: text }), { slug: "awslabs-elasticache-mcp-server", title: "AWS ElastiCache" })).not.toMatch(/\/low$/);
  });
});

describe("deleting an account's public SSH key", () => {
  it("locks no one out of a running machine: destructive/high", () => {
    expect(verdict(tool("key_delete", "Delete an SSH key", { id: text }), { slug: "digitalocean-mcp", title: "DigitalOcean" })).toBe("destructive/high");
    expect(verdict(tool("delete_public_key", "Delete a public key from your account", { id: text }))).toBe("destructive/high");
  });

  it("revoking a credential, or deleting an API key, still locks its holder out", () => {
    expect(verdict(tool("revoke_ssh_key", "Revoke an SSH key", { id: text }))).toBe("destructive/critical");
    expect(verdict(tool("delete_api_key", "Delete an API key", { id: text }))).toBe("destructive/critical");
  });
});

describe("removing a connected account", () => {
  it("drops the link; the account itself stays: destructive/high", () => {
    expect(verdict(tool("delete_ad_account", "Delete ad account. Remove a Facebook ad account connection from a location", { locationId: text, adAccountId: text }))).toBe("destructive/high");
    expect(verdict(tool("remove_account", "Remove a Microsoft account from the cache", { account: text }))).toBe("destructive/high");
  });

  it("deleting the account itself is wide and hard to recover", () => {
    expect(verdict(tool("delete_account", "Delete the account and all its data", { accountId: text }))).toBe("destructive/critical");
  });
});
