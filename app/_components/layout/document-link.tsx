import type { AnchorHTMLAttributes } from "react";
import { withBasePath } from "@/lib/catalogue/site";

/**
 * A plain link to a page that is a document only (a tool page has no React island): the
 * browser loads it as a page, and no client-side navigation ever fetches its React payload,
 * which the build therefore deletes (lib/build/client-navigation.ts). Use next/link only for
 * pages worth keeping a payload for.
 */
export function DocumentLink({ href, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  return <a href={withBasePath(href)} {...rest} />;
}
