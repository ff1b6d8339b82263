/**
 * Classes of verdicts the classifier got wrong on the development servers, studied in the session
 * of 2026-12-03 (fifth), each with a counter-case it must keep. The definitions are our own,
 * written for the test.
 */
import { describe, expect, it } from "vitest";
import { text, tool, verdict } from "./helpers";

describe("a file's whole content given in one property", () => {
  it("writes over what the file held (the rubric's 'overwriting files')", () => {
    expect(verdict(tool("update_text_file", "Changes a plain-text document kept in cloud storage", { fileId: text, content: { type: "string", description: "The full content the file will hold" } }))).toBe("destructive/high");
    expect(verdict(tool("write_text_file", "Puts text into a file at a path, creating it when missing", { path: text, content: { type: "string", description: "Entire content to write" }, append: { type: "boolean", default: false } }))).toBe("destructive/high");
    expect(verdict(tool("notes_update", "Changes an existing notes file kept for a project", { project: text, fileName: text, content: { type: "string", description: "The content of the file" } }))).toBe("destructive/high");
  });

  it("is not a note's or a page's text, which their service keeps versions of, nor a part of a file", () => {
    expect(verdict(tool("update_note", "Changes the wording of a comment left on a ticket", { noteId: text, body: text }))).toBe("write/medium");
    expect(verdict(tool("append_to_file", "Adds lines after what a file already holds", { path: text, content: text }))).not.toBe("destructive/high");
    expect(verdict(tool("update_file_metadata", "Changes the caption shown for a stored file", { fileId: text, description: text }))).toBe("write/medium");
  });

  it("is not a throwaway sandbox's file", () => {
    expect(verdict(tool("write_sandbox_file", "Puts a file inside the isolated sandbox", { path: text, content: { type: "string", description: "Entire content to write" } }))).toBe("write/medium");
  });
});

describe("English words inside words of another Latin-script language", () => {
  it("are not verbs: 'Télécharge' (French, downloads) holds 'charge' but charges nobody", () => {
    expect(verdict(tool("attachment_get", "Télécharge une pièce jointe, par exemple un contrat, à partir de son identifiant.", { id: text }))).toMatch(/^read\//);
  });

  it("a charge written in English still moves money", () => {
    expect(verdict(tool("attachment_get", "Charge the customer's saved card for the attachment fee.", { id: text, amount: { type: "number" } }))).toMatch(/^financial\//);
  });
});

describe("a person's pay, health or personnel file", () => {
  it("is private even one record at a time", () => {
    expect(verdict(tool("salary_slip_get", "Returns one payslip of an employee", { name: text }))).toBe("read/medium");
    expect(verdict(tool("employees_benefits", "Get the benefits tab of an employee", { id: text }))).toBe("read/medium");
    expect(verdict(tool("get_patient_summary", "Returns the patient's medical records for a visit", { visitId: text }))).toBe("read/medium");
  });

  it("is not a product's benefits or a team's pay scale settings named without a person", () => {
    expect(verdict(tool("product_benefits", "Get the benefits listed for a product", { id: text }))).toBe("read/low");
    expect(verdict(tool("get_passport", "Returns the signed identity card this bot presents to other services", {}))).toBe("read/low");
  });
});

describe("orders in French, Spanish and German", () => {
  it("are money when the description says so in its own language", () => {
    expect(verdict(tool("orders_update", "Modifie les lignes et les montants d'un bon de commande client.", { id: text, attributes: { type: "object" } }))).toBe("financial/high");
    expect(verdict(tool("orders_update", "Cambia las líneas de un pedido de un cliente.", { id: text, data: { type: "object" } }))).toBe("financial/high");
  });

  it("an order that is not about money in any language stays a write", () => {
    expect(verdict(tool("sort_order_update", "Met à jour l'ordre de tri des colonnes.", { columns: { type: "array" } }))).toBe("write/medium");
  });
});

describe("deleting an order", () => {
  it("in a shop or an ERP deletes a record", () => {
    expect(verdict(tool("shop_order_delete", "Deletes the order with the given number from the shop's records", { orderId: text }), { slug: "acme-woocommerce", title: "WooCommerce" })).toBe("destructive/high");
  });

  it("on a broker cancels a trade, which moves money", () => {
    expect(verdict(tool("delete_order", "Deletes an order still waiting to be filled", { orderId: text }), { slug: "acme-broker", title: "Stock broker" })).toMatch(/^financial\//);
    expect(verdict(tool("shop_order_delete", "Cancels an order and deletes it from the shop", { orderId: text }), { slug: "acme-woocommerce", title: "WooCommerce" })).toMatch(/^financial\//);
  });
});

describe("replacing text or a configuration", () => {
  it("find-and-replace edits a document's text, which keeps its history", () => {
    expect(verdict(tool("find_and_replace_in_doc", "Substitutes one phrase for another everywhere in a document", { documentId: text, find: text, replace: text }))).toBe("write/medium");
    expect(verdict(tool("replace_in_note", "Replaces all occurrences of one phrase with another across a note", { noteId: text, search: text, replacement: text }))).toBe("write/medium");
  });

  it("replacing a sign-in page or a theme puts one configuration in place of another: a write, high on a security server", () => {
    expect(verdict(tool("replace_login_page_layout", "Puts a new layout in place of a brand's login page", { brandId: text, layout: text }), { slug: "acme-identity", title: "Identity admin" })).toBe("write/high");
  });

  it("replacing data whole still loses what was there", () => {
    expect(verdict(tool("replace_workout_exercises", "Replace all exercises of a workout with the given list", { workoutId: text, exercises: { type: "array" } }))).toMatch(/^destructive\//);
    expect(verdict(tool("replace_rows", "Replace all rows of a table with the given rows", { table: text, rows: { type: "array" } }))).toMatch(/^destructive\//);
  });
});

describe("SSH named as a way in, not a way to run commands", () => {
  it("a jump host reached through an SSH tunnel is infrastructure, not a shell", () => {
    expect(verdict(tool("create_jump_host", "Launches a bastion machine next to a cache so that it can be reached via SSH tunnel", { clusterId: text, keyName: text, subnetId: text }), { slug: "acme-aws-cache", title: "AWS cache tools" })).toBe("write/high");
  });

  it("commands run over SSH are still a shell", () => {
    expect(verdict(tool("remote_run", "Runs what it is given on a remote host over SSH", { host: text, command: text }))).toBe("execute/critical");
  });
});

describe("a saved question or card holding SQL", () => {
  it("stores the statement for later: this call runs nothing", () => {
    expect(verdict(tool("save_question_card", "Saves a question and its SQL in a collection for later use", { name: text, database_id: { type: "number" }, sql: text }))).toBe("write/medium");
  });

  it("a tool that runs the caller's SQL, or saves and runs it, executes", () => {
    expect(verdict(tool("run_query", "Executes the SQL it is given on the connected database", { database_id: { type: "number" }, sql: text }))).toMatch(/^execute\//);
    expect(verdict(tool("save_question_card", "Saves a question with its SQL and runs it", { database_id: { type: "number" }, sql: text }))).toMatch(/^execute\//);
  });
});

describe("connecting to a store with its connection string", () => {
  it("opens the caller's own session and changes nothing there", () => {
    expect(verdict(tool("connect", "Connects to a hosted document store cluster", { connection_string: text }))).toMatch(/\/low$/);
    expect(verdict({ ...tool("connect", "Connects to a hosted MongoDB instance and returns an id for later calls", { connectionString: text }), annotations: { readOnlyHint: true } })).toMatch(/\/low$/);
  });

  it("connecting one resource to another changes what can reach what", () => {
    expect(verdict(tool("connect_jump_host", "Lets a running machine reach a cache by changing the network rules between them", { instanceId: text, cacheId: text }), { slug: "acme-aws-cache", title: "AWS cache tools" })).not.toMatch(/\/low$/);
  });
});

describe("deleting an account's public SSH key", () => {
  it("locks no one out of a running machine: destructive/high", () => {
    expect(verdict(tool("key_delete", "Deletes one SSH key from the team's key list", { id: text }), { slug: "acme-cloud", title: "Acme cloud" })).toBe("destructive/high");
    expect(verdict(tool("delete_public_key", "Removes a stored public key so that new machines no longer get it", { id: text }))).toBe("destructive/high");
  });

  it("revoking a credential, or deleting an API key, still locks its holder out", () => {
    expect(verdict(tool("revoke_ssh_key", "Revokes one SSH key at once", { id: text }))).toBe("destructive/critical");
    expect(verdict(tool("api_key_delete", "Deletes an API key so that calls made with it fail", { id: text }))).toBe("destructive/critical");
  });
});

describe("removing a connected account", () => {
  it("drops the link; the account itself stays: destructive/high", () => {
    expect(verdict(tool("delete_linked_ad_account", "Unlinks an advertising account connection from a workspace", { workspaceId: text, adAccountId: text }))).toBe("destructive/high");
    expect(verdict(tool("remove_account", "Removes one signed-in account from the cache of tokens", { account: text }))).toBe("destructive/high");
  });

  it("deleting the account itself is wide and hard to recover", () => {
    expect(verdict(tool("delete_user_account", "Deletes a user account together with everything it owns", { accountId: text }))).toBe("destructive/critical");
  });
});
