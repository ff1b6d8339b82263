/**
 * A default that hands out administrator rights: the default of a group, role, permission or scope
 * parameter naming an administrators' group or role, or a right to bypass controls ("SSLVPN-Admins",
 * "bypassGovernance"). An honest tool leaves who gets which rights to the user; the defaults real
 * servers give such parameters are none, a viewer or a member. Identifiers are spelt alike in every
 * language, so this reads no words around them; digits standing in for letters ("sup3radm1ns") are
 * read as the letters. Pure.
 */
import type { ValueKey } from "./fields";

/** A parameter that says which groups, roles or rights someone gets. */
const RIGHTS_PARAMETER_RE =
  /(?:^|_)(?:groups?|roles?|permissions?|scopes?|access_?levels?|privileges?|capabilities|rights)(?:_?ids?|_?names?)?$|[a-z](?:Groups?|Roles?|Permissions?|Scopes?|Privileges?|Capabilities|Rights)(?:Ids?|Names?)?$/i;

/** Administrators, owners and superusers, and rights that bypass controls, in an identifier read as letters. */
const ADMINISTRATIVE_RE = /admin|superuser|sudoers?|(?:^|[^a-z])(?:root|owners?|wheel)(?:$|[^a-z])|full[-_ ]?access|bypass/;

/** Digits that stand in for the letters they look like. */
const AS_LETTERS: Record<string, string> = { "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t" };

export interface PrivilegedDefault {
  value: string;
  property: string;
}

/** The default (or constant) `value` of `property` when it grants administrator rights. */
export function privilegedDefault(value: string, property: string | undefined, valueKey: ValueKey | undefined): PrivilegedDefault | null {
  if ((valueKey !== "default" && valueKey !== "const") || !property || !RIGHTS_PARAMETER_RE.test(property)) return null;
  const letters = value.toLowerCase().replace(/[013457]/g, (d) => AS_LETTERS[d]!);
  return ADMINISTRATIVE_RE.test(letters) ? { value, property } : null;
}
