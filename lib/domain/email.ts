// E-mail addresses, including those on internationalised domains (почта.рф):
// one canonical form, so that "Anna@Почта.РФ" and "anna@xn--80a1acny.xn--p1ai"
// are the same account. The domain is kept in ASCII (IDNA) form, which every
// mail server accepts; the local part is lower-cased (both common Russian and
// international providers treat it case-insensitively).
import { toUnicode } from "punycode/";

export const EMAIL_MAX = 254;

// Letters of any script, digits and the RFC 5322 atext symbols; dots between atoms.
const LOCAL_PART = /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*$/u;
const ASCII_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const TLD = /^([a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/** The domain in ASCII form, or null when it is not a host name. Uses the WHATWG URL parser (browser and Node). */
function asciiDomain(domain: string): string | null {
  if (!domain || /[\s/\\?#@:[\]%]/.test(domain)) return null;
  let host: string;
  try {
    host = new URL(`http://${domain}`).hostname;
  } catch {
    return null;
  }
  const labels = host.split(".");
  if (labels.length < 2 || host.length > 253) return null;
  if (!labels.every((l) => ASCII_LABEL.test(l)) || !TLD.test(labels.at(-1)!)) return null;
  return host;
}

/** The canonical form of an address, or null when it is not one. */
export function canonicalEmail(raw: string): string | null {
  const value = raw.trim().normalize("NFC");
  const at = value.lastIndexOf("@");
  if (at < 1) return null;
  const local = value.slice(0, at);
  if (local.length > 64 || !LOCAL_PART.test(local)) return null;
  const domain = asciiDomain(value.slice(at + 1));
  if (domain === null) return null;
  const email = `${local.toLowerCase()}@${domain}`;
  return email.length <= EMAIL_MAX ? email : null;
}

/** An address as a person reads it: the domain in its own script (иван@почта.рф), not in xn-- form. */
export function displayEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at < 0 || !email.includes("xn--", at)) return email;
  return `${email.slice(0, at)}@${toUnicode(email.slice(at + 1))}`;
}
