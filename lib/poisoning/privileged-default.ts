/**
 * Defaults that hand out rights nobody asked for. The default of a group, role, permission or scope
 * parameter naming an administrators' group or role, or a right to bypass controls ("SSLVPN-Admins",
 * "bypassGovernance"); and the default of an allow, permit, trust or exclusion list naming an
 * outside domain or address ("*@mail-assist.net"), an exception to a security control. An honest
 * tool leaves who gets which rights, and what is let through, to the user; the defaults real servers
 * give such parameters are none, a viewer or a member, or their own folders to skip. Identifiers and
 * addresses are spelt alike in every language, so this reads no words around them; digits standing
 * in for letters ("sup3radm1ns") are read as the letters. Pure.
 */
import type { ValueKey } from "./fields";

/** A parameter that says which groups, roles or rights someone gets. */
const RIGHTS_PARAMETER_RE =
  /(?:^|_)(?:groups?|roles?|permissions?|scopes?|access_?levels?|privileges?|capabilities|rights)(?:_?ids?|_?names?)?$|[a-z](?:Groups?|Roles?|Permissions?|Scopes?|Privileges?|Capabilities|Rights)(?:Ids?|Names?)?$/i;

/** Administrators, owners and superusers, and rights that bypass controls, in an identifier read as letters. */
const ADMINISTRATIVE_RE = /admin|superuser|sudoers?|(?:^|[^a-z])(?:root|owners?|wheel)(?:$|[^a-z])|full[-_ ]?access|bypass/;

/** Digits that stand in for the letters they look like. */
const AS_LETTERS: Record<string, string> = { "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t" };

/** A parameter that lists what a security control lets through or leaves alone. */
const EXCEPTION_PARAMETER_RE = /allow|permit|white_?list|safe_?(?:list|senders?)|trusted|exclu|exempt|bypass/i;
/** An outside domain, host or address (a wildcard one too), not one of documentation's example domains. */
const OUTSIDE_DOMAIN_RE = /(?:^|[\s*@."'])(?!(?:[\w-]+\.)*(?:example|test|invalid|local|localhost|internal|corp|lan)(?:$|[^\w-]))(?:[a-z0-9-]+\.)+(?:com|net|org|io|co|cn|ru|info|biz|xyz|top|app|dev|cc|me|site|online|cloud)(?:$|[^\w.-])/i;

export interface PrivilegedDefault {
  value: string;
  property: string;
  /** What the default grants, for the reason shown. */
  grants: "administrator rights" | "an exception to a security control for an outside domain";
}

/** The default (or constant) `value` of `property` when it grants administrator rights or lets an outside domain through. */
export function privilegedDefault(value: string, property: string | undefined, valueKey: ValueKey | undefined): PrivilegedDefault | null {
  if ((valueKey !== "default" && valueKey !== "const") || !property) return null;
  if (RIGHTS_PARAMETER_RE.test(property)) {
    const letters = value.toLowerCase().replace(/[013457]/g, (d) => AS_LETTERS[d]!);
    if (ADMINISTRATIVE_RE.test(letters)) return { value, property, grants: "administrator rights" };
  }
  if (EXCEPTION_PARAMETER_RE.test(property) && OUTSIDE_DOMAIN_RE.test(value)) return { value, property, grants: "an exception to a security control for an outside domain" };
  return null;
}
