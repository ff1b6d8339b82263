// Types for the pure parts of complete-lockfile.mjs, which its unit test imports.

export interface LockEntry {
  version?: string;
  integrity?: string;
  name?: string;
  link?: boolean;
  inBundle?: boolean;
  dev?: boolean;
  optional?: boolean;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  optionalDependencies?: Record<string, string>;
  [field: string]: unknown;
}

export interface Lock {
  packages: Record<string, LockEntry>;
  [field: string]: unknown;
}

export interface Incomplete {
  key: string;
  name: string;
  version: string;
  /** The lock has no entry for it at all (an optional dependency npm dropped). */
  missing: boolean;
  dev?: boolean;
}

export interface RegistryFacts {
  version: string;
  integrity: string;
  os?: string[];
  cpu?: string[];
  libc?: string[];
}

export function packageName(key: string, entry: LockEntry): string;
export function needsIntegrity(key: string, entry: LockEntry): boolean;
export function incompleteEntries(lock: Lock): Incomplete[];
export function withRegistryFacts(entry: LockEntry, facts: RegistryFacts): LockEntry;
export function optionalEntry(version: string, dev: boolean): LockEntry;
export function sortedPackages(packages: Record<string, LockEntry>): Record<string, LockEntry>;
export function completeLock(lock: Lock, incomplete: readonly Incomplete[], factsOf: (item: Incomplete) => RegistryFacts): Lock;
